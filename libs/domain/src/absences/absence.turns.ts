import { localDateOf } from '../calendar';
import { hasRole } from '../organisation';
import { allows, forbidden, ruleViolation, wrongState, type Actor } from '../shared';
import { HEAD_APPROVAL_LIMIT_DAYS, headsDepartmentOf, RECORDER_ROLES, type ApprovalRoute } from './absence.approval';
import type { AbsenceStep } from './absence.commands';
import type { AbsenceRecord, AbsenceState } from './absence.state';

/*
 * Whose turn it is on an absence: ONE set of guards. The decider checks them first (WRONG_STATE,
 * then FORBIDDEN) and `absenceActions` derives the page's buttons from them.
 */

export const ABSENCE_STEP_LABELS: Readonly<Record<AbsenceStep, string>> = {
  request: 'đăng ký nghỉ, công tác',
  approve: 'duyệt',
  refuse: 'không duyệt',
  cancel: 'hủy',
  'cut-short': 'báo trở lại làm việc sớm',
};

/** The requester themselves; for what the Office recorded, also its clerks and chief. */
function isOwnerOf(actor: Actor, state: { requesterId: string; route: ApprovalRoute }): boolean {
  return actor.userId === state.requesterId || (state.route === 'recorded' && hasRole(actor, ...RECORDER_ROLES));
}

export function guardRequest(state: AbsenceState, actor: Actor, requesterId: string, route: ApprovalRoute): void {
  if (state.status !== 'none') throw wrongState('Đơn này đã được gửi', 'ALREADY_REQUESTED');
  if (!isOwnerOf(actor, { requesterId, route })) {
    throw forbidden('OWN_REQUEST_ONLY', 'Mỗi người tự đăng ký nghỉ, công tác; Văn phòng chỉ ghi nhận lịch vắng của lãnh đạo UBND tỉnh và Chánh Văn phòng');
  }
}

/**
 * Duyệt / không duyệt (QC Art. 16): the office chief any request; the head of the requester's own
 * department a request of up to one working day (its route is then the head's). A head asked for
 * more gets ABSENCE_BEYOND_HEAD_LIMIT; anyone else NOT_APPROVER_OF_REQUESTER.
 */
export function guardDecision(state: AbsenceState, actor: Actor): AbsenceRecord {
  if (state.status === 'none') throw wrongState('Chưa có đơn này');
  if (state.status !== 'requested') throw wrongState('Đơn đã được xử lý', 'ALREADY_DECIDED');
  if (actor.userId === state.requesterId) throw forbidden('NOT_APPROVER_OF_REQUESTER', 'Không tự duyệt đơn của chính mình');
  if (hasRole(actor, 'office_chief')) return state;
  if (headsDepartmentOf(actor, state)) {
    if (state.route === 'department_head') return state;
    if (state.workingDays > HEAD_APPROVAL_LIMIT_DAYS) {
      throw forbidden('ABSENCE_BEYOND_HEAD_LIMIT', `Trưởng phòng chỉ duyệt vắng không quá ${HEAD_APPROVAL_LIMIT_DAYS} ngày làm việc; đơn ${state.workingDays} ngày do Chánh Văn phòng duyệt`);
    }
  }
  throw forbidden('NOT_APPROVER_OF_REQUESTER', 'Người duyệt là Trưởng phòng của người xin nghỉ (không quá 1 ngày làm việc) hoặc Chánh Văn phòng');
}

export function guardCancel(state: AbsenceState, actor: Actor, now: string): AbsenceRecord {
  if (state.status === 'none') throw wrongState('Chưa có đơn này');
  if (state.status === 'refused' || state.status === 'cancelled') throw wrongState('Đơn đã kết thúc', 'ALREADY_CLOSED');
  if (!isOwnerOf(actor, state)) throw forbidden('REQUESTER_ONLY', 'Chỉ người đăng ký (hoặc Văn phòng, với lịch của lãnh đạo) mới được hủy');
  if (localDateOf(now) >= state.from) throw ruleViolation('ABSENCE_ALREADY_STARTED', 'Đã bắt đầu nghỉ: không hủy được, hãy báo trở lại làm việc sớm', 'from');
  return state;
}

/** Báo trở lại sớm: the requester, whoever approved it, the office chief; the Office for what it recorded. */
export function guardCutShort(state: AbsenceState, actor: Actor, now: string): AbsenceRecord {
  if (state.status === 'none') throw wrongState('Chưa có đơn này');
  if (state.status !== 'approved' && state.status !== 'recorded') throw wrongState('Chỉ báo trở lại sớm với lịch vắng đã duyệt hoặc đã ghi nhận', 'NOT_IN_FORCE');
  if (!isOwnerOf(actor, state) && actor.userId !== state.decision?.by && !hasRole(actor, 'office_chief')) {
    throw forbidden('REQUESTER_OR_APPROVER', 'Chỉ người vắng, người đã duyệt hoặc Chánh Văn phòng mới được báo trở lại sớm');
  }
  if (localDateOf(now) < state.from) throw ruleViolation('ABSENCE_NOT_STARTED', 'Chưa bắt đầu nghỉ: hãy hủy đơn thay vì báo trở lại sớm', 'to');
  return state;
}

/** The steps `actor` may take on an absence at `now` (the page's buttons). */
export function absenceActions(state: AbsenceState, actor: Actor, now: string): AbsenceStep[] {
  const steps: Array<[AbsenceStep, () => unknown]> = [
    ['approve', () => guardDecision(state, actor)],
    ['refuse', () => guardDecision(state, actor)],
    ['cancel', () => guardCancel(state, actor, now)],
    ['cut-short', () => guardCutShort(state, actor, now)],
  ];
  return steps.filter(([, guard]) => allows(guard)).map(([step]) => step);
}
