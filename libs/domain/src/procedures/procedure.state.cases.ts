import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DomainError } from '../shared/domain-error';
import { approved, CHIEF, drafted, NOW, registered, SPEC } from '../testing/procedure-fixtures';
import { initialProcedureState, procedureStateFrom, requireVersionInForce, versionInForce } from './procedure.state';
import { ruleSetAt } from './rule-set';

/** Version 1 from 1/7/2025 to 31/12/2025, approved; version 2 from 1/1/2026, open, still a draft. */
const history = [registered(), drafted(1, { effectiveTo: '2025-12-31' }), approved(1), drafted(2, { effectiveFrom: '2026-01-01', statutoryDays: 12 })];
const state = procedureStateFrom(history);

function refusal(run: () => unknown): Pick<DomainError, 'code' | 'rule' | 'field'> {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, rule: error.rule, field: error.field };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('procedureStateFrom', () => {
  it('folds the procedure with its versions and approvals', () => {
    expect(state).toMatchObject({ status: 'registered', code: '1.004227', name: 'Cấp giấy phép xây dựng', fieldCode: 'XD' });
    expect(state.status === 'registered' && state.versions).toEqual([
      { ...SPEC, effectiveTo: '2025-12-31', version: 1, approval: { by: CHIEF.userId, at: NOW, decisionRef: '15/QĐ-VP' } },
      { ...SPEC, effectiveFrom: '2026-01-01', statutoryDays: 12, version: 2, approval: null },
    ]);
  });

  it('no events: no procedure', () => {
    expect(procedureStateFrom([])).toEqual(initialProcedureState);
  });
});

describe('the version in force on a day', () => {
  it('is the approved version covering the day, first and last days included', () => {
    for (const day of ['2025-07-01', '2025-09-15', '2025-12-31']) {
      expect(versionInForce(state, day)?.version).toBe(1);
      expect(requireVersionInForce(state, day).version).toBe(1);
    }
  });

  it('none before the first version', () => {
    expect(versionInForce(state, '2025-06-30')).toBeNull();
    expect(refusal(() => requireVersionInForce(state, '2025-06-30'))).toEqual({ code: 'RULE_VIOLATION', rule: 'PROCEDURE_VERSION_NOT_IN_FORCE', field: 'procedureCode' });
  });

  it('none while the version covering the day waits for approval', () => {
    expect(versionInForce(state, '2026-03-05')).toBeNull();
    expect(refusal(() => requireVersionInForce(state, '2026-03-05'))).toEqual({ code: 'RULE_VIOLATION', rule: 'PROCESS_NOT_APPROVED', field: 'procedureCode' });
  });

  it('the draft is in force once approved, with an open end', () => {
    const later = procedureStateFrom([...history, approved(2)]);
    expect(versionInForce(later, '2026-01-01')?.statutoryDays).toBe(12);
    expect(requireVersionInForce(later, '2099-12-31').version).toBe(2);
  });

  it('NOT_FOUND for a procedure not in the catalogue', () => {
    expect(versionInForce(initialProcedureState, '2026-03-05')).toBeNull();
    expect(refusal(() => requireVersionInForce(initialProcedureState, '2026-03-05'))).toMatchObject({ code: 'NOT_FOUND', field: 'procedureCode' });
  });
});

describe('ruleSetAt', () => {
  it('NĐ 61/2018 until 30/6/2025, NĐ 118/2025 from 1/7/2025', () => {
    expect(ruleSetAt('2018-08-21')).toBe('nd61-2018');
    expect(ruleSetAt('2025-06-30')).toBe('nd61-2018');
    expect(ruleSetAt('2025-07-01')).toBe('nd118-2025');
    expect(ruleSetAt('2027-01-04')).toBe('nd118-2025');
  });

  it('refuses a day before any one-stop rule set', () => {
    expect(refusal(() => ruleSetAt('2018-08-20'))).toMatchObject({ code: 'RULE_VIOLATION', rule: 'NO_RULE_SET' });
  });
});
