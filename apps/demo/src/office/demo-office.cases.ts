import { beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../test/support/database';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoOffice, seedDemoDocuments } from './demo-office';

/** Two months of the office's incoming documents: enough for every kind of situation the second case checks (seed 7). */
const TWO_MONTHS = { documents: 60, from: '2025-04-01', to: '2025-05-30', seed: 7 };

describe('demo office through the command handlers', () => {
  const platform = useMigratedPlatform('demo');
  let first: Awaited<ReturnType<typeof generateDemoOffice>>;

  // Minutes on a loaded machine (npm start's size), as the other demo parts allow: not jest's default 2.
  beforeAll(async () => {
    first = await generateDemoOffice(platform, TWO_MONTHS);
  }, 300_000);

  it('registers every planned document and takes every step without a refusal', () => {
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(0);
    expect(first.documents).toBe(TWO_MONTHS.documents);
    expect(first.steps).toBeGreaterThan(TWO_MONTHS.documents * 8);
  });

  it('leaves a log the projections accept, with documents in every kind of situation', async () => {
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 200);
    const statuses = await platform.dataSource.query(`SELECT status, count(*)::int AS n FROM rm_document_summaries GROUP BY 1`);
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(expect.arrayContaining(['archived', 'issued']));
    const [mix] = await platform.dataSource.query(
      `SELECT count(*) FILTER (WHERE completion = 'late')::int AS late, count(*) FILTER (WHERE completion IN ('on_time', 'early'))::int AS on_time,
              count(DISTINCT urgency)::int AS urgencies, count(DISTINCT field_code)::int AS fields, count(*) FILTER (WHERE restricted)::int AS restricted
         FROM rm_document_summaries`,
    );
    expect(mix.late).toBeGreaterThan(0);
    expect(mix.on_time).toBeGreaterThan(0);
    expect(mix.urgencies).toBeGreaterThanOrEqual(3);
    expect(mix.fields).toBeGreaterThanOrEqual(6);
    const types = (await platform.dataSource.query(`SELECT DISTINCT type FROM event_store.events`)).map((r: { type: string }) => r.type);
    expect(types).toEqual(expect.arrayContaining(['DocumentReturned', 'SupplementRequested', 'SupplementReceived', 'SubmissionReturned', 'DocumentArchived']));
    const [gaps] = await platform.dataSource.query(`SELECT count(*)::int AS n FROM rm_incoming_register WHERE status <> 'registered'`);
    expect(gaps.n).toBe(0);
  });

  it('adds nothing when run again with the same seed (ids come from it)', async () => {
    const before = await lastWritten(platform.dataSource);
    const again = await generateDemoOffice(platform, TWO_MONTHS);
    expect(again.failed).toBe(0);
    expect(await lastWritten(platform.dataSource)).toBe(before);
  });

  it('offers the start-up set only on an empty log', async () => {
    expect(await seedDemoDocuments(platform, new Date('2025-06-02T03:00:00Z'), () => undefined)).toBeNull();
  });
});
