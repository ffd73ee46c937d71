import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { INCOMING_DOCUMENTS_PROCESS_V1 } from '../deadlines';
import { actor } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import { CHIEF, CONTEXT, draft, ISO, NOW, registered } from '../testing/procedure-fixtures';
import { requireVersionInForce } from './procedure.state';
import type { ProcedureCommand } from './procedure.commands';
import { decideProcedure } from './procedure.decide';
import { evolveProcedure, initialProcedureState, internalProcessInForce, procedureStateFrom } from './procedure.state';
import {
  approveInternal, draftInternal, internalApproved, internalDrafted, internalRegistered, QT, registerInternal, V1, V2,
} from './testing/internal-process-fixtures';

const given = deciderSpec({ decide: decideProcedure, evolve: evolveProcedure, initialState: initialProcedureState }, CONTEXT);
const inForceV1 = [internalRegistered(), internalDrafted(1, V1), internalApproved(1)];

describe('register an internal process (quy trình nội bộ) in the catalogue', () => {
  it('the ISO secretary registers QT-VB-01 Xử lý văn bản đến', () => {
    given([]).when(registerInternal()).then([internalRegistered()]);
  });

  it.each<[string, ProcedureCommand, string, string]>([
    ['a national procedure code', registerInternal({ code: '1.004227' }), 'INVALID_PROCESS_CODE', 'code'],
    ['a code in lower case', registerInternal({ code: 'qt-vb-01' }), 'INVALID_PROCESS_CODE', 'code'],
    ['no name', registerInternal({ name: ' ' }), 'REQUIRED', 'name'],
  ])('RULE_VIOLATION: %s', (_name, command, rule, field) => {
    given([]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('FORBIDDEN: only the ISO secretary keeps the catalogue', () => {
    given([]).when(registerInternal({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
  });

  it('WRONG_STATE: one code, one entry, whatever its kind', () => {
    given([internalRegistered()]).when(registerInternal()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
    given([registered({ code: QT })]).when(registerInternal()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
  });
});

describe('draft and approve a version', () => {
  it('version 1 carries the steps of DOMAIN.md §3 with their basis; the office chief approves it; then it is in force', () => {
    given([internalRegistered()]).when(draftInternal()).then([internalDrafted(1, V1)]);
    const { state } = given([internalRegistered(), internalDrafted(1, V1)]).when(approveInternal()).then([internalApproved(1)]);
    expect(internalProcessInForce(state, '2025-04-24')).toEqual(INCOMING_DOCUMENTS_PROCESS_V1);
    expect(V1.steps.map((s) => s.basis)).toEqual([
      'Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP', 'Điểm 10.2.2 Quy chế làm việc', 'Điểm 10.2.3 Quy chế làm việc', 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP',
    ]);
  });

  it('not in force before approval, nor before its effective date', () => {
    expect(internalProcessInForce(procedureStateFrom([internalRegistered(), internalDrafted(1, V1)]), '2025-04-24')).toBeNull();
    expect(internalProcessInForce(procedureStateFrom(inForceV1), '2020-03-04')).toBeNull();
  });

  it('a later version succeeds the open one: its approval ends version 1 on the eve of its effective date', () => {
    const { state } = given([...inForceV1, internalDrafted(2, V2)])
      .when(approveInternal({ version: 2, decisionRef: '12/QĐ-VP' }))
      .then([
        internalApproved(2, '12/QĐ-VP'),
        { type: 'InternalProcessVersionSuperseded', data: { code: QT, version: 1, effectiveTo: '2026-12-31', byVersion: 2, by: CHIEF.userId, at: NOW } },
      ]);
    expect(internalProcessInForce(state, '2026-12-31')?.version).toBe(1);
    expect(internalProcessInForce(state, '2027-01-01')).toMatchObject({ version: 2, limits: { submit: { workingDays: 4 } } });
  });

  it('until the later version is approved, version 1 stays open and in force', () => {
    const state = procedureStateFrom([...inForceV1, internalDrafted(2, V2)]);
    expect(internalProcessInForce(state, '2027-06-01')?.version).toBe(1);
  });

  it('VERSION_OVERLAP: a version starting with or before the one in force, or over a pending draft', () => {
    given(inForceV1).when(draftInternal({ effectiveFrom: '2020-03-05' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'VERSION_OVERLAP', field: 'effectiveFrom' });
    given([...inForceV1, internalDrafted(2, V2)])
      .when(draftInternal({ ...V2, effectiveFrom: '2026-06-01' }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'VERSION_OVERLAP', field: 'effectiveFrom' });
    given([internalRegistered(), internalDrafted(1, V1)]).when(draftInternal(V2)).thenThrows({ code: 'RULE_VIOLATION', rule: 'VERSION_OVERLAP' });
  });

  it.each<[string, ProcedureCommand, string, string]>([
    ['a clock of its own without a step', draftInternal({ steps: V1.steps.slice(1).map((s, i) => ({ ...s, no: i + 1 })) }), 'PROCESS_CLOCK_MISSING', 'steps'],
    ['a clocked step without its limit', draftInternal({ steps: V1.steps.map((s, i) => (i === 2 ? { ...s, workingDays: null } : s)) }), 'INVALID_WORKING_DAYS', 'steps[2].workingDays'],
    ['a clock twice', draftInternal({ steps: V1.steps.map((s, i) => (i === 1 ? { ...s, clock: 'submit' as const } : s)) }), 'DUPLICATE_PROCESS_CLOCK', 'steps[2].clock'],
    ['a limit in half days', draftInternal({ steps: V1.steps.map((s, i) => (i === 2 ? { ...s, workingDays: 4.5 } : s)) }), 'INVALID_WORKING_DAYS', 'steps[2].workingDays'],
    ['a negative urgent limit', draftInternal({ steps: V1.steps.map((s, i) => (i === 0 ? { ...s, urgentWorkingDays: -1 } : s)) }), 'INVALID_WORKING_DAYS', 'steps[0].urgentWorkingDays'],
    ['a step without its basis', draftInternal({ steps: V1.steps.map((s, i) => (i === 3 ? { ...s, basis: '' } : s)) }), 'REQUIRED', 'steps[3].basis'],
    ['steps out of order', draftInternal({ steps: [...V1.steps].reverse() }), 'STEP_NUMBERING', 'steps[0].no'],
    ['no legal basis', draftInternal({ legalBasis: [] }), 'LEGAL_BASIS_REQUIRED', 'legalBasis'],
    ['an end before the start', draftInternal({ effectiveTo: '2019-01-01' }), 'EFFECTIVE_TO_BEFORE_FROM', 'effectiveTo'],
  ])('RULE_VIOLATION: %s', (_name, command, rule, field) => {
    given([internalRegistered()]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('FORBIDDEN: the ISO secretary drafts; only the office chief approves', () => {
    given([internalRegistered()]).when(draftInternal({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
    given([internalRegistered(), internalDrafted(1, V1)]).when(approveInternal({ actor: ISO })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
    given([internalRegistered(), internalDrafted(1, V1)]).when(approveInternal({ actor: actor('pho.chanh.vp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
  });

  it('WRONG_STATE: a version is approved once; NOT_FOUND: an unknown version', () => {
    given(inForceV1).when(approveInternal()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_APPROVED' });
    given(inForceV1).when(approveInternal({ version: 5 })).thenThrows({ code: 'NOT_FOUND', field: 'version' });
  });
});

describe('one catalogue, two kinds', () => {
  it('a procedure version is not drafted on an internal process, nor an internal version on a procedure', () => {
    given([internalRegistered()]).when(draft({ code: QT })).thenThrows({ code: 'NOT_FOUND', field: 'code' });
    given([registered()]).when(draftInternal({ code: '1.004227' })).thenThrows({ code: 'NOT_FOUND', field: 'code' });
  });

  it('the one-stop desk never receives dossiers under an internal process', () => {
    expect(() => requireVersionInForce(procedureStateFrom(inForceV1), '2025-04-24')).toThrow(/không có trong danh mục/);
  });
});
