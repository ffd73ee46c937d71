import { CaseFileQueries } from '@office/read-models';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { PROJECTIONS } from '../../../projector/src/projections';
import { catchUp } from '../../../projector/src/testing/projection-harness';
import { generateDemoOffice } from '../office/demo-office';
import { generateDemoRecords, type DemoRecordsOptions } from './demo-records';

/** The demo as of Wed 2/12/2026 (Hà Nội), over a few months of demo documents. */
const OPTIONS: DemoRecordsOptions = { now: '2026-12-02T03:00:00.000Z', seed: 5 };

describe('demo files and archives through the command handlers', () => {
  const platform = useMigratedPlatform('demo_records');
  let first: Awaited<ReturnType<typeof generateDemoRecords>>;

  beforeAll(async () => {
    await generateDemoOffice(platform, { documents: 40, from: '2026-02-02', to: '2026-05-29', seed: 5 });
    first = await generateDemoRecords(platform, OPTIONS);
    await catchUp({ store: platform.eventStore, dataSource: platform.dataSource, close: async () => undefined }, PROJECTIONS, 500);
  }, 300_000);

  it('takes every planned step without a refusal: 15 case files, four closed, two deposited in June', async () => {
    expect(first.errors).toEqual([]);
    expect(first.caseFiles).toBe(15);
    const files = new CaseFileQueries(platform.dataSource, () => new Date(OPTIONS.now));
    expect((await files.list({ year: 2026 })).total).toBe(15);
    expect((await files.list({ status: 'closed' })).items.map((f) => f.code).sort()).toEqual(['TH.03', 'VX.02']);
    expect(await files.depositedIn('2026-06')).toHaveLength(2);
    expect((await files.list({ year: 2026 })).items.reduce((sum, f) => sum + f.itemCount, 0)).toBeGreaterThan(4);
  });

  it('adds nothing when run again', async () => {
    const again = await generateDemoRecords(platform, OPTIONS);
    expect(again.errors).toEqual([]);
    const [{ n }] = await platform.dataSource.query("SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'case-file-%'");
    await generateDemoRecords(platform, OPTIONS);
    const [{ n: after }] = await platform.dataSource.query("SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'case-file-%'");
    expect(after).toBe(n);
  });
});
