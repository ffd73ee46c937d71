import type { Actor } from '../shared';
import type { AttendanceEntry, SessionTerms } from './session.types';

/**
 * Commands of a session before it is held, on stream `meeting-<id>`; `type` is the step's name in
 * the HTTP path (`POST /api/meetings/:id/<type>`; `convene` is `POST /api/meetings/convene`).
 * Ids (meeting, agenda items, papers) are made by the application and passed in.
 */
interface CommandBase {
  meetingId: string;
  actor: Actor;
  now: string;
}

export type AgendaItemInput = { itemId: string; title: string; presentingAgency: string; programmeItemRef?: string | null };

export interface ConveneSession extends CommandBase, SessionTerms {
  type: 'convene';
  agenda: AgendaItemInput[];
}
export interface RegisterSessionPaper extends CommandBase {
  type: 'papers';
  paperId: string;
  agendaItemId: string;
  title: string;
  documentId?: string | null;
  attachmentHash?: string | null;
}
export interface DistributeSessionPapers extends CommandBase { type: 'distribute-papers'; paperIds: string[] }
export interface ReportAbsence extends CommandBase { type: 'report-absence'; member: string; reason: string }
export interface DecideAbsence extends CommandBase { type: 'decide-absence'; member: string; approved: boolean; note?: string | null }
export type AttendanceInput = Omit<AttendanceEntry, 'representative'> & { representative?: string | null };
export interface RecordAttendance extends CommandBase { type: 'attendance'; entries: AttendanceInput[] }
export interface RecordMinutes extends CommandBase { type: 'minutes'; text: string; attachmentHash?: string | null }

export type SessionCommand = ConveneSession | RegisterSessionPaper | DistributeSessionPapers | ReportAbsence | DecideAbsence | RecordAttendance | RecordMinutes;
