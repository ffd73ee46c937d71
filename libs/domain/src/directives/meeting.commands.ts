import type { LocalDate } from '../calendar';
import type { SignDecision } from '../document';
import type { Actor } from '../shared';
import type { DirectiveInput } from './directive.commands';
import type { SessionCommand } from './session.commands';

/**
 * Commands on stream `meeting-<id>`; `type` is the step's name in the HTTP path
 * (`POST /api/meetings/:id/<type>`; `record` is `POST /api/meetings`). Ids and numbers are made
 * by the application and passed in.
 */
interface CommandBase {
  meetingId: string;
  actor: Actor;
  now: string;
}

export interface RecordMeeting extends CommandBase {
  type: 'record';
  title: string;
  heldOn: LocalDate;
  fieldCode: string;
  presidingLeaderId: string;
  attendees: string[];
}
/** A directive of the notice; the follow-up specialist defaults to the meeting's specialist. */
export type NoticeDirectiveInput = Omit<DirectiveInput, 'followUpSpecialistId'> & { followUpSpecialistId?: string | null };
export interface DraftConclusion extends CommandBase { type: 'conclusion'; excerpt: string; conclusions: string; directives: NoticeDirectiveInput[] }
export interface ApproveConclusion extends CommandBase { type: 'approve-conclusion'; note?: string | null }
/** The notice goes to exactly one leader; the draft is the notice itself (Thông báo). */
export interface SubmitConclusion extends CommandBase { type: 'submit'; leaderId: string | string[]; proposal: string; reservedOpinion?: string | null }
export interface InitialConclusion extends CommandBase { type: 'initial'; agree: boolean; note?: string | null }
export interface SignConclusion extends CommandBase { type: 'sign'; decision: SignDecision; note?: string | null }
/** `outgoingNumber` from the outgoing series (`outgoingSeriesKey`); one id per directive of the notice, for its task. */
export interface IssueConclusion extends CommandBase { type: 'issue'; outgoingNumber: number; recipients: string[]; copies: number; directiveIds: string[] }

export type MeetingCommand = SessionCommand | RecordMeeting | DraftConclusion | ApproveConclusion | SubmitConclusion | InitialConclusion | SignConclusion | IssueConclusion;
