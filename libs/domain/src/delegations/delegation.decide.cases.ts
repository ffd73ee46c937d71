import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { DEMO_ORGANISATION } from '../organisation';
import { delegationCovers, delegationInForce, signerBlockLines } from './delegation.authority';
import { delegationStatusAt } from './delegation.decide';
import { proposeDelegationForAbsence } from './delegation.proposal';
import { delegationActions } from './delegation.turns';
import { actor, DELEGATION_ID, delegationCmd, givenDelegation, givenDelegationHeld, grant, RECORDED_AT, userId, vn } from './testing/delegation-fixtures';

const recorded = () => givenDelegation([]).when(delegationCmd.record()).then([expect.anything() as never]).events;

describe('record (ghi nhận ủy quyền ký)', () => {
  it('a KT. from the chairman to a vice-chairman for a field, with its instrument and period, recorded by the office chief', () => {
    const { state } = givenDelegation([])
      .when(delegationCmd.record())
      .then([
        {
          type: 'DelegationRecorded',
          data: {
            delegationId: DELEGATION_ID, kind: 'KT', grantorId: userId('chu.tich'), granteeId: userId('pho.chu.tich.kt'), onBehalfOfTitle: 'CHỦ TỊCH',
            instrument: { symbol: '12/QĐ-UBND', date: '2025-05-02' }, validFrom: '2025-05-05', validTo: '2025-05-09', scope: { fieldCodes: ['KH-DT'], documentTypes: [] },
            regulationClause: null, absence: null, by: userId('chanh.vp'), at: RECORDED_AT,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'recorded', recordedBy: userId('chanh.vp'), revocation: null });
  });

  it('TM. speaks for the collective; TUQ. to the office chief with an end date and a content scope; TL. cites its clause', () => {
    const tm = givenDelegation([]).when(delegationCmd.record({ kind: 'TM', actor: actor('chu.tich') })).then([expect.anything() as never]);
    expect(tm.state).toMatchObject({ kind: 'TM', onBehalfOfTitle: 'ỦY BAN NHÂN DÂN' });
    const tuq = givenDelegation([]).when(delegationCmd.record({ kind: 'TUQ', granteeId: userId('chanh.vp'), scope: { documentTypes: ['invitation', 'notice'] } })).then([expect.anything() as never]);
    expect(tuq.state).toMatchObject({ kind: 'TUQ', onBehalfOfTitle: 'CHỦ TỊCH', scope: { fieldCodes: [], documentTypes: ['invitation', 'notice'] } });
    const tl = givenDelegation([]).when(delegationCmd.record({ kind: 'TL', granteeId: userId('chanh.vp'), regulationClause: 'Quy chế làm việc, Điều 11 khoản 2' })).then([expect.anything() as never]);
    expect(tl.state).toMatchObject({ kind: 'TL', regulationClause: 'Quy chế làm việc, Điều 11 khoản 2' });
  });

  it('TUQ_NEEDS_INSTRUMENT_AND_TERM: a TUQ. without an instrument, an end date or a content scope', () => {
    const none = givenDelegation([]);
    const tuq = { kind: 'TUQ' as const, granteeId: userId('chanh.vp') };
    none.when(delegationCmd.record({ ...tuq, validTo: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TUQ_NEEDS_INSTRUMENT_AND_TERM', field: 'validTo' });
    none.when(delegationCmd.record({ ...tuq, instrument: { symbol: ' ', date: '2025-05-02' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TUQ_NEEDS_INSTRUMENT_AND_TERM', field: 'instrument.symbol' });
    none.when(delegationCmd.record({ ...tuq, scope: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TUQ_NEEDS_INSTRUMENT_AND_TERM', field: 'scope' });
  });

  it('TL_NOT_IN_REGULATION: a TL. needs the regulation clause that allows it', () => {
    givenDelegation([]).when(delegationCmd.record({ kind: 'TL', granteeId: userId('chanh.vp') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TL_NOT_IN_REGULATION', field: 'regulationClause' });
  });

  it('TUQ_REDELEGATION_FORBIDDEN: the holder of a TUQ. may not pass the same work on', () => {
    const held = [grant({ kind: 'TUQ', granteeId: userId('chanh.vp'), scope: { fieldCodes: [], documentTypes: ['invitation'] } })];
    const passOn = delegationCmd.record({ grantorId: userId('chanh.vp'), granteeId: userId('pho.chanh.vp.kt'), actor: actor('chanh.vp'), scope: { documentTypes: ['invitation'] } });
    givenDelegationHeld(held)([]).when(passOn).thenThrows({ code: 'RULE_VIOLATION', rule: 'TUQ_REDELEGATION_FORBIDDEN', field: 'grantorId' });
    // Other work of the office chief's own (another type), or after the TUQ. ended, may be delegated.
    givenDelegationHeld(held)([]).when({ ...passOn, scope: { documentTypes: ['official_letter'] } }).then([expect.anything() as never]);
    givenDelegationHeld(held)([]).when({ ...passOn, validFrom: '2025-05-12', validTo: '2025-05-16' }).then([expect.anything() as never]);
  });

  it('refuses: another role, a grantor who is no leader, oneself, an unknown kind, field or type, a reversed period, no instrument, TM. from a deputy', () => {
    const none = givenDelegation([]);
    none.when(delegationCmd.record({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'GRANTOR_OR_OFFICE_CHIEF' });
    none.when(delegationCmd.record({ grantorId: userId('tp.kt'), actor: actor('quantri') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_LEADER', field: 'grantorId' });
    none.when(delegationCmd.record({ granteeId: userId('chu.tich') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SELF_DELEGATION', field: 'granteeId' });
    none.when(delegationCmd.record({ kind: 'XX' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'kind' });
    none.when(delegationCmd.record({ scope: { fieldCodes: ['XX'] } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_FIELD', field: 'scope.fieldCodes[0]' });
    none.when(delegationCmd.record({ scope: { documentTypes: ['memo'] } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DOCUMENT_TYPE', field: 'scope.documentTypes[0]' });
    none.when(delegationCmd.record({ validTo: '2025-05-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_PERIOD', field: 'validTo' });
    none.when(delegationCmd.record({ instrument: { symbol: '', date: '2025-05-02' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INSTRUMENT_REQUIRED' });
    none.when(delegationCmd.record({ instrument: { symbol: '12/QĐ-UBND', date: '2025-06-02' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INSTRUMENT_DATE_IN_FUTURE' });
    none.when(delegationCmd.record({ kind: 'TM', grantorId: userId('pho.chu.tich.vx'), actor: actor('pho.chu.tich.vx') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TM_ONLY_FOR_COLLECTIVE' });
    givenDelegation(recorded()).when(delegationCmd.record()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_RECORDED' });
  });
});

describe('revoke (thu hồi)', () => {
  it('the grantor revokes with a reason; it is not in force from then on', () => {
    const { state } = givenDelegation(recorded())
      .when(delegationCmd.revoke())
      .then([{ type: 'DelegationRevoked', data: { reason: 'Chủ tịch đã trở lại làm việc', by: userId('chu.tich'), at: vn('2025-05-07', '08:00') } }]);
    expect(delegationStatusAt(state, vn('2025-05-07', '09:00'))).toBe('revoked');
    expect(delegationActions(state, actor('chu.tich'))).toEqual([]);
  });

  it('refuses: no reason, the grantee, twice, one never recorded', () => {
    givenDelegation(recorded()).when(delegationCmd.revoke({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    givenDelegation(recorded()).when(delegationCmd.revoke({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'GRANTOR_OR_OFFICE_CHIEF' });
    const revoked = [...recorded(), ...givenDelegation(recorded()).when(delegationCmd.revoke()).then([expect.anything() as never]).events];
    givenDelegation(revoked).when(delegationCmd.revoke()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REVOKED' });
    givenDelegation([]).when(delegationCmd.revoke()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the office chief and the grantor see the revoke button; the grantee does not', () => {
    const state = givenDelegation([]).when(delegationCmd.record()).then([expect.anything() as never]).state;
    expect(delegationActions(state, actor('chanh.vp'))).toEqual(['revoke']);
    expect(delegationActions(state, actor('chu.tich'))).toEqual(['revoke']);
    expect(delegationActions(state, actor('pho.chu.tich.kt'))).toEqual([]);
  });
});

describe('in force and in scope', () => {
  it('in force on the days of its period (Hà Nội time), until revoked', () => {
    expect(delegationInForce(grant(), vn('2025-05-04', '23:59'))).toBe(false);
    expect(delegationInForce(grant(), vn('2025-05-05', '00:00'))).toBe(true);
    expect(delegationInForce(grant(), vn('2025-05-09', '23:59'))).toBe(true);
    expect(delegationInForce(grant(), vn('2025-05-10', '00:00'))).toBe(false);
    expect(delegationInForce(grant({ revokedAt: vn('2025-05-07', '08:00') }), vn('2025-05-07', '07:59'))).toBe(true);
    expect(delegationInForce(grant({ revokedAt: vn('2025-05-07', '08:00') }), vn('2025-05-07', '08:00'))).toBe(false);
    expect(delegationInForce(grant({ validTo: null }), vn('2030-01-01'))).toBe(true);
  });

  it('covers the work whose field and type are both in scope; an empty list covers all', () => {
    expect(delegationCovers({ fieldCodes: ['KH-DT'], documentTypes: [] }, { fieldCode: 'KH-DT', documentType: 'decision' })).toBe(true);
    expect(delegationCovers({ fieldCodes: ['KH-DT'], documentTypes: [] }, { fieldCode: 'YT', documentType: 'decision' })).toBe(false);
    expect(delegationCovers({ fieldCodes: [], documentTypes: ['invitation'] }, { fieldCode: 'YT', documentType: 'decision' })).toBe(false);
  });

  it('where it stands: not yet, in force, expired', () => {
    const { state } = givenDelegation([]).when(delegationCmd.record()).then([expect.anything() as never]);
    expect(delegationStatusAt(state, vn('2025-05-04'))).toBe('not_yet');
    expect(delegationStatusAt(state, vn('2025-05-06'))).toBe('in_force');
    expect(delegationStatusAt(state, vn('2025-05-12'))).toBe('expired');
  });

  it('prints the signer block of ND30 Phụ lục I', () => {
    expect(signerBlockLines('KT', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signerBlockLines('TM', 'ỦY BAN NHÂN DÂN', 'CHỦ TỊCH')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerBlockLines('TUQ', 'CHỦ TỊCH', 'CHÁNH VĂN PHÒNG')).toEqual(['TUQ. CHỦ TỊCH', 'CHÁNH VĂN PHÒNG']);
    expect(signerBlockLines('Q', 'CHỦ TỊCH', 'PHÓ CHỦ TỊCH')).toEqual(['Q. CHỦ TỊCH']);
    expect(signerBlockLines('own', null, 'PHÓ CHỦ TỊCH')).toEqual(['PHÓ CHỦ TỊCH']);
  });
});

describe('a KT. proposed from a leader’s absence (QC Art. 16.1)', () => {
  it('the chairman away three working days: a KT. to a vice-chairman over the chairman’s fields, for the days away', () => {
    const proposal = proposeDelegationForAbsence({ leaderId: userId('chu.tich'), from: '2025-05-05', to: '2025-05-07' }, DEMO_ORGANISATION, VIETNAM_CALENDAR);
    expect(proposal).toMatchObject({
      kind: 'KT', grantorId: userId('chu.tich'), validFrom: '2025-05-05', validTo: '2025-05-07', workingDays: 3,
      scope: { fieldCodes: ['NV', 'TH', 'TP'], documentTypes: [] }, absence: { from: '2025-05-05', to: '2025-05-07' },
    });
    expect([proposal.granteeId, ...proposal.alternativeGranteeIds].sort()).toEqual([userId('pho.chu.tich.kt'), userId('pho.chu.tich.vx')].sort());
  });

  it('the office chief away: a KT. to a deputy chief', () => {
    const proposal = proposeDelegationForAbsence({ leaderId: userId('chanh.vp'), from: '2025-05-08', to: '2025-05-12' }, DEMO_ORGANISATION, VIETNAM_CALENDAR);
    expect(proposal).toMatchObject({ grantorId: userId('chanh.vp'), workingDays: 3 });
    expect([userId('pho.chanh.vp.kt'), userId('pho.chanh.vp.vx')]).toContain(proposal.granteeId);
  });

  it('refuses: one working day or less (a weekend counts nothing), a deputy, a reversed period', () => {
    const propose = (leader: string, from: string, to: string) => () => proposeDelegationForAbsence({ leaderId: userId(leader), from, to }, DEMO_ORGANISATION, VIETNAM_CALENDAR);
    expect(propose('chu.tich', '2025-05-09', '2025-05-11')).toThrow(expect.objectContaining({ rule: 'ABSENCE_TOO_SHORT' }));
    expect(propose('pho.chu.tich.kt', '2025-05-05', '2025-05-09')).toThrow(expect.objectContaining({ rule: 'NO_DEPUTY_TO_DELEGATE' }));
    expect(propose('chu.tich', '2025-05-09', '2025-05-05')).toThrow(expect.objectContaining({ rule: 'INVALID_PERIOD' }));
  });
});
