import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { useMigratedPlatform } from '../../../../test/support/test-app';
import { generateDemoSchedule } from './demo-schedule';
import { NEXT_WEEK, THIS_WEEK } from './schedule-texts';

/** As of Sat 5/12/2026, 10:00 in Hà Nội: this week (2026-W49) published and changed, next week published on Friday. */
const NOW = '2026-12-05T03:00:00.000Z';

describe('demo schedule through the command handlers', () => {
  const platform = useMigratedPlatform('demo_schedule');
  let first: Awaited<ReturnType<typeof generateDemoSchedule>>;
  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> => platform.dataSource.query(sql, params);

  beforeAll(async () => {
    first = await generateDemoSchedule(platform, { now: NOW });
  });

  it('writes about twenty-five entries over two weeks without a refusal: one moved, one added, one cancelled after publication', async () => {
    expect(first.errors).toEqual([]);
    expect(first.entries).toBe(THIS_WEEK.length + 1 + NEXT_WEEK.length);
    const types = await query<{ stream_id: string; type: string; n: number }>(
      `SELECT stream_id, type, count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'schedule-week-%' GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(types).toEqual([
      { stream_id: 'schedule-week-2026-W49', type: 'ScheduleEntryCancelled', n: 1 },
      { stream_id: 'schedule-week-2026-W49', type: 'ScheduleEntryDrafted', n: THIS_WEEK.length + 1 },
      { stream_id: 'schedule-week-2026-W49', type: 'ScheduleEntryRevised', n: 1 },
      { stream_id: 'schedule-week-2026-W49', type: 'ScheduleWeekPublished', n: 1 },
      { stream_id: 'schedule-week-2026-W50', type: 'ScheduleEntryDrafted', n: NEXT_WEEK.length },
      { stream_id: 'schedule-week-2026-W50', type: 'ScheduleWeekPublished', n: 1 },
    ]);
  });

  it('appends nothing when run again with the same day', async () => {
    const [before] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'schedule-week-%'`);
    const again = await generateDemoSchedule(platform, { now: NOW });
    expect(again.errors).toEqual([]);
    expect(await query(`SELECT count(*)::int AS n FROM event_store.events WHERE stream_id LIKE 'schedule-week-%'`)).toEqual([before]);
  });
});
