import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { declarationScopeChange, type ScopeVersion } from './declaration-scope';

const declaration = { procedureCodes: ['1.001', '1.002'], declaredOn: '2026-03-01', declaredAt: '2026-03-01T02:00:00.000Z' };
const TODAY = '2026-06-15';
const version = (procedureCode: string, approvedAt: string, effectiveTo: string | null = null, effectiveFrom = '2026-01-01'): ScopeVersion => ({ procedureCode, approvedAt, effectiveFrom, effectiveTo });
const declaredInForce = [version('1.001', '2025-12-20T00:00:00Z'), version('1.002', '2025-12-20T00:00:00Z')];

describe('the declaration no longer covers the scope (renewal after a scope change)', () => {
  it('given no declaration yet, when procedures are in force, then nothing is to renew', () => {
    expect(declarationScopeChange(null, declaredInForce, TODAY)).toBeNull();
  });

  it('given a declaration, when its procedures stay in force and newer versions of them are approved, then it is current', () => {
    expect(declarationScopeChange(declaration, [...declaredInForce, version('1.001', '2026-05-01T00:00:00Z', null, '2026-05-01')], TODAY)).toBeNull();
  });

  it('given a declaration, when a version is approved after it for a procedure it does not name, then that procedure is added', () => {
    const versions = [...declaredInForce, version('2.500', '2026-04-01T00:00:00Z', null, '2026-04-01'), version('2.500', '2026-05-01T00:00:00Z', null, '2026-05-01')];
    expect(declarationScopeChange(declaration, versions, TODAY)).toEqual({ added: ['2.500'], removed: [] });
  });

  it('given a declaration, when a procedure left out was already in force before it, then it is not a change', () => {
    expect(declarationScopeChange(declaration, [...declaredInForce, version('3.000', '2026-02-28T00:00:00Z')], TODAY)).toBeNull();
  });

  it('given a declaration, when a procedure it names has no approved version in force any more, then it is removed', () => {
    const versions = [version('1.001', '2025-12-20T00:00:00Z'), version('1.002', '2025-12-20T00:00:00Z', '2026-05-31'), version('4.000', '2026-06-01T00:00:00Z', null, '2026-06-01')];
    expect(declarationScopeChange(declaration, versions, TODAY)).toEqual({ added: ['4.000'], removed: ['1.002'] });
  });

  it('given a declaration naming a procedure the catalogue never had in force, then that name alone is no change of scope', () => {
    expect(declarationScopeChange({ ...declaration, procedureCodes: [...declaration.procedureCodes, '9.999'] }, declaredInForce, TODAY)).toBeNull();
  });

  it('given a declaration, when a new declaration names the added procedure, then the newer one is current', () => {
    const versions = [...declaredInForce, version('2.500', '2026-04-01T00:00:00Z', null, '2026-04-01')];
    const renewed = { procedureCodes: ['1.001', '1.002', '2.500'], declaredOn: '2026-06-10', declaredAt: '2026-06-10T02:00:00.000Z' };
    expect(declarationScopeChange(renewed, versions, TODAY)).toBeNull();
  });
});
