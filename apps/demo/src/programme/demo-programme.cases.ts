import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { generateDemoProgramme } from './demo-programme';

/** As of Wed 2/12/2026, 10:00 in Hà Nội: January to December's programmes approved, the year's items in every state. */
const NOW = '2026-12-02T03:00:00.000Z';

describe('demo work programme through the command handlers', () => {
  const platform = useMigratedPlatform('demo_programme');
  let first: Awaited<ReturnType<typeof generateDemoProgramme>>;
  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => platform.dataSource.query(sql, params);

  beforeAll(async () => {
    first = await generateDemoProgramme(platform, { now: NOW });
  });

  it('writes twelve monthly programmes without a refusal, with items in every state and late drafts', async () => {
    expect(first.errors).toEqual([]);
    // December's items are not due yet: no papers, withdrawal or move in it before the 2nd.
    expect(first.programmes).toBe(12);
    const types = await query<{ type: string; n: number }>(`SELECT type, count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'programme-%' GROUP BY 1 ORDER BY 1`);
    expect(Object.fromEntries(types.map((t) => [t.type, t.n]))).toMatchObject({
      ProgrammeApproved: 12, ProgrammeSlipReturned: 4, ProgrammeItemWithdrawn: 11, ProgrammeItemRescheduled: 5, ProgrammeItemPresented: 10, ProgrammeItemPapersSubmitted: 21,
    });
    const late = await query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE type = 'ProgrammeDraftSubmitted' AND (data->>'late')::boolean`);
    expect(late).toEqual([{ n: 3 }]);
  });

  it('appends nothing when run again with the same day', async () => {
    const [before] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'programme-%'`);
    const again = await generateDemoProgramme(platform, { now: NOW });
    expect(again.errors).toEqual([]);
    expect(await query(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'programme-%'`)).toEqual([before]);
  });
});
