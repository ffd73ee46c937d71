import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { scheduleActions } from './schedule.turns';
import { scheduleWeekStateFrom, scheduleEntryOf } from './schedule.state';
import { actor, cmd, CONTEXT, ENTRY_ID, givenWeek, OTHER_ENTRY_ID, T, TERMS, userId, vn, WEEK, weekHistory } from './testing/schedule-fixtures';

const by = (username: string, at: string) => ({ by: userId(username), at });
const drafted = () => weekHistory(cmd.draft());
const published = () => weekHistory(cmd.draft(), cmd.publish());

describe('draft (ghi lịch công tác)', () => {
  it('a General Affairs specialist writes an entry: time, place, content, chair, attendees, preparing unit, papers', () => {
    const { state } = givenWeek([])
      .when(cmd.draft({ leaderIds: [userId('pho.chu.tich.kt'), userId('chu.tich'), userId('pho.chu.tich.kt')], place: '  Phòng họp số 1, trụ sở UBND tỉnh ' }))
      .then([{ type: 'ScheduleEntryDrafted', data: { week: WEEK, entryId: ENTRY_ID, ...TERMS, reason: null, ...by('cv.th1', T.drafted) } }]);
    expect(state).toMatchObject({ status: 'draft', week: WEEK, entries: [{ entryId: ENTRY_ID, status: 'planned', version: 1, addedAfterPublication: false }] });
  });

  it('the clerk and the office leaders keep the schedule too; a specialist of another department may not', () => {
    givenWeek([]).when(cmd.draft({ actor: actor('vanthu1') })).then(weekHistory(cmd.draft({ actor: actor('vanthu1') })));
    givenWeek([]).when(cmd.draft({ actor: actor('pho.chanh.vp.kt') })).then(weekHistory(cmd.draft({ actor: actor('pho.chanh.vp.kt') })));
    givenWeek([]).when(cmd.draft({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_SCHEDULE_KEEPER' });
  });

  it('refuses: an end before the start, a start outside the week, a chair who is no leader, a blank place, an unnamed paper, a bad week', () => {
    const none = givenWeek([]);
    none.when(cmd.draft({ endsAt: vn('2026-11-30', '07:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ENTRY_ENDS_BEFORE_START', field: 'endsAt' });
    none.when(cmd.draft({ startsAt: vn('2026-12-07', '08:00'), endsAt: vn('2026-12-07', '09:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ENTRY_OUTSIDE_WEEK', field: 'startsAt' });
    none.when(cmd.draft({ chairLeaderId: userId('tp.th') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CHAIR_NOT_A_LEADER', field: 'chairLeaderId' });
    none.when(cmd.draft({ leaderIds: [userId('cv.th1')] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDEE_NOT_A_LEADER', field: 'leaderIds[0]' });
    none.when(cmd.draft({ place: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PLACE_REQUIRED' });
    none.when(cmd.draft({ papers: [{ documentId: 'x', title: '' }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PAPER_TITLE_REQUIRED', field: 'papers[0].title' });
    none.when(cmd.draft({ week: '2026-W54' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_WEEK' });
    givenWeek(drafted()).when(cmd.draft()).thenThrows({ code: 'WRONG_STATE', rule: 'ENTRY_EXISTS' });
  });

  it('after publication an added entry (bổ sung) needs its reason and is marked as added', () => {
    const later = { entryId: OTHER_ENTRY_ID, actor: actor('cv.th1'), now: T.changed, startsAt: vn('2026-12-01', '14:00'), endsAt: vn('2026-12-01', '16:00') };
    givenWeek(published()).when(cmd.draft(later)).thenThrows({ code: 'RULE_VIOLATION', rule: 'SCHEDULE_CHANGE_NEEDS_REASON', field: 'reason' });
    const { state } = givenWeek(published())
      .when(cmd.draft({ ...later, reason: 'Chủ tịch triệu tập họp đột xuất' }))
      .then(weekHistory(cmd.draft(), cmd.publish(), cmd.draft({ ...later, reason: 'Chủ tịch triệu tập họp đột xuất' })).slice(2));
    expect(scheduleEntryOf(state, OTHER_ENTRY_ID)).toMatchObject({ addedAfterPublication: true, history: [{ kind: 'drafted', afterPublication: true }] });
  });
});

describe('revise and cancel', () => {
  it('before publication edits are free but recorded, with the fields that changed', () => {
    const { state } = givenWeek(drafted())
      .when(cmd.revise())
      .then([{ type: 'ScheduleEntryRevised', data: { entryId: ENTRY_ID, ...TERMS, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', changed: ['place'], reason: null, ...by('cv.th1', T.changed) } }]);
    expect(scheduleEntryOf(state, ENTRY_ID)).toMatchObject({ version: 2, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', history: [{ kind: 'drafted' }, { kind: 'revised', afterPublication: false, previous: { place: TERMS.place } }] });
  });

  it('after publication a change needs its reason (SCHEDULE_CHANGE_NEEDS_REASON) and keeps the old value', () => {
    givenWeek(published()).when(cmd.revise()).thenThrows({ code: 'RULE_VIOLATION', rule: 'SCHEDULE_CHANGE_NEEDS_REASON', field: 'reason' });
    givenWeek(published()).when(cmd.cancel({ reason: '  ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SCHEDULE_CHANGE_NEEDS_REASON' });
    const { state } = givenWeek(published())
      .when(cmd.revise({ reason: 'Phòng họp số 1 đang sửa chữa' }))
      .then([{ type: 'ScheduleEntryRevised', data: { entryId: ENTRY_ID, ...TERMS, place: 'Hội trường tầng 3, trụ sở UBND tỉnh', changed: ['place'], reason: 'Phòng họp số 1 đang sửa chữa', ...by('cv.th1', T.changed) } }]);
    expect(scheduleEntryOf(state, ENTRY_ID)?.history.at(-1)).toMatchObject({ afterPublication: true, reason: 'Phòng họp số 1 đang sửa chữa', previous: { place: TERMS.place } });
  });

  it('a cancelled entry stays in the week as cancelled; it cannot be changed again', () => {
    const { state } = givenWeek(published())
      .when(cmd.cancel({ reason: 'Lùi sang tuần sau' }))
      .then([{ type: 'ScheduleEntryCancelled', data: { entryId: ENTRY_ID, reason: 'Lùi sang tuần sau', ...by('cv.th1', T.changed) } }]);
    expect(scheduleEntryOf(state, ENTRY_ID)).toMatchObject({ status: 'cancelled', version: 2 });
    givenWeek(weekHistory(cmd.draft(), cmd.publish(), cmd.cancel({ reason: 'Lùi' }))).when(cmd.revise({ entryVersion: 2, reason: 'x' })).thenThrows({ code: 'WRONG_STATE', rule: 'ENTRY_CANCELLED' });
  });

  it('refuses an edit of what changed meanwhile, a revision that changes nothing, an unknown entry, another department', () => {
    givenWeek(weekHistory(cmd.draft(), cmd.revise())).when(cmd.revise({ place: 'Nhà khách UBND tỉnh' })).thenThrows({ code: 'WRONG_STATE', rule: 'ENTRY_CHANGED_MEANWHILE' });
    givenWeek(drafted()).when(cmd.revise({ place: TERMS.place })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOTHING_CHANGED' });
    // As read back from the store (jsonb orders an object's keys its own way), the same papers are no change.
    const stored = drafted().map((e) => (e.type === 'ScheduleEntryDrafted' ? { ...e, data: { ...e.data, papers: e.data.papers.map(({ title, documentId }) => ({ title, documentId })) } } : e));
    givenWeek(stored).when(cmd.revise({ place: TERMS.place })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOTHING_CHANGED' });
    givenWeek(drafted()).when(cmd.cancel({ entryId: OTHER_ENTRY_ID })).thenThrows({ code: 'NOT_FOUND', field: 'entryId' });
    givenWeek(drafted()).when(cmd.revise({ actor: actor('cv.vx1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_SCHEDULE_KEEPER' });
    givenWeek([]).when(cmd.cancel()).thenThrows({ code: 'WRONG_STATE', rule: 'WEEK_HAS_NO_ENTRY' });
  });
});

describe('publish (ban hành lịch tuần)', () => {
  it('the office chief publishes the planned entries; twice is WEEK_ALREADY_PUBLISHED', () => {
    const withCancelled = weekHistory(cmd.draft(), cmd.draft({ entryId: OTHER_ENTRY_ID }), cmd.cancel({ entryId: OTHER_ENTRY_ID }));
    const { state } = givenWeek(withCancelled).when(cmd.publish()).then([{ type: 'ScheduleWeekPublished', data: { week: WEEK, entryIds: [ENTRY_ID], ...by('chanh.vp', T.published) } }]);
    expect(state).toMatchObject({ status: 'published', publication: by('chanh.vp', T.published) });
    givenWeek(published()).when(cmd.publish()).thenThrows({ code: 'WRONG_STATE', rule: 'WEEK_ALREADY_PUBLISHED' });
  });

  it('only the office chief or a deputy publishes; a week with nothing planned is refused', () => {
    givenWeek(drafted()).when(cmd.publish({ actor: actor('cv.th1') })).thenThrows({ code: 'FORBIDDEN', rule: 'PUBLISH_BY_OFFICE_LEADER' });
    givenWeek(drafted()).when(cmd.publish({ actor: actor('pho.chanh.vp.vx') })).then(weekHistory(cmd.draft(), cmd.publish({ actor: actor('pho.chanh.vp.vx') })).slice(1));
    givenWeek(weekHistory(cmd.draft(), cmd.cancel())).when(cmd.publish()).thenThrows({ code: 'RULE_VIOLATION', rule: 'WEEK_HAS_NO_ENTRY' });
    givenWeek([]).when(cmd.publish()).thenThrows({ code: 'WRONG_STATE', rule: 'WEEK_HAS_NO_ENTRY' });
  });

  it('the buttons come from the same table', () => {
    const draftWeek = scheduleWeekStateFrom(drafted());
    expect(scheduleActions(draftWeek, actor('chanh.vp'), CONTEXT.organisation)).toEqual(['draft', 'revise', 'cancel', 'publish']);
    expect(scheduleActions(draftWeek, actor('cv.th1'), CONTEXT.organisation)).toEqual(['draft', 'revise', 'cancel']);
    expect(scheduleActions(scheduleWeekStateFrom(published()), actor('chanh.vp'), CONTEXT.organisation)).toEqual(['draft', 'revise', 'cancel']);
    expect(scheduleActions(draftWeek, actor('cv.kt1'), CONTEXT.organisation)).toEqual([]);
  });
});
