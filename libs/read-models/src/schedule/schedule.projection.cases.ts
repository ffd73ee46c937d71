import { decideScheduleWeek, evolveScheduleWeek, initialScheduleWeekState, scheduleStreamName, type ScheduleCommand, type ScheduleEvent } from '@office/domain';
import { cmd, CONTEXT, ENTRY_ID, OTHER_ENTRY_ID, TERMS, userId, vn, WEEK } from '@office/domain/schedule/testing/schedule-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import {
  applyDirectly, catchUp, openHarness, projectLive, resetProjection, snapshotAll, wholeLog, type JsonRow, type ProjectionHarness, type TableOrder,
} from '../../../../apps/projector/src/testing/projection-harness';
import type { ScenarioEvent } from '../../../../apps/projector/src/testing/scenario';
import { scheduleProjection } from './schedule.projection';
import { ScheduleQueries } from './schedule.queries';

const CONFIDENTIAL_ID = '3c1a7e52-0000-4000-8000-0000000000a3';
const TABLES: TableOrder[] = [{ table: 'rm_schedule_weeks', orderBy: 'week' }, { table: 'rm_schedule_entries', orderBy: 'id' }];

/** Week 2026-W49 by the real rules: two entries and a confidential one, published; one moved with a reason, one cancelled. */
function scenario(): ScenarioEvent[] {
  const commands: ScheduleCommand[] = [
    cmd.draft(),
    cmd.draft({ entryId: OTHER_ENTRY_ID, content: 'Tiếp công dân định kỳ', chairLeaderId: userId('pho.chu.tich.kt'), leaderIds: [] }),
    cmd.draft({ entryId: CONFIDENTIAL_ID, content: 'Làm việc với Bộ Công an', confidential: true, startsAt: vn('2026-12-02', '14:00'), endsAt: vn('2026-12-02', '16:00') }),
    cmd.publish(),
    cmd.revise({ reason: 'Phòng họp số 1 đang sửa chữa' }),
    cmd.cancel({ entryId: OTHER_ENTRY_ID, reason: 'Lùi sang tuần sau' }),
  ];
  let state = initialScheduleWeekState;
  const decided: ScheduleEvent[] = commands.flatMap((command) => {
    const out = decideScheduleWeek(command, state, CONTEXT);
    state = out.reduce(evolveScheduleWeek, state);
    return out;
  });
  return decided.map((e) => ({ stream: scheduleStreamName(WEEK), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
}

describe('schedule.v1', () => {
  let h: ProjectionHarness;
  let live: Record<string, JsonRow[]>;

  beforeAll(async () => {
    h = await openHarness();
    live = await projectLive(h, scheduleProjection, scenario(), TABLES);
  });
  afterAll(async () => h?.close());

  it('keeps the week with its state and one row per entry, public only when published and not confidential', () => {
    expect(live.rm_schedule_weeks).toEqual([expect.objectContaining({ week: WEEK, status: 'published', published_by: userId('chanh.vp') })]);
    const row = (id: string) => live.rm_schedule_entries.find((r) => r.id === id)!;
    expect(live.rm_schedule_entries).toHaveLength(3);
    expect(row(ENTRY_ID)).toMatchObject({ status: 'planned', visible: true, version: 2, chair_leader_id: userId('chu.tich'), leader_ids: [userId('pho.chu.tich.kt')] });
    expect(row(ENTRY_ID).entry).toMatchObject({ place: 'Hội trường tầng 3, trụ sở UBND tỉnh', history: [{ kind: 'drafted' }, { kind: 'revised', reason: 'Phòng họp số 1 đang sửa chữa', previous: { place: TERMS.place } }] });
    expect(row(OTHER_ENTRY_ID)).toMatchObject({ status: 'cancelled', visible: true, version: 2 });
    expect(row(CONFIDENTIAL_ID)).toMatchObject({ confidential: true, visible: false });
  });

  it('answers a leader’s public entries, chaired or attended, never the confidential one', async () => {
    const queries = new ScheduleQueries(h.dataSource);
    expect((await queries.leaderFeed(userId('chu.tich'), vn('2026-11-01'))).map((r) => r.id)).toEqual([ENTRY_ID]);
    expect((await queries.leaderFeed(userId('pho.chu.tich.kt'), vn('2026-11-01'))).map((r) => r.id).sort()).toEqual([ENTRY_ID, OTHER_ENTRY_ID].sort());
    expect(await queries.leaderFeed(userId('chu.tich'), vn('2026-12-01'))).toEqual([]);
    expect((await queries.week(WEEK))?.state).toMatchObject({ status: 'published', entries: [{ entryId: ENTRY_ID }, { entryId: OTHER_ENTRY_ID }, { entryId: CONFIDENTIAL_ID }] });
    expect(await queries.week('2026-W50')).toBeNull();
  });

  it('gives the same rows when every event is applied a second time', async () => {
    const log = await wholeLog(h.store);
    await applyDirectly(h, scheduleProjection, log);
    await applyDirectly(h, scheduleProjection, log.slice(2, 5));
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });

  it.each([1, 500])('rebuilds from zero in batches of %i to exactly the rows built live', async (batch) => {
    await resetProjection(h, scheduleProjection, TABLES.map((t) => t.table));
    await catchUp(h, [scheduleProjection], batch);
    expect(await snapshotAll(h, TABLES)).toEqual(live);
  });
});
