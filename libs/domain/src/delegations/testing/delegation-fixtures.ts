import { DEMO_ORGANISATION } from '../../organisation';
import { actor, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { RecordDelegation, RevokeDelegation } from '../delegation.commands';
import { decideDelegation } from '../delegation.decide';
import { evolveDelegation, initialDelegationState } from '../delegation.state';
import type { DelegationGrant } from '../delegation.types';
import type { DelegationsContext } from '../delegations.context';

/*
 * Fixtures for the delegation tests (test code only): the chairman (chu.tich) gives the vice-chairman
 * for the economy (pho.chu.tich.kt) a KT. for field KH-DT by decision 12/QĐ-UBND of 2/5/2025, from
 * 5/5 to 9/5/2025, recorded by the office chief; the demo organisation.
 */

export { actor, userId, vn };

export const DELEGATION_ID = '0b6f5a3e-0000-4000-8000-0000000000f1';
export const CONTEXT: DelegationsContext = { organisation: DEMO_ORGANISATION, heldByGrantor: [] };
export const givenDelegation = deciderSpec({ decide: decideDelegation, evolve: evolveDelegation, initialState: initialDelegationState }, CONTEXT);
export const givenDelegationHeld = (heldByGrantor: DelegationGrant[]) =>
  deciderSpec({ decide: decideDelegation, evolve: evolveDelegation, initialState: initialDelegationState }, { ...CONTEXT, heldByGrantor });

export const RECORDED_AT = vn('2025-05-02', '16:00');

type With<C> = Partial<Omit<C, 'type'>>;

export const delegationCmd = {
  record: (o: With<RecordDelegation> = {}): RecordDelegation => ({
    type: 'record', delegationId: DELEGATION_ID, actor: actor('chanh.vp'), now: RECORDED_AT, kind: 'KT', grantorId: userId('chu.tich'), granteeId: userId('pho.chu.tich.kt'),
    instrument: { symbol: '12/QĐ-UBND', date: '2025-05-02' }, validFrom: '2025-05-05', validTo: '2025-05-09', scope: { fieldCodes: ['KH-DT'] }, ...o,
  }),
  revoke: (o: With<RevokeDelegation> = {}): RevokeDelegation => ({
    type: 'revoke', delegationId: DELEGATION_ID, actor: actor('chu.tich'), now: vn('2025-05-07', '08:00'), reason: 'Chủ tịch đã trở lại làm việc', ...o,
  }),
};

/** A delegation as the sign step weighs it. */
export function grant(o: Partial<DelegationGrant> = {}): DelegationGrant {
  return {
    delegationId: DELEGATION_ID, kind: 'KT', grantorId: userId('chu.tich'), granteeId: userId('pho.chu.tich.kt'), onBehalfOfTitle: 'CHỦ TỊCH',
    scope: { fieldCodes: ['KH-DT'], documentTypes: [] }, validFrom: '2025-05-05', validTo: '2025-05-09', revokedAt: null, ...o,
  };
}
