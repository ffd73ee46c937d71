import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor, userId } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { LegalChangeCommand } from './legal-change.commands';
import { decideLegalChange } from './legal-change.decide';
import type { LegalChangeEvent } from './legal-change.events';
import { evolveLegalChange, initialLegalChangeState, legalChangeDoneOn, type KnownLegalChange } from './legal-change.state';
import { evolveProcedure, initialProcedureState } from '../procedures';
import { internalApproved, internalDrafted, internalRegistered, QT, V1, V2 } from '../procedures/testing/internal-process-fixtures';
import { CODE, DECREE, ISO, LEGAL_CONTEXT, NOW, OTHER_CODE } from './testing/quality-fixtures';

const given = deciderSpec({ decide: decideLegalChange, evolve: evolveLegalChange, initialState: initialLegalChangeState }, LEGAL_CONTEXT);

const ID = '7d1c0000-0000-4000-8000-000000000001';
const by = userId('thuky.iso');
const cmd = {
  register: (o: object = {}): LegalChangeCommand => ({
    type: 'register', legalChangeId: ID, docSymbol: DECREE, excerpt: 'Quy định chi tiết Luật Xây dựng', issuedOn: '2024-12-30', effectiveFrom: '2025-11-30',
    procedureCodes: [CODE], actor: ISO, now: NOW, ...o,
  }),
  assess: (o: object = {}): LegalChangeCommand => ({ type: 'assess', legalChangeId: ID, impact: 'revise', note: 'Phải sửa thành phần hồ sơ', actor: ISO, now: NOW, ...o }),
  incorporate: (o: object = {}): LegalChangeCommand => ({ type: 'incorporate', legalChangeId: ID, procedureCode: CODE, version: 2, actor: ISO, now: NOW, ...o }),
};
const registered = (o: object = {}): LegalChangeEvent => ({
  type: 'LegalChangeRegistered',
  data: { docSymbol: DECREE, excerpt: 'Quy định chi tiết Luật Xây dựng', issuedOn: '2024-12-30', effectiveFrom: '2025-11-30', dueOn: '2026-02-28', procedureCodes: [CODE], by, at: NOW, ...o },
});
const assessed = (impact: 'none' | 'revise' = 'revise'): LegalChangeEvent => ({ type: 'LegalChangeAssessed', data: { impact, note: 'Phải sửa thành phần hồ sơ', by, at: NOW } });
const incorporated: LegalChangeEvent = { type: 'LegalChangeIncorporated', data: { procedureCode: CODE, version: 2, approvedOn: '2026-02-10', by, at: NOW } };

describe('register a legal change', () => {
  it('the ISO secretary registers it; due three calendar months after entry into force (30/11 → 28/2)', () => {
    given([]).when(cmd.register({ docSymbol: ` ${DECREE} ` })).then([registered()]);
  });

  it('names each affected procedure once', () => {
    given([]).when(cmd.register({ procedureCodes: [CODE, OTHER_CODE, CODE], effectiveFrom: '2026-01-31' })).then([registered({ procedureCodes: [CODE, OTHER_CODE], effectiveFrom: '2026-01-31', dueOn: '2026-04-30' })]);
  });

  it.each([
    ['no affected procedure', { procedureCodes: [] }, 'PROCEDURES_REQUIRED', 'procedureCodes'],
    ['a procedure not in the catalogue', { procedureCodes: [CODE, '9.999999'] }, 'UNKNOWN_PROCEDURE', 'procedureCodes[1]'],
    ['in force before it was issued', { effectiveFrom: '2024-12-01' }, 'EFFECTIVE_BEFORE_ISSUED', 'effectiveFrom'],
    ['no symbol', { docSymbol: ' ' }, 'REQUIRED', 'docSymbol'],
    ['an impossible day', { issuedOn: '2025-02-29' }, 'INVALID_DATE', 'issuedOn'],
  ])('RULE_VIOLATION: %s', (_name, o, rule, field) => {
    given([]).when(cmd.register(o)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('FORBIDDEN: only the ISO secretary; WRONG_STATE: registered once', () => {
    given([]).when(cmd.register({ actor: actor('chanh.vp') })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
    given([registered()]).when(cmd.register()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
  });
});

describe('assess and incorporate', () => {
  it('no impact closes the change on the day of the assessment', () => {
    const { state } = given([registered()]).when(cmd.assess({ impact: 'none' })).then([assessed('none')]);
    expect(state.status).toBe('no_impact');
    expect(legalChangeDoneOn(state as KnownLegalChange)).toBe('2026-03-05');
  });

  it('a revision is done when the approved version citing the document is linked; the clock stops on its approval day', () => {
    const { state } = given([registered(), assessed()]).when(cmd.incorporate()).then([incorporated]);
    expect(state.status).toBe('incorporated');
    expect(legalChangeDoneOn(state as KnownLegalChange)).toBe('2026-02-10');
  });

  it('with two procedures, the change stays open until both are incorporated', () => {
    const { state } = given([registered({ procedureCodes: [CODE, OTHER_CODE] }), assessed()]).when(cmd.incorporate()).then([incorporated]);
    expect(state.status).toBe('revising');
  });

  it.each([
    ['a version not yet approved', { version: 3 }, 'PROCESS_NOT_APPROVED'],
    ['a version that does not cite the document', { version: 1 }, 'LEGAL_BASIS_NOT_CITED'],
    ['a procedure the change does not affect', { procedureCode: OTHER_CODE }, 'PROCEDURE_NOT_AFFECTED'],
  ])('RULE_VIOLATION: %s', (_name, o, rule) => {
    given([registered(), assessed()]).when(cmd.incorporate(o)).thenThrows({ code: 'RULE_VIOLATION', rule });
  });

  it('NOT_FOUND: a version the catalogue does not have, or a change never registered', () => {
    given([registered(), assessed()]).when(cmd.incorporate({ version: 9 })).thenThrows({ code: 'NOT_FOUND', field: 'version' });
    given([]).when(cmd.assess()).thenThrows({ code: 'NOT_FOUND' });
  });

  it('WRONG_STATE: incorporate before assessing, assess twice, incorporate a procedure twice', () => {
    given([registered()]).when(cmd.incorporate()).thenThrows({ code: 'WRONG_STATE', rule: 'NOT_REVISING' });
    given([registered(), assessed()]).when(cmd.assess()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_ASSESSED' });
    given([registered({ procedureCodes: [CODE, OTHER_CODE] }), assessed(), incorporated]).when(cmd.incorporate()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_INCORPORATED' });
  });
});

describe('a legal change that affects an internal process of the Office (QT-…)', () => {
  // QT-VB-01 with an approved version 2 that cites the decree among its legal bases.
  const qtVb01 = [
    internalRegistered(), internalDrafted(1, V1), internalApproved(1),
    internalDrafted(2, { ...V2, legalBasis: [...V2.legalBasis, `Nghị định ${DECREE}`] }), internalApproved(2, '12/QĐ-VP'),
  ].reduce(evolveProcedure, initialProcedureState);
  const givenOffice = deciderSpec({ decide: decideLegalChange, evolve: evolveLegalChange, initialState: initialLegalChangeState }, { procedures: new Map([[QT, qtVb01]]) });

  it('is registered against the process and incorporated by the approved version that cites it', () => {
    givenOffice([]).when(cmd.register({ procedureCodes: [QT] })).then([registered({ procedureCodes: [QT] })]);
    const { state } = givenOffice([registered({ procedureCodes: [QT] }), assessed()])
      .when(cmd.incorporate({ procedureCode: QT, version: 2 }))
      .then([{ type: 'LegalChangeIncorporated', data: { procedureCode: QT, version: 2, approvedOn: '2026-03-05', by, at: NOW } }]);
    expect(state.status).toBe('incorporated');
  });

  it('LEGAL_BASIS_NOT_CITED: version 1 of the process does not cite it', () => {
    givenOffice([registered({ procedureCodes: [QT] }), assessed()]).when(cmd.incorporate({ procedureCode: QT, version: 1 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEGAL_BASIS_NOT_CITED' });
  });
});
