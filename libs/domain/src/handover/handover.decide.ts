import { oneOf, optionalText, requireInstant, requireLocalDate, requireText, ruleViolation, wrongState, type Actor } from '../shared';
import type { HandOverOnPaper, HandoverCommand, ListHoldings, ReassignItem, RecordDeparture, ReleaseDeparture, SignHandover } from './handover.commands';
import type { HandoverContext } from './handover.context';
import type { HandoverEvent } from './handover.events';
import type { OpenHandover, HandoverState } from './handover.state';
import { guardHandoverStep, requireHandedOver, signingPartyOf } from './handover.turns';
import { DEPARTURE_KINDS, type HeldItem } from './handover.types';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** A member of staff by id, or UNKNOWN_USER on `field`. */
function staffMember(id: unknown, { organisation }: HandoverContext, field: string) {
  const user = organisation.users.find((u) => u.id === id);
  if (!user) throw ruleViolation('UNKNOWN_USER', 'Người này không có trong danh sách cán bộ', field);
  return user;
}

/** The receiver of an item or of the whole hand-over: a member of staff other than the leaver (RECEIVER_IS_LEAVER). */
function receiverOf(id: unknown, leaverId: string, context: HandoverContext, field: string): string {
  const receiver = staffMember(id, context, field);
  if (receiver.id === leaverId) throw ruleViolation('RECEIVER_IS_LEAVER', 'Người nhận bàn giao phải là người khác người bàn giao', field);
  return receiver.id;
}

/** The items as the application read them: each key once (a read model listing twice would hand one item over twice). */
function heldItems(held: readonly HeldItem[]): HeldItem[] {
  const seen = new Set<string>();
  return held.filter((item) => (seen.has(item.key) ? false : (seen.add(item.key), true)));
}

/** Ghi nhận: the leaver, why, the last working day, the default receiver and the decision; listed at once. */
function record(command: RecordDeparture, state: HandoverState, context: HandoverContext): HandoverEvent[] {
  guardHandoverStep('record', state, command.actor, context.organisation);
  const leaver = staffMember(command.userId, context, 'userId');
  const kind = oneOf(command.kind, DEPARTURE_KINDS, 'kind', 'Hình thức phải là nghỉ hưu, nghỉ việc hoặc chuyển công tác');
  const lastWorkingDay = requireLocalDate(command.lastWorkingDay, 'lastWorkingDay');
  const receiverId = receiverOf(command.receiverId, leaver.id, context, 'receiverId');
  const decisionRef = requireText(command.decisionRef, 'decisionRef', 'DECISION_REF_REQUIRED', 'Cần ghi số, ký hiệu quyết định hoặc văn bản cho nghỉ, chuyển công tác');
  const handoverId = requireText(command.handoverId, 'handoverId', 'REQUIRED', 'Thiếu mã việc bàn giao');
  const stamp = stampOf(command);
  return [
    { type: 'DepartureRecorded', data: { handoverId, userId: leaver.id, departmentId: leaver.departmentId, kind, lastWorkingDay, receiverId, decisionRef, reason: optionalText(command.reason), ...stamp } },
    { type: 'HandoverListed', data: { items: heldItems(command.held), ...stamp } },
  ];
}

function list(command: ListHoldings, state: HandoverState, { organisation }: HandoverContext): HandoverEvent[] {
  guardHandoverStep('list', state, command.actor, organisation);
  return [{ type: 'HandoverListed', data: { items: heldItems(command.held), ...stampOf(command) } }];
}

/** The item a command names, not yet handed over, and its receiver and reason. */
function itemTerms(command: ReassignItem | HandOverOnPaper, handover: OpenHandover, context: HandoverContext) {
  const item = handover.items.find((listed) => listed.key === command.key);
  if (!item) throw ruleViolation('UNKNOWN_ITEM', 'Mục này không có trong danh sách bàn giao', 'key');
  if (item.handedOver !== null) throw wrongState('Mục này đã được bàn giao', 'ITEM_ALREADY_HANDED_OVER');
  const receiverId = receiverOf(command.receiverId ?? handover.receiverId, handover.userId, context, 'receiverId');
  const reason = requireText(command.reason, 'reason', 'REASON_REQUIRED', 'Cần ghi lý do giao lại');
  return { item, receiverId, reason };
}

/** Recorded once the item's own step moved it to the receiver; only for an item whose context has that step. */
function reassign(command: ReassignItem, state: HandoverState, context: HandoverContext): HandoverEvent[] {
  const handover = guardHandoverStep('reassign', state, command.actor, context.organisation);
  const { item, receiverId, reason } = itemTerms(command, handover, context);
  if (!item.reassignable) throw ruleViolation('NO_REASSIGNMENT_STEP', 'Mục này chưa có bước giao lại trên hệ thống: ghi nhận bàn giao trên giấy', 'key');
  return [{ type: 'HandoverItemReassigned', data: { key: item.key, receiverId, reason, ...stampOf(command) } }];
}

/** On paper only where no step can move the item (USE_REASSIGNMENT_STEP): a document or dossier is reassigned on the system. */
function handOverOnPaper(command: HandOverOnPaper, state: HandoverState, context: HandoverContext): HandoverEvent[] {
  const handover = guardHandoverStep('hand-over-on-paper', state, command.actor, context.organisation);
  const { item, receiverId, reason } = itemTerms(command, handover, context);
  if (item.reassignable) throw ruleViolation('USE_REASSIGNMENT_STEP', 'Mục này được giao lại trên hệ thống, không bàn giao trên giấy', 'key');
  return [{ type: 'HandoverItemHandedOnPaper', data: { key: item.key, receiverId, reason, ...stampOf(command) } }];
}

/** Ký biên bản: refused while anything is still held (HANDOVER_INCOMPLETE), counting what the read models show now. */
function sign(command: SignHandover, state: HandoverState, { organisation }: HandoverContext): HandoverEvent[] {
  const handover = guardHandoverStep('sign', state, command.actor, organisation);
  requireHandedOver(handover, command.held);
  const party = signingPartyOf(handover, command.actor);
  if (party === null) return [];
  return [{ type: 'HandoverSigned', data: { party, ...stampOf(command) } }];
}

/** Cho nghỉ: both signatures, and nothing held now either. */
function release(command: ReleaseDeparture, state: HandoverState, { organisation }: HandoverContext): HandoverEvent[] {
  const handover = guardHandoverStep('release', state, command.actor, organisation);
  requireHandedOver(handover, command.held);
  return [{ type: 'DepartureReleased', data: { note: optionalText(command.note), ...stampOf(command) } }];
}

/**
 * The decider of a staff hand-over (DOMAIN.md §9): the events a command causes in the given
 * state, or a `DomainError`. Pure: time, actor, ids and what the leaver holds come with the command.
 */
export function decideHandover(command: HandoverCommand, state: HandoverState, context: HandoverContext): HandoverEvent[] {
  requireInstant(command.now, 'now');
  switch (command.type) {
    case 'record':
      return record(command, state, context);
    case 'list':
      return list(command, state, context);
    case 'reassign':
      return reassign(command, state, context);
    case 'hand-over-on-paper':
      return handOverOnPaper(command, state, context);
    case 'sign':
      return sign(command, state, context);
    case 'release':
      return release(command, state, context);
  }
}
