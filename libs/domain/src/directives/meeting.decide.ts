import { localDateOf } from '../calendar';
import { fieldOf } from '../document';
import { optionalText, requireInstant, requireLocalDate, requireText, ruleViolation, textList, type Actor } from '../shared';
import { directiveTermsOf, requireLeader } from './directive.inputs';
import type { DirectivesContext } from './directives.context';
import type { ApproveConclusion, DraftConclusion, MeetingCommand, RecordMeeting } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import { issueConclusion, initialConclusion, signConclusion, submitConclusion } from './meeting.signing';
import type { MeetingState } from './meeting.state';
import { guardMeetingStep } from './meeting.turns';
import { decideSession, type HeldFrom } from './session.decide';

/** The notice is due this many working days after the day of the meeting ("chậm nhất là 3 ngày", QC Art. 9.1). */
export const CONCLUSION_WORKING_DAYS = 3;
/** A notice lists at most this many directives. */
const MAX_DIRECTIVES = 100;

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** `MeetingHeld` with the notice's clock: 3 working days after the day of the meeting. */
const heldFrom =
  ({ calendar }: DirectivesContext): HeldFrom =>
  (facts, command) => ({
    type: 'MeetingHeld',
    data: {
      ...facts,
      attendees: textList(facts.attendees, 'attendees', 'ATTENDEES_REQUIRED', 'Cần ghi thành phần dự họp'),
      conclusionDue: { due: calendar.addWorkingDays(facts.heldOn, CONCLUSION_WORKING_DAYS), calendarVersion: calendar.version },
      ...stampOf(command),
    },
  });

/** Cuộc họp recorded after the fact: presided by a leader, in a field, on a day not after today; the notice's clock starts from it. */
function record(command: RecordMeeting, state: MeetingState, context: DirectivesContext): MeetingEvent[] {
  const { organisation } = context;
  guardMeetingStep('record', state, command.actor, organisation);
  const heldOn = requireLocalDate(command.heldOn, 'heldOn');
  if (heldOn > localDateOf(command.now)) throw ruleViolation('MEETING_IN_FUTURE', 'Chỉ ghi nhận cuộc họp đã diễn ra', 'heldOn');
  const { code: fieldCode } = fieldOf({ fieldCode: command.fieldCode }, organisation);
  const facts = {
    meetingId: requireText(command.meetingId, 'meetingId', 'REQUIRED', 'Thiếu mã cuộc họp'),
    title: requireText(command.title, 'title', 'TITLE_REQUIRED', 'Cần ghi tên cuộc họp'),
    heldOn,
    fieldCode,
    presidingLeaderId: requireLeader(command.presidingLeaderId, organisation, 'presidingLeaderId', 'PRESIDING_NOT_A_LEADER'),
    attendees: command.attendees,
  };
  return [heldFrom(context)(facts, command)];
}

/**
 * Dự thảo Thông báo kết luận with its directives (each becomes a task when the notice is issued).
 * Missing the 3-working-day clock never blocks the draft: it is recorded as late.
 */
function draftConclusion(command: DraftConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  const meeting = guardMeetingStep('conclusion', state, command.actor, organisation);
  const excerpt = requireText(command.excerpt, 'excerpt', 'EXCERPT_REQUIRED', 'Cần ghi trích yếu của thông báo kết luận');
  const conclusions = requireText(command.conclusions, 'conclusions', 'CONCLUSIONS_REQUIRED', 'Cần ghi nội dung kết luận của lãnh đạo chủ trì');
  if (!Array.isArray(command.directives) || command.directives.length === 0 || command.directives.length > MAX_DIRECTIVES) {
    throw ruleViolation('DIRECTIVES_REQUIRED', `Thông báo kết luận cần từ 1 đến ${MAX_DIRECTIVES} ý kiến chỉ đạo giao nhiệm vụ`, 'directives');
  }
  const directives = command.directives.map((directive, i) =>
    directiveTermsOf({ ...directive, followUpSpecialistId: directive?.followUpSpecialistId ?? meeting.specialistId }, organisation, command.now, `directives[${i}].`),
  );
  const late = localDateOf(command.now) > meeting.conclusionDue.due;
  return [{ type: 'ConclusionNoticeDrafted', data: { excerpt, conclusions, directives, late, ...stampOf(command) } }];
}

function approveConclusion(command: ApproveConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  guardMeetingStep('approve-conclusion', state, command.actor, organisation);
  return [{ type: 'ConclusionNoticeApproved', data: { note: optionalText(command.note), ...stampOf(command) } }];
}

/**
 * The decider of a meeting and its conclusion notice (DOMAIN.md §8, QC Art. 9.1): the events a
 * command causes in the given state, or a `DomainError`. Pure: time, actor, ids and numbers come
 * with the command.
 */
export function decideMeeting(command: MeetingCommand, state: MeetingState, context: DirectivesContext): MeetingEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'record':
      return record(command, state, context);
    case 'conclusion':
      return draftConclusion(command, state, context);
    case 'approve-conclusion':
      return approveConclusion(command, state, context);
    case 'submit':
      return submitConclusion(command, state, context);
    case 'initial':
      return initialConclusion(command, state, context);
    case 'sign':
      return signConclusion(command, state, context);
    case 'issue':
      return issueConclusion(command, state, context);
    default:
      return decideSession(command, state, context, heldFrom(context));
  }
}
