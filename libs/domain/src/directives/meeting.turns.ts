import { fieldOf, notInitialled, notSigned, requireAddressee, requireInitialler, requireIssuer } from '../document';
import { hasRole, type Organisation } from '../organisation';
import { allows, type Actor, forbidden, ruleViolation, wrongState, type DomainError } from '../shared';
import type { MeetingCommand } from './meeting.commands';
import { MEETING_STATUS_LABELS, type MeetingState, type MeetingStateOf } from './meeting.state';

/*
 * Whose turn it is on a meeting's conclusion notice: ONE table. The notice goes through the
 * signing path of documents (document/signing-path.ts: who initials, who signs, who issues, and
 * the refusals NOT_INITIALLED, NOT_SIGNED) after the presiding leader's approval
 * (CONCLUSION_NOT_APPROVED).
 */

export type MeetingStep = MeetingCommand['type'];
type Status = MeetingState['status'];

export const MEETING_STEP_LABELS: Readonly<Record<MeetingStep, string>> = {
  record: 'ghi nhận cuộc họp',
  conclusion: 'dự thảo thông báo kết luận',
  'approve-conclusion': 'thông qua thông báo kết luận',
  submit: 'trình ký thông báo kết luận',
  initial: 'ký nháy phiếu trình',
  sign: 'ký thông báo kết luận',
  issue: 'phát hành thông báo kết luận',
};

type Who = (meeting: MeetingState, actor: Actor, organisation: Organisation, step: MeetingStep) => void;

const SPECIALIST: Who = (_meeting, actor, _organisation, step) => {
  if (!hasRole(actor, 'specialist')) throw forbidden('SPECIALIST_ONLY', `Chỉ chuyên viên mới được ${MEETING_STEP_LABELS[step]}`);
};
/** Chuyên viên được phân công: who recorded the meeting drafts and submits its notice. */
const MEETING_SPECIALIST: Who = (meeting, actor, _organisation, step) => {
  if (meeting.status !== 'none' && actor.userId !== meeting.specialistId) {
    throw forbidden('NOT_MEETING_SPECIALIST', `Chỉ chuyên viên được phân công theo dõi cuộc họp mới được ${MEETING_STEP_LABELS[step]}`);
  }
};
const PRESIDING: Who = (meeting, actor) => {
  if (meeting.status !== 'none' && actor.userId !== meeting.presidingLeaderId) {
    throw forbidden('NOT_PRESIDING_LEADER', 'Chỉ lãnh đạo chủ trì cuộc họp mới được thông qua thông báo kết luận');
  }
};
const INITIALLER: Who = (meeting, actor, organisation) => {
  if (meeting.status !== 'none') requireInitialler(actor, fieldOf(meeting, organisation));
};
const ADDRESSEE: Who = (meeting, actor) => {
  if (meeting.status !== 'none' && meeting.submission) requireAddressee(actor, meeting.submission);
};
const ISSUER: Who = (_meeting, actor) => requireIssuer(actor);

/** The presiding leader approves the notice before it is submitted or signed (QC Art. 9.1). */
export function conclusionNotApproved(): DomainError {
  return ruleViolation('CONCLUSION_NOT_APPROVED', 'Thông báo kết luận chưa được lãnh đạo chủ trì cuộc họp thông qua');
}

interface Turn<S extends Status> {
  statuses: readonly S[];
  who: Who;
  /** Statuses in which the step comes too early: a rule (422) rather than the wrong state (409). */
  tooEarly?: Partial<Record<Status, () => DomainError>>;
}
const turn = <S extends Status>(statuses: readonly S[], who: Who, tooEarly?: Turn<S>['tooEarly']): Turn<S> => ({ statuses, who, tooEarly });

export const MEETING_TURNS = {
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

/** The steps on a recorded meeting, in the order of its notice's path. */
const MEETING_PATH: readonly MeetingStep[] = ['conclusion', 'approve-conclusion', 'submit', 'initial', 'sign', 'issue'];

/** The steps `actor` may take now on a meeting: the page's buttons, from the turn table itself. */
export function meetingActions(state: MeetingState, actor: Actor, organisation: Organisation): MeetingStep[] {
  return MEETING_PATH.filter((step) => allows(() => guardMeetingStep(step, state, actor, organisation)));
}
