import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import type { DelegationGrant } from '../delegations';
import { DEMO_ORGANISATION } from '../organisation';
import { VIETNAM_CALENDAR } from '../calendar';
import { deciderSpec } from '../testing/given-when-then';
import { actor, cmd, deadline, run, T, userId, vn } from '../testing/document-fixtures';
import { availableActions } from './document.access';
import { decideDocument } from './document.decide';
import { evolveDocument, initialDocumentState } from './document.state';
import { signingOptions } from './signing-path';

/*
 * Signing under a delegation (ND30 Art. 13, DOMAIN.md §10): the submission names the chairman; the
 * vice-chairman for the economy holds a KT. for field KH-DT from 5 to 9 May 2025 and signs
 * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" on 6 May (T.signed).
 */

const KT: DelegationGrant = {
  delegationId: '0b6f5a3e-0000-4000-8000-0000000000f1', kind: 'KT', grantorId: userId('chu.tich'), granteeId: userId('pho.chu.tich.kt'), onBehalfOfTitle: 'CHỦ TỊCH',
  scope: { fieldCodes: ['KH-DT'], documentTypes: [] }, validFrom: '2025-05-05', validTo: '2025-05-09', revokedAt: null,
};
const givenWith = (...delegations: DelegationGrant[]) =>
  deciderSpec({ decide: decideDocument, evolve: evolveDocument, initialState: initialDocumentState }, { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, delegations });

/** Initialled, submitted to the chairman. */
const toChairman = () => run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit({ leaderIds: [userId('chu.tich')] }), cmd.initial()).events;
const deputySigns = (o: Parameters<typeof cmd.sign>[0] = {}) => cmd.sign({ actor: actor('pho.chu.tich.kt'), capacity: 'KT', ...o });

describe('sign under a delegation (ký thay, thừa ủy quyền…)', () => {
  it('a deputy signs "KT. CHỦ TỊCH" within a live delegation: capacity, on whose behalf and the delegation are recorded', () => {
    const { state } = givenWith(KT)(toChairman())
      .when(deputySigns())
      .then([
        {
          type: 'DocumentSigned',
          data: {
            signsAs: 'committee', capacity: 'KT', onBehalfOf: { userId: userId('chu.tich'), title: 'CHỦ TỊCH' }, delegationId: KT.delegationId, note: null,
            issueDeadline: deadline('issue', '2025-05-07'), by: userId('pho.chu.tich.kt'), at: T.signed,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'signed', signature: { by: userId('pho.chu.tich.kt'), capacity: 'KT', delegationId: KT.delegationId } });
  });

  it('without a capacity claimed the deputy signs under the delegation that fits; the named leader still signs in their own name', () => {
    const deputy = givenWith(KT)(toChairman()).when(cmd.sign({ actor: actor('pho.chu.tich.kt') })).then([expect.anything() as never]);
    expect(deputy.state).toMatchObject({ signature: { capacity: 'KT' } });
    const own = givenWith(KT)(toChairman()).when(cmd.sign({ actor: actor('chu.tich') })).then([expect.anything() as never]);
    expect(own.state).toMatchObject({ signature: { capacity: 'own', onBehalfOf: null, delegationId: null } });
  });

  it('DELEGATION_NOT_IN_FORCE: before or after its period, revoked, or none at all while claiming a capacity', () => {
    givenWith({ ...KT, validFrom: '2025-05-07' })(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_NOT_IN_FORCE', field: 'capacity' });
    givenWith({ ...KT, validTo: '2025-05-05' })(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_NOT_IN_FORCE' });
    givenWith({ ...KT, revokedAt: vn('2025-05-06', '08:00') })(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_NOT_IN_FORCE' });
    givenWith()(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_NOT_IN_FORCE' });
    givenWith(KT)(toChairman()).when(deputySigns({ delegationId: '0b6f5a3e-0000-4000-8000-0000000000ff' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_NOT_IN_FORCE', field: 'delegationId' });
  });

  it('DELEGATION_OUT_OF_SCOPE: a field or a document type outside the delegation', () => {
    givenWith({ ...KT, scope: { fieldCodes: ['YT'], documentTypes: [] } })(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_OUT_OF_SCOPE' });
    givenWith({ ...KT, scope: { fieldCodes: [], documentTypes: ['invitation'] } })(toChairman()).when(deputySigns()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DELEGATION_OUT_OF_SCOPE' });
  });

  it('CAPACITY_MISMATCH: the capacity claimed is not the delegation’s kind', () => {
    givenWith(KT)(toChairman()).when(deputySigns({ capacity: 'TUQ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CAPACITY_MISMATCH', field: 'capacity' });
  });

  it('FORBIDDEN NOT_ADDRESSEE: a delegation from another leader, or claiming one’s own name, does not make one the signer', () => {
    const fromOther = { ...KT, grantorId: userId('pho.chu.tich.vx') };
    givenWith(fromOther)(toChairman()).when(cmd.sign({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
    givenWith(KT)(toChairman()).when(deputySigns({ capacity: 'own' })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
  });

  it('the deputy’s buttons and the sign dialog’s choices follow the same rule', () => {
    const state = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit({ leaderIds: [userId('chu.tich')] }), cmd.initial()).state;
    const deputy = actor('pho.chu.tich.kt');
    expect(availableActions(state, deputy, DEMO_ORGANISATION, { delegations: [KT], now: T.signed })).toContain('sign');
    expect(availableActions(state, deputy, DEMO_ORGANISATION, { delegations: [KT], now: vn('2025-05-12') })).not.toContain('sign');
    expect(availableActions(state, deputy, DEMO_ORGANISATION)).not.toContain('sign');
    const work = { fieldCode: 'KH-DT', documentType: 'decision' };
    expect(signingOptions(deputy, userId('chu.tich'), work, { delegations: [KT], now: T.signed })).toEqual([
      { capacity: 'KT', onBehalfOf: { userId: userId('chu.tich'), title: 'CHỦ TỊCH' }, delegationId: KT.delegationId },
    ]);
    expect(signingOptions(actor('chu.tich'), userId('chu.tich'), work, { delegations: [], now: T.signed })).toEqual([{ capacity: 'own', onBehalfOf: null, delegationId: null }]);
  });
});
