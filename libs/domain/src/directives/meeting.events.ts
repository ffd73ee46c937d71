import type { LocalDate } from '../calendar';
import type { SubmissionTerms } from '../document';
import type { SigningOrgan } from '../numbering';
import type { DirectiveTerms } from './directive.types';
import { SESSION_EVENT_TYPES, type SessionEvent } from './session.events';

/*
 * The events of stream `meeting-<id>`: a leaders' meeting and its conclusion notice (Thông báo
 * kết luận, QC Art. 9.1), after the session's own events when it was convened beforehand. A public
 * contract; type strings are fixed forever. Every event says who (`by`) and when (`at`, the command's `now`).
 */
type Stamp = { by: string; at: string };

/** Cuộc họp: recorded by the specialist assigned to it, who then drafts the notice. */
export type MeetingHeld = {
  type: 'MeetingHeld';
  data: Stamp & {
    meetingId: string;
    title: string;
    heldOn: LocalDate;
    fieldCode: string;
    /** Lãnh đạo chủ trì: approves the conclusion notice. */
    presidingLeaderId: string;
    attendees: string[];
    /** The clock of the notice: 3 working days after the day of the meeting. */
    conclusionDue: { due: LocalDate; calendarVersion: string };
  };
};

/** Dự thảo Thông báo kết luận, with the directives it gives; a new draft replaces the last (and needs approval again). */
export type ConclusionNoticeDrafted = {
  type: 'ConclusionNoticeDrafted';
  data: Stamp & { excerpt: string; conclusions: string; directives: DirectiveTerms[]; late: boolean };
};

/** Thông qua: the presiding leader approves the draft; only then may it be submitted for signature. */
export type ConclusionNoticeApproved = { type: 'ConclusionNoticeApproved'; data: Stamp & { note: string | null } };

/** Phiếu trình of the notice to one competent leader: the document rules of submission (DOMAIN.md §2). */
export type ConclusionNoticeSubmitted = { type: 'ConclusionNoticeSubmitted'; data: Stamp & SubmissionTerms };
export type ConclusionNoticeInitialled = { type: 'ConclusionNoticeInitialled'; data: Stamp & { leaderId: string; note: string | null } };
export type ConclusionSubmissionReturned = { type: 'ConclusionSubmissionReturned'; data: Stamp & { note: string } };
export type ConclusionNoticeSigned = { type: 'ConclusionNoticeSigned'; data: Stamp & { signsAs: SigningOrgan; note: string | null } };
export type ConclusionSubmissionRejected = { type: 'ConclusionSubmissionRejected'; data: Stamp & { note: string } };

/**
 * Phát hành: numbered in the outgoing register like any outgoing document (`05/TB-UBND`); each
 * directive of the notice becomes a task, `directiveIds[i]` for `directives[i]` of the draft.
 */
export type ConclusionNoticeIssued = {
  type: 'ConclusionNoticeIssued';
  data: Stamp & {
    outgoingNumber: number;
    outgoingYear: number;
    symbol: string;
    recipients: string[];
    copies: number;
    signerId: string;
    signsAs: SigningOrgan;
    directiveIds: string[];
  };
};

/** A session convened beforehand (session.events.ts) comes first; a meeting recorded after the fact starts with `MeetingHeld`. */
export type MeetingEvent =
  | SessionEvent
  | MeetingHeld
  | ConclusionNoticeDrafted
  | ConclusionNoticeApproved
  | ConclusionNoticeSubmitted
  | ConclusionNoticeInitialled
  | ConclusionSubmissionReturned
  | ConclusionNoticeSigned
  | ConclusionSubmissionRejected
  | ConclusionNoticeIssued;

export const MEETING_EVENT_TYPES = [
  ...SESSION_EVENT_TYPES, 'MeetingHeld', 'ConclusionNoticeDrafted', 'ConclusionNoticeApproved', 'ConclusionNoticeSubmitted', 'ConclusionNoticeInitialled',
  'ConclusionSubmissionReturned', 'ConclusionNoticeSigned', 'ConclusionSubmissionRejected', 'ConclusionNoticeIssued',
] as const satisfies readonly MeetingEvent['type'][];

type MissingEventType = Exclude<MeetingEvent['type'], (typeof MEETING_EVENT_TYPES)[number]>;
/** Compile-time check that MEETING_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function meetingStreamName(meetingId: string): string {
  return `meeting-${meetingId}`;
}
