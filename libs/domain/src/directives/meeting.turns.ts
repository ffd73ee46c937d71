import { fieldOf, notInitialled, notSigned, requireAddressee, requireInitialler, requireIssuer } from '../document';
import { hasRole, OFFICE_LEADER_ROLES, type Organisation } from '../organisation';
import { allows, type Actor, forbidden, ruleViolation, wrongState, type DomainError } from '../shared';
import type { MeetingCommand } from './meeting.commands';
import { MEETING_STATUS_LABELS, type MeetingState, type MeetingStateOf } from './meeting.state';

/*
 * Whose turn it is on a meeting, from its convening to its conclusion notice: ONE table.
 *
 *   step              | status    | who
 *   convene           | none      | the office's chief or a deputy chief (on the chairman's instruction); not the clerk
 *   papers            | convened  | the session's specialist, or a clerk
 *   distribute-papers | convened  | the session's specialist, or a clerk
 *   report-absence    | convened  | an invited leader (for themself) or the session's specialist (for any member)
 *   decide-absence    | convened  | the presiding leader only (ABSENCE_APPROVAL_BY_PRESIDING_LEADER)
 *   attendance        | convened  | the session's specialist, or a clerk
 *   minutes           | convened  | the session's specialist, who then drafts the notice
 *   record … issue    | as below
 *
 * A session step on a meeting never convened is SESSION_NOT_CONVENED. The notice goes through the
 * signing path of documents (document/signing-path.ts: who initials, who signs, who issues, and
 * the refusals NOT_INITIALLED, NOT_SIGNED) after the presiding leader's approval
 * (CONCLUSION_NOT_APPROVED).
 */

export type MeetingStep = MeetingCommand['type'];
type Status = MeetingState['status'];

export const MEETING_STEP_LABELS: Readonly<Record<MeetingStep, string>> = {
  convene: 'triệu tập phiên họp',
  papers: 'đăng ký tài liệu phiên họp',
  'distribute-papers': 'gửi tài liệu phiên họp',
  'report-absence': 'báo cáo vắng mặt',
  'decide-absence': 'đồng ý hoặc không đồng ý vắng mặt',
  attendance: 'điểm danh thành phần dự họp',
  minutes: 'ghi biên bản phiên họp',
  record: 'ghi nhận cuộc họp',
  conclusion: 'dự thảo thông báo kết luận',
  'approve-conclusion': 'thông qua thông báo kết luận',
  submit: 'trình ký thông báo kết luận',
  initial: 'ký nháy phiếu trình',
  sign: 'ký thông báo kết luận',
  issue: 'phát hành thông báo kết luận',
};

type Who = (meeting: MeetingState, actor: Actor, organisation: Organisation, step: MeetingStep) => void;

/** Who presides and who follows the meeting, before and after it is held. */
const presidingOf = (meeting: MeetingState) => (meeting.status === 'none' ? null : meeting.status === 'convened' ? meeting.session.presidingLeaderId : meeting.presidingLeaderId);
const specialistOf = (meeting: MeetingState) => (meeting.status === 'none' ? null : meeting.status === 'convened' ? meeting.session.specialistId : meeting.specialistId);

const OFFICE_LEADER: Who = (_meeting, actor, _organisation, step) => {
  if (!hasRole(actor, ...OFFICE_LEADER_ROLES)) throw forbidden('CONVENE_BY_OFFICE_LEADER', `Chỉ Chánh Văn phòng hoặc Phó Chánh Văn phòng mới được ${MEETING_STEP_LABELS[step]}`);
};
/** The session's specialist or a clerk (văn thư) keeps its papers and attendance. */
const SESSION_STAFF: Who = (meeting, actor, _organisation, step) => {
  if (meeting.status !== 'none' && actor.userId !== specialistOf(meeting) && !hasRole(actor, 'clerk')) {
    throw forbidden('NOT_SESSION_STAFF', `Chỉ chuyên viên được phân công hoặc văn thư mới được ${MEETING_STEP_LABELS[step]}`);
  }
};
/** An invited leader reports their own absence; the specialist reports any member's (an agency head's by telephone or letter). */
const MEMBER_OR_SPECIALIST: Who = (meeting, actor, _organisation, step) => {
  if (meeting.status === 'convened' && actor.userId !== meeting.session.specialistId && !meeting.session.invitedLeaderIds.includes(actor.userId)) {
    throw forbidden('NOT_MEMBER_OR_SPECIALIST', `Chỉ thành viên được mời hoặc chuyên viên được phân công mới được ${MEETING_STEP_LABELS[step]}`);
  }
};
const ABSENCE_APPROVER: Who = (meeting, actor) => {
  if (meeting.status !== 'none' && actor.userId !== presidingOf(meeting)) {
    throw forbidden('ABSENCE_APPROVAL_BY_PRESIDING_LEADER', 'Chỉ lãnh đạo chủ trì phiên họp mới được đồng ý cho thành viên vắng mặt');
  }
};

const SPECIALIST: Who = (_meeting, actor, _organisation, step) => {
  if (!hasRole(actor, 'specialist')) throw forbidden('SPECIALIST_ONLY', `Chỉ chuyên viên mới được ${MEETING_STEP_LABELS[step]}`);
};
/** Chuyên viên được phân công: who recorded the meeting drafts and submits its notice. */
const MEETING_SPECIALIST: Who = (meeting, actor, _organisation, step) => {
  if (meeting.status !== 'none' && actor.userId !== specialistOf(meeting)) {
    throw forbidden('NOT_MEETING_SPECIALIST', `Chỉ chuyên viên được phân công theo dõi cuộc họp mới được ${MEETING_STEP_LABELS[step]}`);
  }
};
const PRESIDING: Who = (meeting, actor) => {
  if (meeting.status !== 'none' && actor.userId !== presidingOf(meeting)) {
    throw forbidden('NOT_PRESIDING_LEADER', 'Chỉ lãnh đạo chủ trì cuộc họp mới được thông qua thông báo kết luận');
  }
};
const INITIALLER: Who = (meeting, actor, organisation) => {
  if (meeting.status !== 'none' && meeting.status !== 'convened') requireInitialler(actor, fieldOf(meeting, organisation));
};
const ADDRESSEE: Who = (meeting, actor) => {
  if (meeting.status !== 'none' && meeting.status !== 'convened' && meeting.submission) requireAddressee(actor, meeting.submission);
};
const ISSUER: Who = (_meeting, actor) => requireIssuer(actor);

/** The presiding leader approves the notice before it is submitted or signed (QC Art. 9.1). */
export function conclusionNotApproved(): DomainError {
  return ruleViolation('CONCLUSION_NOT_APPROVED', 'Thông báo kết luận chưa được lãnh đạo chủ trì cuộc họp thông qua');
}

/** A session step on a meeting that was never convened (QC Art. 9.1: papers, attendance and minutes belong to a convened session). */
export function sessionNotConvened(): DomainError {
  return ruleViolation('SESSION_NOT_CONVENED', 'Phiên họp chưa được triệu tập');
}

interface Turn<S extends Status> {
  statuses: readonly S[];
  who: Who;
  /** Statuses in which the step comes too early: a rule (422) rather than the wrong state (409). */
  tooEarly?: Partial<Record<Status, () => DomainError>>;
}
const turn = <S extends Status>(statuses: readonly S[], who: Who, tooEarly?: Turn<S>['tooEarly']): Turn<S> => ({ statuses, who, tooEarly });

const NOT_CONVENED = { none: sessionNotConvened };

export const MEETING_TURNS = {
  convene: turn(['none'], OFFICE_LEADER),
  papers: turn(['convened'], SESSION_STAFF, NOT_CONVENED),
  'distribute-papers': turn(['convened'], SESSION_STAFF, NOT_CONVENED),
  'report-absence': turn(['convened'], MEMBER_OR_SPECIALIST, NOT_CONVENED),
  'decide-absence': turn(['convened'], ABSENCE_APPROVER, NOT_CONVENED),
  attendance: turn(['convened'], SESSION_STAFF, NOT_CONVENED),
  minutes: turn(['convened'], MEETING_SPECIALIST, NOT_CONVENED),
  record: turn(['none'], SPECIALIST),
  conclusion: turn(['held', 'drafted', 'approved'], MEETING_SPECIALIST),
  'approve-conclusion': turn(['drafted'], PRESIDING),
  submit: turn(['approved'], MEETING_SPECIALIST, { drafted: conclusionNotApproved }),
  initial: turn(['submitted'], INITIALLER),
  sign: turn(['initialled'], ADDRESSEE, { drafted: conclusionNotApproved, submitted: notInitialled }),
  issue: turn(['signed'], ISSUER, { drafted: conclusionNotApproved, approved: notSigned, submitted: notSigned, initialled: notSigned }),
} as const satisfies Record<MeetingStep, Turn<Status>>;

type StatusesOf<K extends MeetingStep> = (typeof MEETING_TURNS)[K]['statuses'][number];

/** The turn check of `step`: 409 outside its statuses, 403 for the wrong person, 422 for a step too early. */
export function guardMeetingStep<K extends MeetingStep>(step: K, state: MeetingState, actor: Actor, organisation: Organisation): MeetingStateOf<StatusesOf<K>> {
  const entry: Turn<Status> = MEETING_TURNS[step];
  const early = entry.tooEarly?.[state.status];
  if (!early && !entry.statuses.includes(state.status)) {
    throw wrongState(`Bước "${MEETING_STEP_LABELS[step]}" không áp dụng cho cuộc họp ở trạng thái "${MEETING_STATUS_LABELS[state.status]}"`);
  }
  entry.who(state, actor, organisation, step);
  if (early) throw early();
  // The only cast of the module: the status was just found among the step's statuses.
  return state as MeetingStateOf<StatusesOf<K>>;
}

/** The steps on a meeting, in the order of its path: the session's, then its notice's. */
const MEETING_PATH: readonly MeetingStep[] = ['papers', 'distribute-papers', 'report-absence', 'decide-absence', 'attendance', 'minutes', 'conclusion', 'approve-conclusion', 'submit', 'initial', 'sign', 'issue'];

/** The steps `actor` may take now on a meeting: the page's buttons, from the turn table itself. */
export function meetingActions(state: MeetingState, actor: Actor, organisation: Organisation): MeetingStep[] {
  return MEETING_PATH.filter((step) => allows(() => guardMeetingStep(step, state, actor, organisation)));
}
