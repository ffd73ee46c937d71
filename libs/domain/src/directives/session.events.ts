import type { AgendaItem, AttendanceEntry, PapersRule, SessionTerms } from './session.types';

/*
 * The events of a session before it is held, on the meeting's own stream `meeting-<id>` (a public
 * contract; type strings are fixed forever). A stream that starts with `MeetingHeld` (a meeting
 * recorded after the fact) has none of them and stays valid.
 */
type Stamp = { by: string; at: string };

/** Triệu tập: the office's leader convenes the session; the papers' due instant is fixed now, with the rule it came from. */
export type SessionConvened = {
  type: 'SessionConvened';
  data: Stamp & SessionTerms & { meetingId: string; agenda: AgendaItem[]; papersDue: { due: string; rule: PapersRule } };
};

export type SessionPaperRegistered = {
  type: 'SessionPaperRegistered';
  data: Stamp & { paperId: string; agendaItemId: string; title: string; documentId: string | null; attachmentHash: string | null };
};

/** Gửi tài liệu: after the due instant it is still recorded, as late (never refused). */
export type SessionPapersDistributed = { type: 'SessionPapersDistributed'; data: Stamp & { paperIds: string[]; late: boolean; daysLate: number } };

/** Báo cáo vắng mặt có lý do, by the member or by the session's specialist on their behalf. */
export type SessionAbsenceReported = { type: 'SessionAbsenceReported'; data: Stamp & { member: string; reason: string } };
/** The presiding leader's answer to an absence. */
export type SessionAbsenceDecided = { type: 'SessionAbsenceDecided'; data: Stamp & { member: string; approved: boolean; note: string | null } };
export type SessionAttendanceRecorded = { type: 'SessionAttendanceRecorded'; data: Stamp & { entries: AttendanceEntry[] } };
/** Biên bản: followed in the same decision by `MeetingHeld`, which starts the conclusion notice's clock. */
export type SessionMinutesRecorded = { type: 'SessionMinutesRecorded'; data: Stamp & { text: string; attachmentHash: string | null } };

export type SessionEvent =
  | SessionConvened
  | SessionPaperRegistered
  | SessionPapersDistributed
  | SessionAbsenceReported
  | SessionAbsenceDecided
  | SessionAttendanceRecorded
  | SessionMinutesRecorded;

export const SESSION_EVENT_TYPES = [
  'SessionConvened', 'SessionPaperRegistered', 'SessionPapersDistributed', 'SessionAbsenceReported', 'SessionAbsenceDecided', 'SessionAttendanceRecorded',
  'SessionMinutesRecorded',
] as const satisfies readonly SessionEvent['type'][];

type MissingEventType = Exclude<SessionEvent['type'], (typeof SESSION_EVENT_TYPES)[number]>;
/** Compile-time check that SESSION_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;
