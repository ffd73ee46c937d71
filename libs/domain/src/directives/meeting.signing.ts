import { localDateOf } from '../calendar';
import { fieldOf, initialOutcome, issueDistribution, signOutcome, submissionTerms } from '../document';
import { outgoingSeriesKey } from '../numbering';
import { type Actor, ruleViolation } from '../shared';
import type { DirectivesContext } from './directives.context';
import type { InitialConclusion, IssueConclusion, SignConclusion, SubmitConclusion } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
import { stampConclusionNumber, type UnnumberedConclusionIssue, type UnnumberedIssueConclusion } from './meeting.numbers';
import type { MeetingState } from './meeting.state';
import { guardMeetingStep } from './meeting.turns';

/*
 * The approved notice on the signing path of documents (DOMAIN.md §2): the same submission,
 * initial, signature and issue rules (document/signing-path.ts), the same outgoing numbering.
 */

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** Phiếu trình to one leader competent for the meeting's field; the draft is the notice (Thông báo, `TB`). */
export function submitConclusion(command: SubmitConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  const meeting = guardMeetingStep('submit', state, command.actor, organisation);
  const leaderIds = Array.isArray(command.leaderId) ? command.leaderId : [command.leaderId];
  const terms = submissionTerms({ ...command, leaderIds, draft: { documentType: 'notice', excerpt: meeting.notice.excerpt } }, fieldOf(meeting, organisation), organisation, 'leaderId');
  return [{ type: 'ConclusionNoticeSubmitted', data: { ...terms, ...stampOf(command) } }];
}

export function initialConclusion(command: InitialConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  const meeting = guardMeetingStep('initial', state, command.actor, organisation);
  const outcome = initialOutcome(command);
  if (!outcome.agree) return [{ type: 'ConclusionSubmissionReturned', data: { note: outcome.note, ...stampOf(command) } }];
  return [{ type: 'ConclusionNoticeInitialled', data: { leaderId: meeting.submission.leaderId, note: outcome.note, ...stampOf(command) } }];
}

export function signConclusion(command: SignConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  const meeting = guardMeetingStep('sign', state, command.actor, organisation);
  const outcome = signOutcome(command);
  if (outcome.decision === 'rejected') return [{ type: 'ConclusionSubmissionRejected', data: { note: outcome.note, ...stampOf(command) } }];
  return [{ type: 'ConclusionNoticeSigned', data: { signsAs: meeting.submission.signsAs, note: outcome.note, ...stampOf(command) } }];
}

/**
 * Phát hành, decided before the outgoing number is taken (`stampConclusionNumber` completes it,
 * `meeting.numbers.ts`): numbered in the year's outgoing register (`05/TB-UBND`); one task id for
 * each directive of the notice.
 */
export function decideConclusionIssue(command: UnnumberedIssueConclusion, state: MeetingState, { organisation }: DirectivesContext): UnnumberedConclusionIssue {
  const meeting = guardMeetingStep('issue', state, command.actor, organisation);
  const { recipients, copies } = issueDistribution(command);
  const ids = Array.isArray(command.directiveIds) ? command.directiveIds : [];
  if (ids.length !== meeting.notice.directives.length || new Set(ids).size !== ids.length) {
    throw ruleViolation('DIRECTIVE_IDS_MISMATCH', 'Mỗi ý kiến chỉ đạo của thông báo cần đúng một mã nhiệm vụ riêng', 'directiveIds');
  }
  // Each directive becomes a task now: a due date passed since the draft needs a new draft.
  const today = localDateOf(command.now);
  const passed = meeting.notice.directives.findIndex((directive) => directive.dueDate !== null && directive.dueDate < today);
  if (passed >= 0) throw ruleViolation('DIRECTIVE_DUE_DATE_PASSED', `Thời hạn của ý kiến chỉ đạo thứ ${passed + 1} đã qua; cần dự thảo lại thông báo`, `directives[${passed}].dueDate`);
  return {
    type: 'ConclusionNoticeIssued',
    data: {
      // A conclusion notice is never confidential: it goes in the year's normal outgoing series.
      outgoingYear: outgoingSeriesKey('normal', command.now).year,
      recipients,
      copies,
      signerId: meeting.signature.by,
      signsAs: meeting.signature.signsAs,
      directiveIds: ids,
      ...stampOf(command),
    },
  };
}

/** The issue as the command states it: decided, then stamped with the command's number. */
export function issueConclusion(command: IssueConclusion, state: MeetingState, context: DirectivesContext): MeetingEvent[] {
  return [stampConclusionNumber(decideConclusionIssue(command, state, context), command.outgoingNumber)];
}
