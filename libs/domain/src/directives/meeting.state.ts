import type { LocalDate } from '../calendar';
import type { Initial, Submission } from '../document';
import type { SigningOrgan } from '../numbering';
import type { DirectiveTerms } from './directive.types';
import type { MeetingEvent } from './meeting.events';
import { convenedMeeting, evolveSession, type ConvenedMeeting } from './session.state';
import type { Session } from './session.types';

/*
 * State machine of a meeting and its conclusion notice (stream `meeting-<id>`), QC Art. 9.1:
 *
 *   none ──convene──▶ convened ──papers, distribute-papers, report-absence, decide-absence, attendance──▶ convened
 *   convened ──minutes──▶ held   (the minutes and MeetingHeld in one decision; session.decide.ts)
 *   none ──record──▶ held ──conclusion──▶ drafted ──approve-conclusion──▶ approved
 *   drafted | approved ──conclusion──▶ drafted   (a new draft needs approval again)
 *   approved ──submit──▶ submitted ──initial──▶ initialled ──sign──▶ signed ──issue──▶ issued
 *   submitted ──initial (not agreed)──▶ approved;  initialled ──sign (rejected)──▶ approved
 */

export const MEETING_STATUSES = ['convened', 'held', 'drafted', 'approved', 'submitted', 'initialled', 'signed', 'issued'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus | 'none', string>> = {
  none: 'Chưa ghi nhận',
  convened: 'Đã triệu tập, chưa họp',
  held: 'Đã họp, chờ dự thảo thông báo kết luận',
  drafted: 'Đã dự thảo, chờ lãnh đạo chủ trì thông qua',
  approved: 'Lãnh đạo chủ trì đã thông qua, chờ trình ký',
  submitted: 'Đã trình, chờ lãnh đạo Văn phòng ký nháy',
  initialled: 'Đã ký nháy, chờ lãnh đạo ký',
  signed: 'Đã ký, chờ phát hành',
  issued: 'Đã phát hành thông báo kết luận',
};

/** The leader's signature of the notice, and as which organ (the symbol's UBND or VPUBND). */
export type NoticeSignature = { signsAs: SigningOrgan; note: string | null; by: string; at: string };

/** Thông báo kết luận as drafted. */
export type ConclusionNotice = { excerpt: string; conclusions: string; directives: DirectiveTerms[]; late: boolean; by: string; at: string };
export type NoticeIssue = {
  outgoingNumber: number;
  outgoingYear: number;
  symbol: string;
  recipients: string[];
  copies: number;
  signerId: string;
  signsAs: SigningOrgan;
  directiveIds: string[];
  by: string;
  at: string;
};

export type MeetingFacts = {
  meetingId: string;
  title: string;
  heldOn: LocalDate;
  fieldCode: string;
  presidingLeaderId: string;
  attendees: string[];
  /** The specialist who recorded the meeting drafts and submits its notice. */
  specialistId: string;
  conclusionDue: { due: LocalDate; calendarVersion: string };
  /** The session as convened beforehand; null for a meeting recorded after the fact. */
  session: Session | null;
  notice: ConclusionNotice | null;
  approval: { note: string | null; by: string; at: string } | null;
  submission: Submission | null;
  initial: Initial | null;
  signature: NoticeSignature | null;
  lastSetBack: { kind: 'submission_returned' | 'submission_rejected'; reason: string; by: string; at: string } | null;
  issue: NoticeIssue | null;
};

type Present<K extends keyof MeetingFacts> = { [P in K]: NonNullable<MeetingFacts[P]> };

export type NoMeeting = { status: 'none' };
export type HeldMeeting = MeetingFacts & { status: 'held' };
export type DraftedMeeting = MeetingFacts & Present<'notice'> & { status: 'drafted' };
export type ApprovedMeeting = MeetingFacts & Present<'notice' | 'approval'> & { status: 'approved' };
export type SubmittedMeeting = MeetingFacts & Present<'notice' | 'approval' | 'submission'> & { status: 'submitted' };
export type InitialledMeeting = MeetingFacts & Present<'notice' | 'approval' | 'submission' | 'initial'> & { status: 'initialled' };
export type SignedMeeting = MeetingFacts & Present<'notice' | 'approval' | 'submission' | 'initial' | 'signature'> & { status: 'signed' };
export type IssuedMeeting = MeetingFacts & Present<'notice' | 'approval' | 'submission' | 'initial' | 'signature' | 'issue'> & { status: 'issued' };

export type RecordedMeeting = HeldMeeting | DraftedMeeting | ApprovedMeeting | SubmittedMeeting | InitialledMeeting | SignedMeeting | IssuedMeeting;
export type MeetingState = NoMeeting | ConvenedMeeting | RecordedMeeting;
export type { ConvenedMeeting };
type RecordedStatus = RecordedMeeting['status'];
export type MeetingStateOf<S extends MeetingState['status']> = Extract<MeetingState, { status: S }>;

export const initialMeetingState: MeetingState = { status: 'none' };

const APPROVED: (keyof MeetingFacts)[] = ['notice', 'approval'];
const GUARANTEED: Record<RecordedStatus, (keyof MeetingFacts)[]> = {
  held: [],
  drafted: ['notice'],
  approved: APPROVED,
  submitted: [...APPROVED, 'submission'],
  initialled: [...APPROVED, 'submission', 'initial'],
  signed: [...APPROVED, 'submission', 'initial', 'signature'],
  issued: [...APPROVED, 'submission', 'initial', 'signature', 'issue'],
};

/** The only cast of the module: a status with its facts if they give what it guarantees, else the previous state (evolve never throws). */
function become(status: RecordedStatus, facts: MeetingFacts, previous: RecordedMeeting): RecordedMeeting {
  return GUARANTEED[status].every((key) => facts[key] !== null) ? ({ ...facts, status } as RecordedMeeting) : previous;
}

function factsOf(state: RecordedMeeting): MeetingFacts {
  const { status: _status, ...facts } = state;
  return facts;
}

const NOT_SUBMITTED = { submission: null, initial: null, signature: null } as const;

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'SessionConvened') return state.status === 'none' ? convenedMeeting(event) : state;
  if (event.type === 'MeetingHeld') {
    if (state.status !== 'none' && state.status !== 'convened') return state;
    const { by, at: _at, ...held } = event.data;
    const session = state.status === 'convened' ? state.session : null;
    return { status: 'held', ...held, specialistId: by, session, notice: null, approval: null, ...NOT_SUBMITTED, lastSetBack: null, issue: null };
  }
  if (state.status === 'none') return state;
  if (state.status === 'convened') return { ...state, session: evolveSession(state.session, event) };
  const facts = factsOf(state);
  switch (event.type) {
    case 'ConclusionNoticeDrafted':
      return become('drafted', { ...facts, notice: { ...event.data }, approval: null }, state);
    case 'ConclusionNoticeApproved':
      return become('approved', { ...facts, approval: { ...event.data } }, state);
    case 'ConclusionNoticeSubmitted': {
      const { by, at, ...terms } = event.data;
      return become('submitted', { ...facts, submission: { ...terms, by, at }, initial: null, signature: null }, state);
    }
    case 'ConclusionNoticeInitialled': {
      const { note, by, at } = event.data;
      return become('initialled', { ...facts, initial: { note, by, at } }, state);
    }
    case 'ConclusionNoticeSigned':
      return become('signed', { ...facts, signature: { ...event.data } }, state);
    case 'ConclusionSubmissionReturned':
    case 'ConclusionSubmissionRejected': {
      const kind = event.type === 'ConclusionSubmissionReturned' ? 'submission_returned' : 'submission_rejected';
      return become('approved', { ...facts, ...NOT_SUBMITTED, lastSetBack: { kind, reason: event.data.note, by: event.data.by, at: event.data.at } }, state);
    }
    case 'ConclusionNoticeIssued':
      return become('issued', { ...facts, issue: { ...event.data } }, state);
    default:
      return state;
  }
}

export function meetingStateFrom(events: readonly MeetingEvent[]): MeetingState {
  return events.reduce(evolveMeeting, initialMeetingState);
}

/** The directives of the current draft (none before a draft): the issue gives each one a task id. */
export function draftedDirectives(state: MeetingState): DirectiveTerms[] {
  return state.status === 'none' || state.status === 'convened' || state.notice === null ? [] : state.notice.directives;
}
