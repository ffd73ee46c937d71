import type { LocalDate } from '../calendar';
import type { ChaseChannel, DirectiveSource, DirectiveTerms } from './directive.types';

/*
 * The events of stream `directive-<id>`: one task (nhiệm vụ) given by a leader's directive, from
 * its registration to its completion or closing (research/next-domains.md §C.2). A public
 * contract; type strings are fixed forever. Every event says who (`by`) and when (`at`).
 */
type Stamp = { by: string; at: string };

/** Giao nhiệm vụ: the source, what is to be done, by whom, by when, who directed it, who follows it up. */
export type DirectiveRegistered = {
  type: 'DirectiveRegistered';
  data: Stamp & DirectiveTerms & { directiveId: string; source: DirectiveSource; directingLeaderId: string; fieldCode: string };
};

/** Đôn đốc: the follow-up specialist chases the lead agency. */
export type DirectiveChased = { type: 'DirectiveChased'; data: Stamp & { channel: ChaseChannel; note: string; documentRef: string | null } };

/** Báo cáo tiến độ of the agency, often an incoming document (văn bản đến) that carries it. */
export type DirectiveProgressReported = {
  type: 'DirectiveProgressReported';
  data: Stamp & { summary: string; percent: number | null; incomingDocumentId: string | null; reportSymbol: string | null };
};

/** Báo cáo hoàn thành of the agency: awaits the Office's assessment. */
export type DirectiveCompletionReported = {
  type: 'DirectiveCompletionReported';
  data: Stamp & { summary: string; incomingDocumentId: string | null; reportSymbol: string | null };
};

/** Đánh giá: the completion is accepted; the task is done on the day the agency reported it. */
export type DirectiveCompletionAccepted = { type: 'DirectiveCompletionAccepted'; data: Stamp & { note: string | null } };
/** Not accepted: the task is in progress again. */
export type DirectiveCompletionRejected = { type: 'DirectiveCompletionRejected'; data: Stamp & { reason: string } };

/** Gia hạn by the directing leader, on the agency's written request. */
export type DirectiveDeadlineExtended = {
  type: 'DirectiveDeadlineExtended';
  data: Stamp & { previousDueDate: LocalDate; newDueDate: LocalDate; reason: string; agencyRequestRef: string };
};

/** Báo cáo vướng mắc, đề xuất: an obstacle escalated to the directing leader with a proposal (QC Art. 12.2). */
export type DirectiveObstacleReported = { type: 'DirectiveObstacleReported'; data: Stamp & { obstacle: string; proposal: string } };

/** Hủy: the leader withdraws the task. */
export type DirectiveCancelled = { type: 'DirectiveCancelled'; data: Stamp & { reason: string } };
/** Thay thế: a later directive replaces this one. */
export type DirectiveSuperseded = { type: 'DirectiveSuperseded'; data: Stamp & { reason: string; replacedBy: string } };

export type DirectiveEvent =
  | DirectiveRegistered
  | DirectiveChased
  | DirectiveProgressReported
  | DirectiveCompletionReported
  | DirectiveCompletionAccepted
  | DirectiveCompletionRejected
  | DirectiveDeadlineExtended
  | DirectiveObstacleReported
  | DirectiveCancelled
  | DirectiveSuperseded;

export const DIRECTIVE_EVENT_TYPES = [
  'DirectiveRegistered', 'DirectiveChased', 'DirectiveProgressReported', 'DirectiveCompletionReported', 'DirectiveCompletionAccepted',
  'DirectiveCompletionRejected', 'DirectiveDeadlineExtended', 'DirectiveObstacleReported', 'DirectiveCancelled', 'DirectiveSuperseded',
] as const satisfies readonly DirectiveEvent['type'][];

type MissingEventType = Exclude<DirectiveEvent['type'], (typeof DIRECTIVE_EVENT_TYPES)[number]>;
/** Compile-time check that DIRECTIVE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function directiveStreamName(directiveId: string): string {
  return `directive-${directiveId}`;
}
