import type { Actor } from '../shared';
import type { ScheduleWeekId } from './schedule-week';
import type { SchedulePaper } from './schedule.types';

/**
 * Commands on stream `schedule-week-<week>` (`POST /api/schedule/weeks/:week/…`). Optional request
 * fields may be omitted or null. `reason` is required once the week is published.
 */
interface CommandBase {
  week: ScheduleWeekId;
  actor: Actor;
  now: string;
}

/** An entry as written in the request (checked and trimmed into ScheduleEntryTerms). */
export interface ScheduleEntryInput {
  startsAt: string;
  endsAt: string;
  place: string;
  content: string;
  chairLeaderId: string;
  leaderIds?: string[] | null;
  attendees?: string | null;
  preparingUnit?: string | null;
  papers?: Array<{ documentId?: string | null; title: string }> | SchedulePaper[] | null;
  confidential?: boolean | null;
  meetingId?: string | null;
}

export interface DraftScheduleEntry extends CommandBase, ScheduleEntryInput {
  type: 'draft';
  entryId: string;
  reason?: string | null;
}
/** `entryVersion`: the entry's version the editor saw (an entry changed meanwhile is a 409, the week's other entries are not). */
export interface ReviseScheduleEntry extends CommandBase, ScheduleEntryInput {
  type: 'revise';
  entryId: string;
  entryVersion: number;
  reason?: string | null;
}
export interface CancelScheduleEntry extends CommandBase {
  type: 'cancel';
  entryId: string;
  entryVersion: number;
  reason?: string | null;
}
export interface PublishScheduleWeek extends CommandBase {
  type: 'publish';
}

export type ScheduleCommand = DraftScheduleEntry | ReviseScheduleEntry | CancelScheduleEntry | PublishScheduleWeek;
