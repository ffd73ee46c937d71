import { hasRole } from '../organisation';
import { allows, forbidden, wrongState, type Actor } from '../shared';
import type { DelegationStep } from './delegation.commands';
import type { DelegationState, RecordedDelegation } from './delegation.state';

/*
 * Whose turn it is on a delegation: ONE table. The decider checks it first (WRONG_STATE, then
 * FORBIDDEN) and `delegationActions` derives the page's buttons from it.
 */

export const DELEGATION_STEP_LABELS: Readonly<Record<DelegationStep, string>> = {
  record: 'ghi nhận ủy quyền ký',
  revoke: 'thu hồi ủy quyền ký',
};

/** The grantor themselves, or the office chief (who keeps the instruments) or the administrator. */
function requireManager(actor: Actor, grantorId: string, step: DelegationStep): void {
  if (actor.userId !== grantorId && !hasRole(actor, 'office_chief', 'admin')) {
    throw forbidden('GRANTOR_OR_OFFICE_CHIEF', `Chỉ người ủy quyền, Chánh Văn phòng hoặc quản trị mới được ${DELEGATION_STEP_LABELS[step]}`);
  }
}

export function guardRecord(state: DelegationState, actor: Actor, grantorId: string): void {
  if (state.status !== 'none') throw wrongState('Ủy quyền này đã được ghi nhận', 'ALREADY_RECORDED');
  requireManager(actor, grantorId, 'record');
}

export function guardRevoke(state: DelegationState, actor: Actor): RecordedDelegation {
  if (state.status === 'none') throw wrongState('Chưa có ủy quyền này');
  if (state.status === 'revoked') throw wrongState('Ủy quyền đã bị thu hồi', 'ALREADY_REVOKED');
  requireManager(actor, state.grantorId, 'revoke');
  return state;
}

/** The steps `actor` may take on a recorded delegation (the page's buttons). */
export function delegationActions(state: DelegationState, actor: Actor): DelegationStep[] {
  return allows(() => guardRevoke(state, actor)) ? ['revoke'] : [];
}
