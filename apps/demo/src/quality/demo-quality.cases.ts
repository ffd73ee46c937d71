import { QualityQueries } from '@office/read-models';
import { beforeAll, describe, it } from '@jest/globals';
import { lastWritten } from '../../../../test/support/database';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoQuality, type DemoQualityOptions } from './demo-quality';

/** The demo as of Wed 20/5/2026 (Hà Nội): the year's cycle from January, legal changes from the winter. */
const OPTIONS: DemoQualityOptions = { now: '2026-05-20T03:00:00.000Z', seed: 5 };

describe('demo quality system through the command handlers', () => {
  const platform = useMigratedPlatform('demo_quality');
  let first: Awaited<ReturnType<typeof generateDemoQuality>>;
  const quality = () => new QualityQueries(platform.dataSource, () => new Date(OPTIONS.now));

  beforeAll(async () => {
    first = await generateDemoQuality(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  });

  it('takes every planned step without a refusal', () => {
    expect(first.errors).toEqual([]);
    expect(first.failed).toBe(0);
    expect(first.records).toBe(10);
  });

  it('keeps four legal changes: incorporated on time, due soon, overdue against the 3-month clock, no impact', async () => {
    const changes = await quality().legalChanges();
    expect(changes.map((c) => [c.docSymbol, c.status, c.clock.state]).sort()).toEqual([
      ['07/2026/QĐ-UBND', 'revising', 'due_soon'],
      ['14/2026/NĐ-CP', 'incorporated', 'on_time'],
      ['15/2026/TT-BXD', 'revising', 'overdue'],
      ['31/2026/TT-BTC', 'no_impact', 'on_time'],
    ]);
    const incorporated = changes.find((c) => c.status === 'incorporated')!;
    expect(incorporated.incorporations.map((i) => i.procedureCode).sort()).toEqual(['1.008989', '1.009791']);
  });

  it('runs this year’s audit to its report, three nonconformities at different stages, a confirmed review and a declaration', async () => {
    const q = quality();
    expect(await q.audits({ year: 2026 })).toEqual([expect.objectContaining({ status: 'reported' })]);
    const ncs = await q.nonconformities();
    expect(ncs.map((nc) => [nc.source, nc.status]).sort()).toEqual([['audit', 'closed'], ['complaint', 'action_planned'], ['inspection', 'raised']]);
    expect(await q.reviews({ year: 2026 })).toEqual([expect.objectContaining({ status: 'confirmed' })]);
    const [declaration] = await q.declarations();
    expect(declaration).toMatchObject({ notice: expect.objectContaining({ recipient: 'Sở Khoa học và Công nghệ' }), posting: expect.anything() });
    const queue = await q.queue();
    expect(queue.legalChanges.map((c) => c.docSymbol).sort()).toEqual(['07/2026/QĐ-UBND', '15/2026/TT-BXD']);
    expect(queue.actions).toHaveLength(1);
  });

  it('appends every event at its historical time, none after the demo’s now', async () => {
    const [span] = await platform.dataSource.query(
      `SELECT count(*) FILTER (WHERE (metadata->>'occurredAt')::timestamptz > $1::timestamptz)::int AS late, min((metadata->>'occurredAt')::timestamptz)::text AS first
         FROM event_store.events WHERE stream_id ~ '^(legal-change|nonconformity|internal-audit|management-review|qms-declaration)-'`,
      [OPTIONS.now],
    );
    expect(span.late).toBe(0);
    expect(Date.parse(OPTIONS.now) - Date.parse(span.first)).toBeGreaterThan(100 * 86_400_000);
  });

  it('adds nothing when run again with the same day and seed', async () => {
    const before = await lastWritten(platform.dataSource);
    const again = await generateDemoQuality(platform, OPTIONS);
    expect(again.failed).toBe(0);
    expect(await lastWritten(platform.dataSource)).toBe(before);
  });
});
