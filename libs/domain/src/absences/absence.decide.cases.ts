import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { approvalRouteOf } from './absence.approval';
import { absenceCallsForDelegation } from './absence.decide';
import type { AbsenceEvent } from './absence.events';
import type { AbsenceRecord } from './absence.state';
import { absenceActions } from './absence.turns';
import { ABSENCE_ID, absenceCmd, actor, DECIDED_AT, givenAbsence, givenAbsenceBeside, REQUESTED_AT, userId, vn } from './testing/absence-fixtures';

const anything = [expect.anything() as never];
const requested = (o: Parameters<typeof absenceCmd.request>[0] = {}): AbsenceEvent[] => givenAbsence([]).when(absenceCmd.request(o)).then(anything).events;
const threeDays = { from: '2026-12-07', to: '2026-12-09' };
const user = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!;

describe('the approval chain (QC Art. 16)', () => {
  it('one table: leaders recorded, heads and deputy chiefs to the chief, staff to their head up to 1 working day, longer to the chief', () => {
    expect(approvalRouteOf(user('chu.tich'), 5).route).toBe('recorded');
    expect(approvalRouteOf(user('pho.chu.tich.kt'), 4).route).toBe('recorded');
    expect(approvalRouteOf(user('chanh.vp'), 2).route).toBe('recorded');
    expect(approvalRouteOf(user('tp.kt'), 0.5).route).toBe('office_chief');
    expect(approvalRouteOf(user('pho.chanh.vp.kt'), 1).route).toBe('office_chief');
    expect(approvalRouteOf(user('cv.kt1'), 1).route).toBe('department_head');
    expect(approvalRouteOf(user('cv.kt1'), 1.5).route).toBe('office_chief');
    expect(approvalRouteOf(user('kiemtoan1'), 1).route).toBe('office_chief');
  });
});

describe('request (đăng ký nghỉ, công tác)', () => {
  it('a day’s leave of a specialist goes to the head of their department', () => {
    givenAbsence([])
      .when(absenceCmd.request())
      .then([
        {
          type: 'AbsenceRequested',
          data: {
            absenceId: ABSENCE_ID, requesterId: userId('cv.kt1'), departmentId: user('cv.kt1').departmentId, kind: 'leave', from: '2026-12-07', fromHalf: 'morning',
            to: '2026-12-07', toHalf: 'afternoon', workingDays: 1, reason: 'Việc gia đình', place: null, route: 'department_head', by: userId('cv.kt1'), at: REQUESTED_AT,
          },
        },
      ]);
  });

  it('counts working days with the approved calendar, by half days: weekends and holidays do not count', () => {
    const days = (o: Parameters<typeof absenceCmd.request>[0]) => (givenAbsence([]).when(absenceCmd.request(o)).then(anything).events[0].data as { workingDays: number }).workingDays;
    expect(days({ from: '2026-12-07', fromHalf: 'afternoon', to: '2026-12-08', toHalf: 'morning' })).toBe(1);
    expect(days({ from: '2026-12-04', fromHalf: 'afternoon', to: '2026-12-07', toHalf: 'morning' })).toBe(1);
    expect(days({ from: '2026-12-07', to: '2026-12-07', toHalf: 'morning' })).toBe(0.5);
    // 29/4–1/5/2026: 30/4 and 1/5 are days off, so one working day, which the head approves.
    expect(days({ from: '2026-04-29', to: '2026-05-01' })).toBe(1);
    // Saturday 22/8/2026 is worked (làm bù) and Monday 31/8 is off.
    expect(days({ from: '2026-08-21', to: '2026-08-31' })).toBe(7);
    expect(days({ kind: 'business_trip', place: 'Hà Nội', ...threeDays })).toBe(3);
  });

  it('heads and deputy chiefs report to the office chief; the Office records a committee leader’s or the office chief’s absence', () => {
    expect(requested({ actor: actor('tp.kt') })[0]).toMatchObject({ type: 'AbsenceRequested', data: { route: 'office_chief', workingDays: 1 } });
    expect(requested({ actor: actor('pho.chanh.vp.vx') })[0]).toMatchObject({ type: 'AbsenceRequested', data: { route: 'office_chief', departmentId: null } });
    const trip = givenAbsence([]).when(absenceCmd.leaderTrip()).then(anything);
    expect(trip.events[0]).toEqual({
      type: 'LeaderAbsenceRecorded',
      data: {
        absenceId: ABSENCE_ID, requesterId: userId('chu.tich'), departmentId: null, kind: 'business_trip', from: '2026-12-07', fromHalf: 'morning', to: '2026-12-11', toHalf: 'afternoon',
        workingDays: 5, reason: 'Làm việc với các bộ, ngành Trung ương', place: 'Hà Nội', by: userId('vanthu1'), at: REQUESTED_AT,
      },
    });
    expect(trip.state).toMatchObject({ status: 'recorded', route: 'recorded' });
    expect(givenAbsence([]).when(absenceCmd.leaderTrip({ actor: actor('chu.tich') })).then(anything).state).toMatchObject({ status: 'recorded' });
    expect(givenAbsence([]).when(absenceCmd.leaderTrip({ actor: actor('chanh.vp'), requesterId: userId('chanh.vp') })).then(anything).state).toMatchObject({ status: 'recorded' });
  });

  it('ABSENCE_OVERLAPS: the same person away twice at the same time; the other half of the same day is free', () => {
    const other = [{ absenceId: 'a-other', from: '2026-12-07', fromHalf: 'morning' as const, to: '2026-12-07', toHalf: 'morning' as const }];
    givenAbsenceBeside(other)([]).when(absenceCmd.request(threeDays)).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_OVERLAPS', field: 'from' });
    givenAbsenceBeside(other)([]).when(absenceCmd.request({ fromHalf: 'afternoon' })).then(anything);
  });

  it('refuses: someone else’s request, a missing place or reason, a reversed period, no working day, an unknown kind, twice', () => {
    const none = givenAbsence([]);
    none.when(absenceCmd.request({ requesterId: userId('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'OWN_REQUEST_ONLY' });
    none.when(absenceCmd.request({ actor: actor('vanthu1'), requesterId: userId('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'OWN_REQUEST_ONLY' });
    none.when(absenceCmd.request({ kind: 'business_trip' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PLACE_REQUIRED', field: 'place' });
    none.when(absenceCmd.request({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    none.when(absenceCmd.request({ to: '2026-12-04' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERIOD', field: 'to' });
    none.when(absenceCmd.request({ fromHalf: 'afternoon', toHalf: 'morning' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERIOD', field: 'to' });
    none.when(absenceCmd.request({ from: '2026-12-05', to: '2026-12-06' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NO_WORKING_DAY' });
    none.when(absenceCmd.request({ kind: 'holiday' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'kind' });
    none.when(absenceCmd.request({ requesterId: '00000000-0000-4000-8000-00000000ffff' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_USER' });
    givenAbsence(requested()).when(absenceCmd.request()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REQUESTED' });
  });
});

describe('approve and refuse (duyệt)', () => {
  it('the head approves a day’s leave of their own staff', () => {
    const { state } = givenAbsence(requested()).when(absenceCmd.approve({ note: 'Đồng ý' })).then([{ type: 'AbsenceApproved', data: { note: 'Đồng ý', by: userId('tp.kt'), at: DECIDED_AT } }]);
    expect(state).toMatchObject({ status: 'approved', decision: { approved: true, by: userId('tp.kt') } });
  });

  it('ABSENCE_BEYOND_HEAD_LIMIT: the head cannot approve three days; the office chief can', () => {
    const history = requested(threeDays);
    givenAbsence(history).when(absenceCmd.approve()).thenThrows({ code: 'FORBIDDEN', rule: 'ABSENCE_BEYOND_HEAD_LIMIT' });
    givenAbsence(history).when(absenceCmd.refuse()).thenThrows({ code: 'FORBIDDEN', rule: 'ABSENCE_BEYOND_HEAD_LIMIT' });
    givenAbsence(history).when(absenceCmd.approve({ actor: actor('chanh.vp') })).then(anything);
  });

  it('NOT_APPROVER_OF_REQUESTER: a head of another department, a deputy chief, oneself, a head’s own request', () => {
    givenAbsence(requested()).when(absenceCmd.approve({ actor: actor('tp.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_APPROVER_OF_REQUESTER' });
    givenAbsence(requested()).when(absenceCmd.approve({ actor: actor('pho.chanh.vp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_APPROVER_OF_REQUESTER' });
    givenAbsence(requested()).when(absenceCmd.approve({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_APPROVER_OF_REQUESTER' });
    givenAbsence(requested({ actor: actor('tp.kt') })).when(absenceCmd.approve({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_APPROVER_OF_REQUESTER' });
    givenAbsence(requested({ actor: actor('tp.kt') })).when(absenceCmd.approve({ actor: actor('chanh.vp') })).then(anything);
  });

  it('refuses with a reason; a decided request is not decided again; an overlap found since is refused', () => {
    const { state } = givenAbsence(requested()).when(absenceCmd.refuse()).then([{ type: 'AbsenceRefused', data: { reason: 'Phòng đang cao điểm báo cáo cuối năm', by: userId('tp.kt'), at: DECIDED_AT } }]);
    expect(state).toMatchObject({ status: 'refused', decision: { approved: false } });
    givenAbsence(requested()).when(absenceCmd.refuse({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    const approved = givenAbsence(requested()).when(absenceCmd.approve()).then(anything).events;
    givenAbsence([...requested(), ...approved]).when(absenceCmd.approve()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_DECIDED' });
    givenAbsence([]).when(absenceCmd.approve()).thenThrows({ code: 'WRONG_STATE' });
    const overlapping = [{ absenceId: 'a-other', from: '2026-12-07', fromHalf: 'morning' as const, to: '2026-12-07', toHalf: 'afternoon' as const }];
    givenAbsenceBeside(overlapping)(requested()).when(absenceCmd.approve()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_OVERLAPS' });
  });
});

describe('cancel and cut short (hủy, trở lại sớm)', () => {
  it('the requester cancels before it starts; not once it has started, nor someone else', () => {
    givenAbsence(requested()).when(absenceCmd.cancel()).then([{ type: 'AbsenceCancelled', data: { reason: 'Không còn việc phải nghỉ', by: userId('cv.kt1'), at: vn('2026-12-04') } }]);
    givenAbsence(requested()).when(absenceCmd.cancel({ now: vn('2026-12-07', '08:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_ALREADY_STARTED' });
    givenAbsence(requested()).when(absenceCmd.cancel({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'REQUESTER_ONLY' });
    const refused = givenAbsence(requested()).when(absenceCmd.refuse()).then(anything).events;
    givenAbsence([...requested(), ...refused]).when(absenceCmd.cancel()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_CLOSED' });
  });

  it('a leader back early: the Office cuts the trip short; the working days are counted again', () => {
    const trip = givenAbsence([]).when(absenceCmd.leaderTrip()).then(anything).events;
    const { state } = givenAbsence(trip)
      .when(absenceCmd.cutShort())
      .then([{ type: 'AbsenceCutShort', data: { to: '2026-12-09', toHalf: 'afternoon', workingDays: 3, by: userId('vanthu1'), at: vn('2026-12-09', '16:00') } }]);
    expect(state).toMatchObject({ status: 'recorded', to: '2026-12-09', workingDays: 3, cutShort: { plannedTo: '2026-12-11', plannedToHalf: 'afternoon' } });
    givenAbsence(trip).when(absenceCmd.cutShort({ to: '2026-12-11' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SHORTER', field: 'to' });
    givenAbsence(trip).when(absenceCmd.cutShort({ to: '2026-12-04' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERIOD' });
    givenAbsence(trip).when(absenceCmd.cutShort({ now: vn('2026-12-04') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_NOT_STARTED' });
    givenAbsence(trip).when(absenceCmd.cutShort({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'REQUESTER_OR_APPROVER' });
    givenAbsence(requested()).when(absenceCmd.cutShort({ actor: actor('cv.kt1') })).thenThrows({ code: 'WRONG_STATE', rule: 'NOT_IN_FORCE' });
  });
});

describe('the page’s buttons and the leader’s delegation', () => {
  it('derives each person’s steps from the same guards', () => {
    const state = givenAbsence([]).when(absenceCmd.request()).then(anything).state;
    expect(absenceActions(state, actor('tp.kt'), DECIDED_AT)).toEqual(['approve', 'refuse']);
    expect(absenceActions(state, actor('chanh.vp'), DECIDED_AT)).toEqual(['approve', 'refuse']);
    expect(absenceActions(state, actor('cv.kt1'), DECIDED_AT)).toEqual(['cancel']);
    expect(absenceActions(state, actor('tp.vx'), DECIDED_AT)).toEqual([]);
  });

  it('a committee leader or the office chief away more than one working day calls for a KT. delegation', () => {
    const trip = givenAbsence([]).when(absenceCmd.leaderTrip()).then(anything).state as AbsenceRecord;
    expect(absenceCallsForDelegation(trip, user('chu.tich'))).toBe(true);
    expect(absenceCallsForDelegation({ ...trip, workingDays: 1 }, user('chu.tich'))).toBe(false);
    expect(absenceCallsForDelegation({ ...trip, status: 'cancelled' }, user('chu.tich'))).toBe(false);
    expect(absenceCallsForDelegation({ ...trip, workingDays: 3 }, user('tp.kt'))).toBe(false);
  });
});
