import { DEMO_ORGANISATION, decideMeeting, evolveMeeting, initialMeetingState, meetingStreamName, type MeetingCommand } from '@office/domain';
import { actor, CONTEXT, DIRECTIVES, meetingCmd, meetingHistory, MEETING_ID, userId, vn } from '@office/domain/directives/testing/directive-fixtures';
import type { JsonObject } from '@office/event-store';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { catchUp, openHarness, type ProjectionHarness } from '../../../../../apps/projector/src/testing/projection-harness';
import { appendAll, type ScenarioEvent } from '../../../../../apps/projector/src/testing/scenario';
import { OrganisationDirectory } from '../../organisation/organisation-directory';
import { MeetingQueries } from './meeting.queries';
import { meetingsProjection } from './meetings.projection';

/*
 * Four meetings as of Mon 20/4/2026 in Hà Nội: the fixtures' meeting of 2/3 (KH-DT, notice issued),
 * one of 16/4 whose notice is due Tue 21/4 (not drafted: due), one of 1/4 never drafted (overdue),
 * and one of 14/4 in field YT presided by pho.chu.tich.vx, drafted.
 */
const clock = () => new Date(vn('2026-04-20', '10:00'));
const MEETING = { due: '0b6f5a3e-0000-4000-8000-0000000000e2', overdue: '0b6f5a3e-0000-4000-8000-0000000000e3', health: '0b6f5a3e-0000-4000-8000-0000000000e4' } as const;

function meeting(meetingId: string, commands: MeetingCommand[]): ScenarioEvent[] {
  let state = initialMeetingState;
  return commands.flatMap((command) => {
    const decided = decideMeeting({ ...command, meetingId }, state, CONTEXT);
    state = decided.reduce(evolveMeeting, state);
    return decided.map((e) => ({ stream: meetingStreamName(meetingId), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
  });
}

function scenario(): ScenarioEvent[] {
  const issued = meetingHistory('issue').map((e) => ({ stream: meetingStreamName(MEETING_ID), type: e.type, data: e.data as unknown as JsonObject, actorId: e.data.by }));
  const health = { fieldCode: 'YT', presidingLeaderId: userId('pho.chu.tich.vx'), actor: actor('cv.vx1'), title: 'Họp bàn phòng, chống dịch sốt xuất huyết' };
  return [
    ...issued,
    ...meeting(MEETING.due, [meetingCmd.record({ heldOn: '2026-04-16', now: vn('2026-04-16', '16:00'), title: 'Họp về giải ngân vốn quý II' })]),
    ...meeting(MEETING.overdue, [meetingCmd.record({ heldOn: '2026-04-01', now: vn('2026-04-01', '16:00'), title: 'Họp về quy hoạch khu công nghiệp' })]),
    ...meeting(MEETING.health, [
      meetingCmd.record({ ...health, heldOn: '2026-04-14', now: vn('2026-04-14', '16:00') }),
      meetingCmd.draft({ actor: actor('cv.vx1'), now: vn('2026-04-15', '10:00'), directives: [{ ...DIRECTIVES[0], dueDate: '2026-05-15' }] }),
    ]),
  ];
}

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((m) => m.id);

describe('meeting queries', () => {
  let h: ProjectionHarness;
  let meetings: MeetingQueries;

  beforeAll(async () => {
    h = await openHarness();
    await new OrganisationDirectory(h.dataSource).seed(DEMO_ORGANISATION, async () => 'not-a-password');
    await appendAll(h.store, scenario());
    await catchUp(h, [meetingsProjection], 500);
    meetings = new MeetingQueries(h.dataSource, clock);
  });
  afterAll(async () => h?.close());

  it('lists meetings, the latest held first, with their notice’s clock', async () => {
    const all = await meetings.list({});
    expect(all).toMatchObject({ total: 4, page: 1, pageSize: 50 });
    expect(ids(all)).toEqual([MEETING.due, MEETING.health, MEETING.overdue, MEETING_ID]);
    expect(all.items.map((m) => [m.status, m.conclusion.clock])).toEqual([['held', 'pending'], ['drafted', 'on_time'], ['held', 'late'], ['issued', 'on_time']]);
    expect(all.items[0]).toMatchObject({ heldOn: '2026-04-16', conclusion: { due: '2026-04-21', draftedAt: null } });
    expect(all.items.at(-1)).toMatchObject({ conclusion: { symbol: '05/TB-VPUBND' } });
  });

  it('filters by status or the clock of a notice not drafted, presiding leader, field and day held; pages', async () => {
    expect(ids(await meetings.list({ status: 'notice_due' }))).toEqual([MEETING.due]);
    expect(ids(await meetings.list({ status: 'notice_overdue' }))).toEqual([MEETING.overdue]);
    expect(ids(await meetings.list({ status: 'issued' }))).toEqual([MEETING_ID]);
    expect(ids(await meetings.list({ status: 'held' }))).toEqual([MEETING.due, MEETING.overdue]);
    expect(ids(await meetings.list({ presidingLeaderId: userId('pho.chu.tich.vx') }))).toEqual([MEETING.health]);
    expect(ids(await meetings.list({ fieldCode: 'KH-DT', from: '2026-04-01', to: '2026-04-16' }))).toEqual([MEETING.due, MEETING.overdue]);
    expect((await meetings.list({ to: '2026-03-31' })).total).toBe(1);
    const second = await meetings.list({ page: 2, pageSize: 3 });
    expect(second).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(ids(second)).toEqual([MEETING_ID]);
    expect(await meetings.list({ fieldCode: 'TP' })).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
  });

  it('one meeting with the state the domain folded', async () => {
    const one = await meetings.byId(MEETING.health);
    expect(one).toMatchObject({ status: 'drafted', fieldCode: 'YT', conclusion: { clock: 'on_time', directives: [expect.objectContaining({ leadAgency: 'UBND huyện Đông Anh' })] } });
    expect(one.conclusion.conclusions).toBe('Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng và đẩy nhanh giải ngân.');
    expect(one.state).toMatchObject({ status: 'drafted', specialistId: userId('cv.vx1') });
    await expect(meetings.byId('0b6f5a3e-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
