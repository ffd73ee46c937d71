import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor } from '../testing/document-fixtures';
import { approve, approved, CODE, CONTEXT, drafted, ISO, NOW, registered, SPEC } from '../testing/procedure-fixtures';
import { catalogueRowsOf, planCatalogueImport, type CatalogueImportContext, type CatalogueRow } from './catalogue-import';
import type { ProcedureCommand } from './procedure.commands';
import { decideProcedure } from './procedure.decide';
import { evolveProcedure, initialProcedureState, procedureStateFrom, type ProcedureState } from './procedure.state';

const IMPORT: CatalogueImportContext = { ...CONTEXT, actor: ISO, now: NOW };
const NONE = new Map<string, ProcedureState>();

const row = (o: Partial<CatalogueRow> = {}): CatalogueRow => ({ code: CODE, name: 'Cấp giấy phép xây dựng', fieldCode: 'XD', ...SPEC, ...o });

/** Applies planned commands to the catalogue, as the real run does. */
function apply(commands: ProcedureCommand[], states: ReadonlyMap<string, ProcedureState>): Map<string, ProcedureState> {
  const catalogue = new Map(states);
  for (const command of commands) {
    const state = catalogue.get(command.code) ?? initialProcedureState;
    catalogue.set(command.code, decideProcedure(command, state, CONTEXT).reduce(evolveProcedure, state));
  }
  return catalogue;
}

/** A deep copy with every object's keys in reverse order, as a JSON store may hand them back. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
  return value;
}

describe('planCatalogueImport', () => {
  it('an unknown procedure is registered, then its version drafted', () => {
    const plan = planCatalogueImport([row()], NONE, IMPORT);
    expect(plan.refused).toEqual([]);
    expect(plan.commands.map((c) => [c.type, c.code])).toEqual([
      ['register', CODE],
      ['draft-version', CODE],
    ]);
    expect(plan.commands[0]).toMatchObject({ name: 'Cấp giấy phép xây dựng', fieldCode: 'XD', actor: ISO, now: NOW });
  });

  it('a known procedure only gets the new version', () => {
    const states = new Map([[CODE, procedureStateFrom([registered(), drafted(1, { effectiveTo: '2025-12-31' }), approved(1)])]]);
    const plan = planCatalogueImport([row({ effectiveFrom: '2026-01-01' })], states, IMPORT);
    expect(plan).toEqual({ commands: [expect.objectContaining({ type: 'draft-version', effectiveFrom: '2026-01-01' })], refused: [] });
  });

  it('several versions of one procedure in one file: later rows see the earlier ones', () => {
    const rows = [row({ effectiveTo: '2025-12-31' }), row({ effectiveFrom: '2026-01-01', statutoryDays: 12 })];
    const plan = planCatalogueImport(rows, NONE, IMPORT);
    expect(plan.refused).toEqual([]);
    expect(plan.commands.map((c) => c.type)).toEqual(['register', 'draft-version', 'draft-version']);
  });

  it('lists every refused row with its number, code, field and rule, and plans the others', () => {
    const rows = [
      row({ code: '1.000001', statutoryDays: 5 }),
      row({ code: '1.000002' }),
      row({ code: 'abc' }),
      row({ code: '1.000003', fieldCode: 'XYZ' }),
      row({ code: '1.000002', effectiveFrom: '2025-09-01' }),
    ];
    const plan = planCatalogueImport(rows, NONE, IMPORT);
    expect(plan.refused).toEqual([
      { row: 1, code: '1.000001', field: 'steps', rule: 'STEPS_EXCEED_STATUTORY', message: expect.any(String) },
      { row: 3, code: 'abc', field: 'code', rule: 'INVALID_PROCEDURE_CODE', message: expect.any(String) },
      { row: 4, code: '1.000003', field: 'fieldCode', rule: 'UNKNOWN_FIELD', message: expect.any(String) },
      { row: 5, code: '1.000002', field: 'effectiveFrom', rule: 'VERSION_OVERLAP', message: expect.any(String) },
    ]);
    expect(plan.commands.map((c) => c.code)).toEqual(['1.000002', '1.000002']);
  });

  it('a row is all or nothing: a refused version does not register its procedure', () => {
    const plan = planCatalogueImport([row({ requiredItems: [] }), row({ effectiveFrom: '2026-01-01' })], NONE, IMPORT);
    expect(plan.refused.map((r) => [r.row, r.rule])).toEqual([[1, 'ITEMS_REQUIRED']]);
    expect(plan.commands.map((c) => c.type)).toEqual(['register', 'draft-version']);
  });

  it('a row may not rename a known procedure or move it to another field', () => {
    const states = new Map([[CODE, procedureStateFrom([registered(), drafted(1, { effectiveTo: '2025-12-31' })])]]);
    const plan = planCatalogueImport([row({ name: 'Tên khác', effectiveFrom: '2026-01-01' }), row({ fieldCode: 'TC', effectiveFrom: '2026-01-01' })], states, IMPORT);
    expect(plan.refused.map((r) => [r.rule, r.field])).toEqual([
      ['CATALOGUE_MISMATCH', 'name'],
      ['CATALOGUE_MISMATCH', 'fieldCode'],
    ]);
  });

  it('approval is not imported: an "approve" column is ignored', () => {
    const plan = planCatalogueImport([{ ...row(), approve: true } as unknown as CatalogueRow], NONE, IMPORT);
    expect(plan.commands.map((c) => c.type)).toEqual(['register', 'draft-version']);
  });

  it('an actor who may not keep the catalogue is refused outright, not row by row', () => {
    expect(() => planCatalogueImport([row(), row({ code: '1.000009' })], NONE, { ...IMPORT, actor: actor('motcua1') })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' }),
    );
  });

  it('does not touch the states it is given', () => {
    const states = new Map<string, ProcedureState>();
    planCatalogueImport([row()], states, IMPORT);
    expect(states.size).toBe(0);
  });
});

describe('catalogueRowsOf', () => {
  const states = new Map<string, ProcedureState>([
    ['2.000635', procedureStateFrom([registered({ code: '2.000635', fieldCode: 'TC' }), drafted(1, {}, '2.000635')])],
    [CODE, procedureStateFrom([registered(), drafted(1, { effectiveTo: '2025-12-31' }), approved(1), drafted(2, { effectiveFrom: '2026-01-01' })])],
    ['1.999999', initialProcedureState],
  ]);

  it('one row per version, by code then version, with the version number and approval', () => {
    const rows = catalogueRowsOf(states);
    expect(rows.map((r) => [r.code, r.version, r.approval?.decisionRef ?? null])).toEqual([
      [CODE, 1, '15/QĐ-VP'],
      [CODE, 2, null],
      ['2.000635', 1, null],
    ]);
    expect(rows[2]).toEqual({ code: '2.000635', name: 'Cấp giấy phép xây dựng', fieldCode: 'TC', ...SPEC, version: 1, approval: null });
  });

  it('importing the export again changes nothing, even with the keys stored in another order', () => {
    const reordered = new Map([...states].map(([code, state]) => [code, reversedKeys(state)]));
    expect(planCatalogueImport(catalogueRowsOf(states), reordered, IMPORT)).toEqual({ commands: [], refused: [] });
  });

  it('an export imported into an empty catalogue rebuilds it (approvals apart)', () => {
    const rebuilt = apply(planCatalogueImport(catalogueRowsOf(states), NONE, IMPORT).commands, NONE);
    const withoutApprovals = (rows: ReturnType<typeof catalogueRowsOf>) => rows.map((r) => ({ ...r, approval: null }));
    expect(withoutApprovals(catalogueRowsOf(rebuilt))).toEqual(withoutApprovals(catalogueRowsOf(states)));
    expect(() => apply([approve()], rebuilt)).not.toThrow();
  });
});
