import { localDateOf } from '../calendar';
import { fieldOf, initialOutcome, issueDistribution, outgoingNumberOf, signOutcome, submissionTerms } from '../document';
import { outgoingSeriesKey, formatOutgoingSymbol } from '../numbering';
import { type Actor, ruleViolation } from '../shared';
import type { DirectivesContext } from './directives.context';
import type { InitialConclusion, IssueConclusion, SignConclusion, SubmitConclusion } from './meeting.commands';
import type { MeetingEvent } from './meeting.events';
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

/** Numbered in the year's outgoing register (`05/TB-UBND`); one task id for each directive of the notice. */
export function issueConclusion(command: IssueConclusion, state: MeetingState, { organisation }: DirectivesContext): MeetingEvent[] {
  const meeting = guardMeetingStep('issue', state, command.actor, organisation);
  const outgoingNumber = outgoingNumberOf(command.outgoingNumber);
  const { recipients, copies } = issueDistribution(command);
  const ids = Array.isArray(command.directiveIds) ? command.directiveIds : [];
  if (ids.length !== meeting.notice.directives.length || new Set(ids).size !== ids.length) {
    throw ruleViolation('DIRECTIVE_IDS_MISMATCH', 'Mỗi ý kiến chỉ đạo của thông báo cần đúng một mã nhiệm vụ riêng', 'directiveIds');
  }
  // Each directive becomes a task now: a due date passed since the draft needs a new draft.
  const today = localDateOf(command.now);
  const passed = meeting.notice.directives.findIndex((directive) => directive.dueDate !== null && directive.dueDate < today);
  if (passed >= 0) throw ruleViolation('DIRECTIVE_DUE_DATE_PASSED', `Thời hạn của ý kiến chỉ đạo thứ ${passed + 1} đã qua; cần dự thảo lại thông báo`, `directives[${passed}].dueDate`);
  const { signsAs } = meeting.signature;
  return [
    {
      type: 'ConclusionNoticeIssued',
      data: {
        outgoingNumber,
        outgoingYear: outgoingSeriesKey('normal', command.now).year,
        symbol: formatOutgoingSymbol({ number: outgoingNumber, documentType: 'notice', signedBy: signsAs }),
        recipients,
        copies,
        signerId: meeting.signature.by,
        signsAs,
        directiveIds: ids,
        ...stampOf(command),
      },
    },
  ];
}
