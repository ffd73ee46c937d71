import { AbsenceQueries } from '@office/read-models';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoAbsences } from './demo-absences';

/** Wednesday 2/12/2026, 10:00 in Hà Nội. */
const OPTIONS = { now: '2026-12-02T03:00:00.000Z', seed: 7 };

describe('demo absences through the command handlers', () => {
  const platform = useMigratedPlatform('demo_absences');
  let first: Awaited<ReturnType<typeof generateDemoAbsences>>;

  beforeAll(async () => {
    first = await generateDemoAbsences(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  }, 300_000);

  it('files a month of absences (approved, refused, leaders recorded), someone is away today, and a rerun adds nothing', async () => {
    expect(first.errors).toEqual([]);
    expect(first.steps).toBe(12);
    const [{ statuses }] = await platform.dataSource.query(`SELECT array_agg(status ORDER BY status) AS statuses FROM rm_absences`);
    expect(statuses).toEqual(['approved', 'approved', 'approved', 'approved', 'recorded', 'recorded', 'refused']);
    const today = await new AbsenceQueries(platform.dataSource).inForceBetween('2026-12-02', '2026-12-02');
    expect(today.map((a) => a.kind)).toEqual(['sick']);
    const again = await generateDemoAbsences(platform, OPTIONS);
    expect(again.errors).toEqual([]);
    const [{ n }] = await platform.dataSource.query(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'absence-%'`);
    expect(n).toBe(12);
  });
});
