import { outgoingNumberOf } from '../document';
import { formatOutgoingSymbol } from '../numbering';
import type { IssueConclusion } from './meeting.commands';
import type { ConclusionNoticeIssued } from './meeting.events';

/*
 * Số văn bản đi of a conclusion notice: the one fact of its issue the decider cannot know. The
 * application takes it from the allocator only once the issue is decided, so that a refusal takes
 * no number (the outgoing register, shared with documents and dossier results, has no gaps); the
 * decider therefore writes the issue without it, and `stampConclusionNumber` stamps it where
 * `decideMeeting` writes it. `decideMeeting` itself is the decision followed by the stamp, so a
 * stamped decision is exactly what it would have written.
 */

/** Phát hành thông báo kết luận before its outgoing number. */
export type UnnumberedIssueConclusion = Omit<IssueConclusion, 'outgoingNumber'>;

/** What an issue writes, its outgoing number and symbol still to be stamped. */
export type UnnumberedConclusionIssue = { type: 'ConclusionNoticeIssued'; data: Omit<ConclusionNoticeIssued['data'], 'outgoingNumber' | 'symbol'> };

/** The issue with the outgoing number the allocator gave it and its symbol, a Thông báo's (`05/TB-VPUBND`), in the field order of `ConclusionNoticeIssued`. */
export function stampConclusionNumber(issue: UnnumberedConclusionIssue, number: number): ConclusionNoticeIssued {
  const outgoingNumber = outgoingNumberOf(number);
  const { outgoingYear, ...rest } = issue.data;
  const symbol = formatOutgoingSymbol({ number: outgoingNumber, documentType: 'notice', signedBy: rest.signsAs });
  return { type: 'ConclusionNoticeIssued', data: { outgoingNumber, outgoingYear, symbol, ...rest } };
}
