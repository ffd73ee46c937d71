import type { DelegationEvent, DelegationRecorded } from './delegation.events';
import type { DelegationGrant } from './delegation.types';

/*
 * A delegation (stream `delegation-<id>`): none ──record──▶ recorded ──revoke──▶ revoked.
 * Expiry is not an event: a delegation is in force while the day is within its period
 * (`delegationInForce`), so no timer has to run for it to end.
 */

export type DelegationFacts = Omit<DelegationRecorded['data'], 'by' | 'at'> & {
  recordedBy: string;
  recordedAt: string;
  revocation: { reason: string; by: string; at: string } | null;
};

export type DelegationState = { status: 'none' } | (DelegationFacts & { status: 'recorded' | 'revoked' });
export type RecordedDelegation = Extract<DelegationState, { status: 'recorded' | 'revoked' }>;

export const initialDelegationState: DelegationState = { status: 'none' };

export function evolveDelegation(state: DelegationState, event: DelegationEvent): DelegationState {
  switch (event.type) {
    case 'DelegationRecorded': {
      const { by, at, ...facts } = event.data;
      return { status: 'recorded', ...facts, recordedBy: by, recordedAt: at, revocation: null };
    }
    case 'DelegationRevoked':
      if (state.status === 'none') return state;
      return { ...state, status: 'revoked', revocation: { ...event.data } };
    default:
      return state;
  }
}

export function delegationStateFrom(events: readonly DelegationEvent[]): DelegationState {
  return events.reduce(evolveDelegation, initialDelegationState);
}

/** The facts the sign step weighs. */
export function grantOf(state: RecordedDelegation): DelegationGrant {
  return {
    delegationId: state.delegationId, kind: state.kind, grantorId: state.grantorId, granteeId: state.granteeId, onBehalfOfTitle: state.onBehalfOfTitle,
    scope: state.scope, validFrom: state.validFrom, validTo: state.validTo, revokedAt: state.revocation?.at ?? null,
  };
}
