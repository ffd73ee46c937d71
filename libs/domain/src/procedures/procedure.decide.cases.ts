import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import { approve, approved, CHIEF, CONTEXT, draft, drafted, NOW, register, registered, SPEC } from '../testing/procedure-fixtures';
import type { DraftProcedureVersion, ProcedureCommand } from './procedure.commands';
import { decideProcedure } from './procedure.decide';
import { evolveProcedure, initialProcedureState } from './procedure.state';
import type { ProcessStep, RequiredItem } from './procedure.types';

const given = deciderSpec({ decide: decideProcedure, evolve: evolveProcedure, initialState: initialProcedureState }, CONTEXT);

const withStep = (i: number, step: Partial<ProcessStep>) => SPEC.steps.map((s, j) => (j === i ? { ...s, ...step } : s));
const withItem = (item: Partial<RequiredItem>) => [{ ...SPEC.requiredItems[0], ...item }];
/** A command as an untyped client may send it: the decider checks what the types cannot. */
const loose = (o: Record<string, unknown>): DraftProcedureVersion => draft(o as Partial<DraftProcedureVersion>);

describe('register a procedure', () => {
  it('the ISO secretary registers a procedure under its national code; the name is trimmed', () => {
    given([]).when(register({ name: '  Cấp giấy phép xây dựng ' })).then([registered()]);
  });

  it('accepts the national code format of both kinds (1.xxxxxx, 2.xxxxxx)', () => {
    given([]).when(register({ code: '2.000635' })).then([registered({ code: '2.000635' })]);
  });

  it('WRONG_STATE: a code is registered once', () => {
    given([registered()]).when(register()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
  });

  it.each(['chanh.vp', 'motcua1', 'quantri'])('FORBIDDEN: %s does not keep the catalogue', (username) => {
    given([]).when(register({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
  });

  it.each<[string, ProcedureCommand, string, string]>([
    ['a code not in the national format', register({ code: 'TTHC-01' }), 'INVALID_PROCEDURE_CODE', 'code'],
    ['a code with spaces', register({ code: ' 1.004227' }), 'INVALID_PROCEDURE_CODE', 'code'],
    ['no name', register({ name: '   ' }), 'REQUIRED', 'name'],
    ['a field the organisation does not have', register({ fieldCode: 'XYZ' }), 'UNKNOWN_FIELD', 'fieldCode'],
  ])('RULE_VIOLATION: %s', (_name, command, rule, field) => {
    given([]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });
});

describe('draft a version', () => {
  it('the first version is number 1, written as drafted, not approved', () => {
    const { state } = given([registered()]).when(draft()).then([drafted(1)]);
    expect(state.status === 'registered' && state.versions[0].approval).toBeNull();
  });

  it('normalises: text trimmed, cut-off hour 15 and no fee by default, open end when effectiveTo is absent', () => {
    const command = draft({ publishingDecision: `  ${SPEC.publishingDecision} `, resultType: ' Giấy phép ', cutoffHour: undefined, feeVnd: undefined, effectiveTo: undefined });
    given([registered()]).when(command).then([drafted(1, { cutoffHour: 15, feeVnd: null })]);
  });

  it('a later version follows the earlier one without overlap and takes the next number', () => {
    const first = drafted(1, { effectiveTo: '2025-12-31' });
    given([registered(), first, approved(1)]).when(draft({ effectiveFrom: '2026-01-01' })).then([drafted(2, { effectiveFrom: '2026-01-01' })]);
  });

  it('steps may fill the statutory time exactly, in half days, and a step may take no time', () => {
    const steps: ProcessStep[] = [
      { no: 1, task: 'Tiếp nhận', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 },
      { no: 2, task: 'Thẩm định', unit: 'Chuyên viên', role: 'specialist', workingDays: 9.5 },
      { no: 3, task: 'Trả kết quả', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0 },
    ];
    given([registered()]).when(draft({ steps })).then([drafted(1, { steps })]);
  });

  it('a version of a single day (effectiveTo = effectiveFrom), a free procedure and a cut-off at 8 or 17 are valid', () => {
    given([registered()]).when(draft({ effectiveTo: '2025-07-01', feeVnd: 0, cutoffHour: 8 })).then([drafted(1, { effectiveTo: '2025-07-01', feeVnd: 0, cutoffHour: 8 })]);
    given([registered()]).when(draft({ cutoffHour: 17 })).then([drafted(1, { cutoffHour: 17 })]);
  });

  it('NOT_FOUND: a version of a procedure not in the catalogue', () => {
    given([]).when(draft()).thenThrows({ code: 'NOT_FOUND', field: 'code' });
  });

  it.each(['chanh.vp', 'motcua1', 'tp.hctc'])('FORBIDDEN: %s does not draft versions', (username) => {
    given([registered()]).when(draft({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
  });

  describe('VERSION_OVERLAP: versions of one procedure never share a day', () => {
    const closed = drafted(1, { effectiveFrom: '2025-07-01', effectiveTo: '2025-12-31' });
    it.each<[string, Partial<DraftProcedureVersion>]>([
      ['starts inside the earlier version', { effectiveFrom: '2025-10-01' }],
      ['starts on its last day', { effectiveFrom: '2025-12-31' }],
      ['ends on its first day', { effectiveFrom: '2025-01-01', effectiveTo: '2025-07-01' }],
      ['surrounds it', { effectiveFrom: '2025-01-01', effectiveTo: '2026-06-30' }],
      ['starts before it with an open end', { effectiveFrom: '2025-01-01', effectiveTo: null }],
    ])('%s', (_name, dates) => {
      given([registered(), closed]).when(draft(dates)).thenThrows({ code: 'RULE_VIOLATION', rule: 'VERSION_OVERLAP', field: 'effectiveFrom' });
    });

    it('a version with an open end holds every later day, approved or not', () => {
      given([registered(), drafted(1)]).when(draft({ effectiveFrom: '2030-01-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'VERSION_OVERLAP' });
    });

    it('the day before the earlier version is free', () => {
      given([registered(), closed]).when(draft({ effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' })).then([
        drafted(2, { effectiveFrom: '2025-01-01', effectiveTo: '2025-06-30' }),
      ]);
    });
  });

  it.each<[string, DraftProcedureVersion, string, string]>([
    ['the steps exceed the statutory time', draft({ statutoryDays: 9 }), 'STEPS_EXCEED_STATUTORY', 'steps'],
    ['no step', draft({ steps: [] }), 'STEPS_REQUIRED', 'steps'],
    ['steps not a list', loose({ steps: 'tiếp nhận' }), 'INVALID_VALUE', 'steps'],
    ['a step numbered out of order', draft({ steps: withStep(1, { no: 3 }) }), 'STEP_NUMBERING', 'steps[1].no'],
    ['steps not starting at 1', draft({ steps: SPEC.steps.map((s) => ({ ...s, no: s.no + 1 })) }), 'STEP_NUMBERING', 'steps[0].no'],
    ['a step in quarter days', draft({ steps: withStep(0, { workingDays: 0.25 }) }), 'INVALID_WORKING_DAYS', 'steps[0].workingDays'],
    ['a step of negative time', draft({ steps: withStep(0, { workingDays: -0.5 }) }), 'INVALID_WORKING_DAYS', 'steps[0].workingDays'],
    ['a step without a time', loose({ steps: withStep(2, { workingDays: null as unknown as number }) }), 'INVALID_WORKING_DAYS', 'steps[2].workingDays'],
    ['a step without a task', draft({ steps: withStep(1, { task: ' ' }) }), 'REQUIRED', 'steps[1].task'],
    ['a step without a unit', draft({ steps: withStep(1, { unit: '' }) }), 'REQUIRED', 'steps[1].unit'],
    ['a step with an unknown role', loose({ steps: withStep(1, { role: 'mayor' as never }) }), 'INVALID_VALUE', 'steps[1].role'],
    ['a statutory time of 0 days', draft({ statutoryDays: 0 }), 'INVALID_STATUTORY_DAYS', 'statutoryDays'],
    ['a statutory time in half days', draft({ statutoryDays: 10.5 }), 'INVALID_STATUTORY_DAYS', 'statutoryDays'],
    ['no effective date', loose({ effectiveFrom: undefined }), 'INVALID_DATE', 'effectiveFrom'],
    ['an impossible effective date', draft({ effectiveFrom: '2025-02-29' }), 'INVALID_DATE', 'effectiveFrom'],
    ['an impossible end date', draft({ effectiveTo: '2025-13-01' }), 'INVALID_DATE', 'effectiveTo'],
    ['an end before the start', draft({ effectiveTo: '2025-06-30' }), 'EFFECTIVE_TO_BEFORE_FROM', 'effectiveTo'],
    ['a cut-off before the working day', draft({ cutoffHour: 7 }), 'INVALID_CUTOFF_HOUR', 'cutoffHour'],
    ['a cut-off after it', draft({ cutoffHour: 18 }), 'INVALID_CUTOFF_HOUR', 'cutoffHour'],
    ['a cut-off on the half hour', draft({ cutoffHour: 15.5 }), 'INVALID_CUTOFF_HOUR', 'cutoffHour'],
    ['a negative fee', draft({ feeVnd: -1 }), 'INVALID_FEE', 'feeVnd'],
    ['a fee in fractions of a đồng', draft({ feeVnd: 1000.5 }), 'INVALID_FEE', 'feeVnd'],
    ['no publishing decision', draft({ publishingDecision: '  ' }), 'REQUIRED', 'publishingDecision'],
    ['no result type', draft({ resultType: '' }), 'REQUIRED', 'resultType'],
    ['an unknown online level', loose({ onlineLevel: 'level4' }), 'INVALID_VALUE', 'onlineLevel'],
    ['an unknown supplement policy', loose({ supplementPolicy: 'extend' }), 'INVALID_VALUE', 'supplementPolicy'],
    ['a blank legal basis', draft({ legalBasis: ['Luật 50/2014/QH13', ' '] }), 'REQUIRED', 'legalBasis[1]'],
    ['a legal basis not a list', loose({ legalBasis: 'Luật 50/2014/QH13' }), 'INVALID_VALUE', 'legalBasis'],
    ['no required item', draft({ requiredItems: [] }), 'ITEMS_REQUIRED', 'requiredItems'],
    ['an item without a name', draft({ requiredItems: withItem({ name: ' ' }) }), 'REQUIRED', 'requiredItems[0].name'],
    ['an item of an unknown form', loose({ requiredItems: withItem({ form: 'scan' as never }) }), 'INVALID_VALUE', 'requiredItems[0].form'],
    ['an item of quantity 0', draft({ requiredItems: withItem({ quantity: 0 }) }), 'INVALID_QUANTITY', 'requiredItems[0].quantity'],
    ['an item not marked mandatory or not', loose({ requiredItems: withItem({ mandatory: undefined }) }), 'INVALID_VALUE', 'requiredItems[0].mandatory'],
    ['the same item twice', draft({ requiredItems: [SPEC.requiredItems[0], { ...SPEC.requiredItems[0], form: 'copy' }] }), 'DUPLICATE_ITEM', 'requiredItems[1].name'],
  ])('RULE_VIOLATION: %s', (_name, command, rule, field) => {
    given([registered()]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });
});

describe('approve a version', () => {
  it('the office chief approves a drafted version with the decision reference (trimmed)', () => {
    const { state } = given([registered(), drafted(1)]).when(approve({ decisionRef: ' 15/QĐ-VP ' })).then([approved(1)]);
    expect(state.status === 'registered' && state.versions[0].approval).toEqual({ by: CHIEF.userId, at: NOW, decisionRef: '15/QĐ-VP' });
  });

  it('approves the version named, not the latest', () => {
    const history = [registered(), drafted(1, { effectiveTo: '2025-12-31' }), drafted(2, { effectiveFrom: '2026-01-01' })];
    const { state } = given(history).when(approve({ version: 1 })).then([approved(1)]);
    expect(state.status === 'registered' && state.versions.map((v) => v.approval !== null)).toEqual([true, false]);
  });

  it('NOT_FOUND: the procedure is not in the catalogue', () => {
    given([]).when(approve()).thenThrows({ code: 'NOT_FOUND', field: 'code' });
  });

  it('NOT_FOUND: the version does not exist', () => {
    given([registered(), drafted(1)]).when(approve({ version: 2 })).thenThrows({ code: 'NOT_FOUND', field: 'version' });
  });

  it('WRONG_STATE: a version is approved once', () => {
    given([registered(), drafted(1), approved(1)]).when(approve()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_APPROVED' });
  });

  it.each(['thuky.iso', 'pho.chanh.vp.kt', 'chu.tich'])('FORBIDDEN: %s does not approve (only the office chief)', (username) => {
    given([registered(), drafted(1)]).when(approve({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_CHIEF_ONLY' });
  });

  it('RULE_VIOLATION: an approval needs the decision reference', () => {
    given([registered(), drafted(1)]).when(approve({ decisionRef: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REQUIRED', field: 'decisionRef' });
  });
});
