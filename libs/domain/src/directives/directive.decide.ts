import { fieldOf } from '../document';
import { oneOf, optionalText, requireInstant, requireLocalDate, requireText, ruleViolation, type Actor } from '../shared';
import type {
  AcceptDirective, CancelDirective, ChaseDirective, DirectiveCommand, EscalateDirective, ExtendDirective, RegisterDirective, RejectDirective,
  ReportDirective, SupersedeDirective,
} from './directive.commands';
import type { DirectiveEvent } from './directive.events';
import { directiveSourceOf, directiveTermsOf, requireLeader } from './directive.inputs';
import type { DirectiveState } from './directive.state';
import { dueDateToExtend, guardDirectiveStep } from './directive.turns';
import { CHASE_CHANNELS, DIRECTIVE_REPORT_KINDS } from './directive.types';
import type { DirectivesContext } from './directives.context';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/**
 * A notice's tasks are registered when it is issued, and again when that issue is retried after a
 * crash: a task already registered from the same notice is left as it is (no event), anything else
 * registered on the stream is the wrong state.
 */
function sameNoticeTask(command: RegisterDirective, state: DirectiveState): boolean {
  return state.status !== 'none' && command.source?.kind === 'conclusion_notice' && state.source.kind === 'conclusion_notice' && state.source.documentId === command.source.documentId;
}

/** Giao nhiệm vụ: a cited source, one lead agency, a due date or periodic reporting, a directing leader, a follow-up specialist. */
function register(command: RegisterDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  if (sameNoticeTask(command, state)) return [];
  guardDirectiveStep('register', state, command.actor, organisation);
  const source = directiveSourceOf(command.source, command.now);
  const terms = directiveTermsOf(command, organisation, command.now);
  const directingLeaderId = requireLeader(command.directingLeaderId, organisation, 'directingLeaderId', 'NOT_A_LEADER');
  const { code: fieldCode } = fieldOf({ fieldCode: command.fieldCode }, organisation);
  const directiveId = requireText(command.directiveId, 'directiveId', 'REQUIRED', 'Thiếu mã nhiệm vụ');
  return [{ type: 'DirectiveRegistered', data: { directiveId, source, ...terms, directingLeaderId, fieldCode, ...stampOf(command) } }];
}

function chase(command: ChaseDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('chase', state, command.actor, organisation);
  const channel = oneOf(command.channel, CHASE_CHANNELS, 'channel', 'Hình thức đôn đốc phải là điện thoại, văn bản, cuộc họp hoặc trên hệ thống');
  const note = requireText(command.note, 'note', 'NOTE_REQUIRED', 'Cần ghi nội dung đôn đốc');
  return [{ type: 'DirectiveChased', data: { channel, note, documentRef: optionalText(command.documentRef), ...stampOf(command) } }];
}

function percentOf(value: unknown): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) throw ruleViolation('INVALID_PERCENT', 'Tiến độ là số nguyên từ 0 đến 100 (%)', 'percent');
  return value;
}

/** An agency's progress or completion report; a completion claim needs the report document that carries it (COMPLETION_NEEDS_EVIDENCE). */
function report(command: ReportDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('report', state, command.actor, organisation);
  const kind = oneOf(command.kind, DIRECTIVE_REPORT_KINDS, 'kind', 'Loại báo cáo phải là tiến độ hoặc hoàn thành');
  const summary = requireText(command.summary, 'summary', 'SUMMARY_REQUIRED', 'Cần ghi tóm tắt nội dung báo cáo');
  const incomingDocumentId = optionalText(command.incomingDocumentId);
  const reportSymbol = optionalText(command.reportSymbol);
  if (kind === 'progress') {
    return [{ type: 'DirectiveProgressReported', data: { summary, percent: percentOf(command.percent), incomingDocumentId, reportSymbol, ...stampOf(command) } }];
  }
  if (incomingDocumentId === null && reportSymbol === null) {
    throw ruleViolation('COMPLETION_NEEDS_EVIDENCE', 'Báo cáo hoàn thành phải kèm văn bản báo cáo của cơ quan chủ trì (văn bản đến hoặc số, ký hiệu)', 'incomingDocumentId');
  }
  return [{ type: 'DirectiveCompletionReported', data: { summary, incomingDocumentId, reportSymbol, ...stampOf(command) } }];
}

function accept(command: AcceptDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('accept', state, command.actor, organisation);
  return [{ type: 'DirectiveCompletionAccepted', data: { note: optionalText(command.note), ...stampOf(command) } }];
}

function reject(command: RejectDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('reject', state, command.actor, organisation);
  return [{ type: 'DirectiveCompletionRejected', data: { reason: requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Không công nhận hoàn thành phải nêu lý do'), ...stampOf(command) } }];
}

/** Gia hạn: only the directing leader (EXTEND_ONLY_BY_DIRECTING_LEADER), to a later day, with a reason and the agency's written request. */
function extend(command: ExtendDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  const task = guardDirectiveStep('extend', state, command.actor, organisation);
  const previousDueDate = dueDateToExtend(task);
  const newDueDate = requireLocalDate(command.newDueDate, 'newDueDate');
  if (newDueDate <= previousDueDate) throw ruleViolation('EXTENSION_NOT_LATER', `Thời hạn mới phải sau thời hạn hiện tại (${previousDueDate})`, 'newDueDate');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Gia hạn phải nêu lý do');
  const agencyRequestRef = requireText(command.agencyRequestRef, 'agencyRequestRef', 'AGENCY_REQUEST_REQUIRED', 'Gia hạn phải căn cứ văn bản đề nghị của cơ quan chủ trì (số, ký hiệu)');
  return [{ type: 'DirectiveDeadlineExtended', data: { previousDueDate, newDueDate, reason, agencyRequestRef, ...stampOf(command) } }];
}

function escalate(command: EscalateDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('escalate', state, command.actor, organisation);
  const obstacle = requireText(command.obstacle, 'obstacle', 'OBSTACLE_REQUIRED', 'Cần nêu khó khăn, vướng mắc');
  const proposal = requireText(command.proposal, 'proposal', 'PROPOSAL_REQUIRED', 'Báo cáo vướng mắc phải kèm đề xuất');
  return [{ type: 'DirectiveObstacleReported', data: { obstacle, proposal, ...stampOf(command) } }];
}

function cancel(command: CancelDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('cancel', state, command.actor, organisation);
  return [{ type: 'DirectiveCancelled', data: { reason: requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Hủy nhiệm vụ phải nêu lý do'), ...stampOf(command) } }];
}

function supersede(command: SupersedeDirective, state: DirectiveState, { organisation }: DirectivesContext): DirectiveEvent[] {
  guardDirectiveStep('supersede', state, command.actor, organisation);
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Thay thế nhiệm vụ phải nêu lý do');
  const replacedBy = requireText(command.replacedBy, 'replacedBy', 'REPLACEMENT_REQUIRED', 'Cần ghi văn bản hoặc nhiệm vụ thay thế');
  return [{ type: 'DirectiveSuperseded', data: { reason, replacedBy, ...stampOf(command) } }];
}

/**
 * The decider of a task (DOMAIN.md §8): the events a command causes in the given state, or a
 * `DomainError`. Pure: time, actor and ids come with the command; who is who and the working days
 * with the context.
 */
export function decideDirective(command: DirectiveCommand, state: DirectiveState, context: DirectivesContext): DirectiveEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'register':
      return register(command, state, context);
    case 'chase':
      return chase(command, state, context);
    case 'report':
      return report(command, state, context);
    case 'accept':
      return accept(command, state, context);
    case 'reject':
      return reject(command, state, context);
    case 'extend':
      return extend(command, state, context);
    case 'escalate':
      return escalate(command, state, context);
    case 'cancel':
      return cancel(command, state, context);
    case 'supersede':
      return supersede(command, state, context);
  }
}
