import { COMMITTEE_LEADER_ROLES, hasRole, type User } from '../organisation';
import { oneOf, optionalText, requireLocalDate, requireText, ruleViolation } from '../shared';
import { approvalRouteOf } from './absence.approval';
import type { AbsenceCommand, ApproveAbsence, CancelAbsence, CutAbsenceShort, RefuseAbsence, RequestAbsence } from './absence.commands';
import type { AbsenceEvent } from './absence.events';
import type { AbsenceRecord, AbsenceState } from './absence.state';
import { guardCancel, guardCutShort, guardDecision, guardRequest } from './absence.turns';
import { ABSENCE_KINDS, HALVES, halfDayKey, isValidPeriod, periodsOverlap, workingDaysOf, type AbsencePeriod, type Half } from './absence.types';
import type { AbsencesContext } from './absences.context';

/* The decider of absences (QC Art. 16, DOMAIN.md §12): pure, refuses with coded rules. */

const halfOf = (value: unknown, fallback: Half, field: string): Half => (value == null ? fallback : oneOf(value, HALVES, field, 'Buổi phải là sáng (morning) hoặc chiều (afternoon)'));

function periodOf(command: { from: unknown; fromHalf?: unknown; to: unknown; toHalf?: unknown }): AbsencePeriod {
  const period = {
    from: requireLocalDate(command.from, 'from'), fromHalf: halfOf(command.fromHalf, 'morning', 'fromHalf'),
    to: requireLocalDate(command.to, 'to'), toHalf: halfOf(command.toHalf, 'afternoon', 'toHalf'),
  };
  if (!isValidPeriod(period)) throw ruleViolation('INVALID_PERIOD', 'Ngày (buổi) kết thúc không được trước ngày (buổi) bắt đầu', 'to');
  return period;
}

function refuseOverlap(absenceId: string, period: AbsencePeriod, { otherAbsences }: AbsencesContext): void {
  const other = otherAbsences.find((o) => o.absenceId !== absenceId && periodsOverlap(o, period));
  if (other) throw ruleViolation('ABSENCE_OVERLAPS', 'Trùng với một lịch nghỉ, công tác khác của cùng người', 'from', { absenceId: other.absenceId });
}

function requireRequester(command: RequestAbsence, context: AbsencesContext): User {
  const id = command.requesterId ?? command.actor.userId;
  const user = context.organisation.users.find((u) => u.id === id);
  if (!user) throw ruleViolation('UNKNOWN_USER', 'Người vắng mặt không có trong danh sách cán bộ', 'requesterId');
  return user;
}

function request(command: RequestAbsence, state: AbsenceState, context: AbsencesContext): AbsenceEvent[] {
  const requester = requireRequester(command, context);
  const kind = oneOf(command.kind, ABSENCE_KINDS, 'kind', 'Loại vắng mặt (nghỉ phép, nghỉ ốm, việc riêng, đi công tác) không hợp lệ');
  const period = periodOf(command);
  const workingDays = workingDaysOf(period, context.calendar);
  if (workingDays <= 0) throw ruleViolation('NO_WORKING_DAY', 'Khoảng thời gian đăng ký không có ngày làm việc nào', 'from');
  const { route } = approvalRouteOf(requester, workingDays);
  guardRequest(state, command.actor, requester.id, route);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Cần ghi lý do nghỉ, nội dung công tác');
  const place = optionalText(command.place);
  if (kind === 'business_trip' && place === null) throw ruleViolation('PLACE_REQUIRED', 'Đi công tác phải ghi nơi đến', 'place');
  refuseOverlap(command.absenceId, period, context);
  const facts = {
    absenceId: command.absenceId, requesterId: requester.id, departmentId: requester.departmentId, kind, ...period, workingDays, reason,
    place: kind === 'business_trip' ? place : null,
  };
  const stamp = { by: command.actor.userId, at: command.now };
  if (route === 'recorded') return [{ type: 'LeaderAbsenceRecorded', data: { ...facts, ...stamp } }];
  return [{ type: 'AbsenceRequested', data: { ...facts, route, ...stamp } }];
}

function approve(command: ApproveAbsence, state: AbsenceState, context: AbsencesContext): AbsenceEvent[] {
  const record = guardDecision(state, command.actor);
  refuseOverlap(record.absenceId, record, context);
  return [{ type: 'AbsenceApproved', data: { note: optionalText(command.note), by: command.actor.userId, at: command.now } }];
}

function refuse(command: RefuseAbsence, state: AbsenceState): AbsenceEvent[] {
  guardDecision(state, command.actor);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Không duyệt phải nêu lý do');
  return [{ type: 'AbsenceRefused', data: { reason, by: command.actor.userId, at: command.now } }];
}

function cancel(command: CancelAbsence, state: AbsenceState): AbsenceEvent[] {
  guardCancel(state, command.actor, command.now);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Hủy đơn phải nêu lý do');
  return [{ type: 'AbsenceCancelled', data: { reason, by: command.actor.userId, at: command.now } }];
}

function cutShort(command: CutAbsenceShort, state: AbsenceState, context: AbsencesContext): AbsenceEvent[] {
  const record = guardCutShort(state, command.actor, command.now);
  const period = periodOf({ from: record.from, fromHalf: record.fromHalf, to: command.to, toHalf: command.toHalf });
  if (halfDayKey(period.to, period.toHalf) >= halfDayKey(record.to, record.toHalf)) {
    throw ruleViolation('NOT_SHORTER', 'Ngày trở lại phải trước ngày kết thúc đã đăng ký', 'to');
  }
  return [{ type: 'AbsenceCutShort', data: { to: period.to, toHalf: period.toHalf, workingDays: workingDaysOf(period, context.calendar), by: command.actor.userId, at: command.now } }];
}

export function decideAbsence(command: AbsenceCommand, state: AbsenceState, context: AbsencesContext): AbsenceEvent[] {
  switch (command.type) {
    case 'request':
      return request(command, state, context);
    case 'approve':
      return approve(command, state, context);
    case 'refuse':
      return refuse(command, state);
    case 'cancel':
      return cancel(command, state);
    case 'cut-short':
      return cutShort(command, state, context);
  }
}

/**
 * QC Art. 16.1: a leader (a committee leader, the office chief) away for more than one working day
 * hands authority to a deputy. True when this absence calls for the proposed KT. delegation
 * (`proposeDelegationForAbsence` decides to whom, and whether the leader has a deputy to give it to).
 */
export function absenceCallsForDelegation(absence: AbsenceRecord, requester: Pick<User, 'roles'> | undefined): boolean {
  if (absence.status !== 'approved' && absence.status !== 'recorded') return false;
  return absence.workingDays > 1 && requester !== undefined && hasRole(requester, ...COMMITTEE_LEADER_ROLES, 'office_chief');
}
