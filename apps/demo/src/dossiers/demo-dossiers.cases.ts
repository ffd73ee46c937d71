import { beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../test/support/database';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoDossiers, type DemoDossiersOptions } from './demo-dossiers';

/** Two months of the 2026 desk (every procedure of the catalogue in force), as busy as `npm start`'s eight weeks (200 dossiers). */
const PERIOD: DemoDossiersOptions = { dossiers: 200, from: '2026-03-02', to: '2026-04-30', seed: 11 };

describe('demo dossiers through the command handlers', () => {
  const platform = useMigratedPlatform('demo_dossiers');
  let first: Awaited<ReturnType<typeof generateDemoDossiers>>;
  const query = <T = Record<string, number>>(sql: string): Promise<T[]> => platform.dataSource.query(sql);

  // Minutes on a loaded machine (npm start's size), as the other demo parts allow: not jest's default 2.
  beforeAll(async () => {
    first = await generateDemoDossiers(platform, PERIOD);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  }, 300_000);

  it('takes every planned step without a refusal', () => {
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(0);
    expect(first.received + first.slips).toBeGreaterThanOrEqual(PERIOD.dossiers);
    expect(first.steps).toBeGreaterThan(first.received * 8);
  });

  it('has every outcome of the desk', async () => {
    const types = (await query<{ type: string }>(`SELECT DISTINCT type FROM event_store.events`)).map((r) => r.type);
    expect(types).toEqual(expect.arrayContaining([
      'ReceptionRefused', 'SupplementRequestedAtReception', 'DossierReceived', 'FeeAssessed', 'FeePaid', 'ItemsDigitised', 'DossierTransferred',
      'PartnerOpinionRequested', 'PartnerOpinionReceived', 'SupplementRequestedDuringProcessing', 'DossierSupplementReceived', 'DossierAppraised',
      'ApologyIssued', 'DossierSubmissionReturned', 'DossierResultIssued', 'ResultReceivedAtDesk', 'ResultReturned', 'SatisfactionRecorded',
      'ProcessingStopped', 'DossierWithdrawn',
    ]));
    const distinct = async (sql: string) => (await query<{ v: string }>(sql)).map((r) => r.v);
    expect(await distinct(`SELECT DISTINCT classification AS v FROM rm_dossiers WHERE classification IS NOT NULL`)).toEqual(expect.arrayContaining(['early', 'on_time', 'late']));
    expect(await distinct(`SELECT DISTINCT status AS v FROM rm_dossiers`)).toEqual(expect.arrayContaining(['returned', 'withdrawn', 'stopped']));
    expect(await distinct(`SELECT DISTINCT channel AS v FROM rm_dossiers`)).toEqual(expect.arrayContaining(['direct', 'post', 'online']));
    expect(await distinct(`SELECT DISTINCT return_method AS v FROM rm_dossiers WHERE return_method IS NOT NULL`)).toEqual(expect.arrayContaining(['desk', 'post', 'online']));
    expect(await distinct(`SELECT DISTINCT payment_method AS v FROM rm_dossiers WHERE payment_method IS NOT NULL`)).toContain('online');
    expect(await distinct(`SELECT DISTINCT data->>'policy' AS v FROM event_store.events WHERE type = 'SupplementRequestedDuringProcessing'`)).toEqual(expect.arrayContaining(['restart', 'pause']));
    const [late] = await query(`SELECT count(*) FILTER (WHERE apologies > 0)::int AS apologised, count(*)::int AS n FROM rm_dossiers WHERE classification = 'late'`);
    expect(late.apologised).toBeGreaterThan(0);
    const [outgoing] = await query(`SELECT count(*)::int AS issued, count(DISTINCT (outgoing_year, outgoing_number))::int AS numbers FROM rm_dossiers WHERE outgoing_number IS NOT NULL`);
    expect(outgoing.issued).toBeGreaterThan(0);
    expect(outgoing.numbers).toBe(outgoing.issued);
  });

  it('gives dossier codes gapless per day, and desk slips their own gapless numbers', async () => {
    const days = await query<{ day: string; n: number; max: number; codes: number }>(
      `SELECT received_on::text AS day, count(*)::int AS n, max(sequence)::int AS max, count(DISTINCT code)::int AS codes FROM rm_dossiers WHERE code IS NOT NULL GROUP BY 1`,
    );
    expect(days.length).toBeGreaterThan(20);
    for (const day of days) expect(day, day.day).toMatchObject({ max: day.n, codes: day.n });
    const slips = await query<{ day: string; n: number; max: number }>(
      `SELECT substring(data->>'slipNumber' FROM '-P-(\\d{6})-') AS day, count(*)::int AS n, max(substring(data->>'slipNumber' FROM '(\\d{4})$')::int) AS max
         FROM event_store.events WHERE type IN ('ReceptionRefused', 'SupplementRequestedAtReception') GROUP BY 1`,
    );
    for (const day of slips) expect(day, day.day).toMatchObject({ max: day.n });
  });

  it('leaves read models that agree with the events', async () => {
    const [counts] = await query(
      `SELECT (SELECT count(*) FROM event_store.events WHERE type = 'DossierReceived')::int AS received,
              (SELECT count(*) FROM rm_dossiers WHERE code IS NOT NULL)::int AS rows,
              (SELECT count(*) FROM event_store.events WHERE type = 'ResultReturned')::int AS returned_events,
              (SELECT count(*) FROM rm_dossiers WHERE status = 'returned')::int AS returned_rows,
              (SELECT count(*) FROM event_store.events WHERE type IN ('ReceptionRefused', 'SupplementRequestedAtReception'))::int AS slip_events,
              (SELECT count(*) FROM rm_receptions)::int AS slip_rows`,
    );
    expect(counts.rows).toBe(counts.received);
    expect(counts.returned_rows).toBe(counts.returned_events);
    expect(counts.slip_rows).toBe(counts.slip_events);
    expect(counts.received).toBe(first.received);
    const [disagreeing] = await query(
      `SELECT count(*)::int AS n FROM rm_dossiers d JOIN event_store.events e ON e.stream_id = 'dossier-' || d.id AND e.type = 'ResultReceivedAtDesk'
        WHERE d.classification IS DISTINCT FROM e.data->>'classification'`,
    );
    expect(disagreeing.n).toBe(0);
  });

  it('adds nothing when run again with the same seed and period', async () => {
    const before = await lastWritten(platform.dataSource);
    const again = await generateDemoDossiers(platform, PERIOD);
    expect(again.failed).toBe(0);
    expect(await lastWritten(platform.dataSource)).toBe(before);
  });
});
