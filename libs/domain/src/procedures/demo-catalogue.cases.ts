import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { ISO, NOW } from '../testing/procedure-fixtures';
import { planCatalogueImport } from './catalogue-import';
import { DEMO_CATALOGUE } from './demo-catalogue';
import { decideProcedure } from './procedure.decide';
import { initialProcedureState } from './procedure.state';

const context = { organisation: DEMO_ORGANISATION };

describe('the demo catalogue', () => {
  it('holds 134 procedures with distinct codes in 25 fields, exactly the organisation\'s', () => {
    expect(DEMO_CATALOGUE).toHaveLength(134);
    expect(new Set(DEMO_CATALOGUE.map((p) => p.code)).size).toBe(134);
    const fields = new Set(DEMO_CATALOGUE.map((p) => p.fieldCode));
    expect(fields.size).toBe(25);
    expect([...fields].sort()).toEqual(DEMO_ORGANISATION.fields.map((f) => f.code).sort());
  });

  it('every entry registers and drafts its version on an empty procedure, unchanged by the decider', () => {
    for (const { code, name, fieldCode, version } of DEMO_CATALOGUE) {
      const [registered] = decideProcedure({ type: 'register', code, name, fieldCode, actor: ISO, now: NOW }, initialProcedureState, context);
      const state = { status: 'registered' as const, code, name, fieldCode, versions: [] };
      const [drafted] = decideProcedure({ type: 'draft-version', code, ...version, actor: ISO, now: NOW }, state, context);
      expect(registered.data).toMatchObject({ code, name, fieldCode });
      expect(drafted.data, code).toEqual({ code, version: 1, ...version, by: ISO.userId, at: NOW });
    }
  });

  it('imports in one go as the ISO secretary\'s spreadsheet', () => {
    const rows = DEMO_CATALOGUE.map(({ code, name, fieldCode, version }) => ({ code, name, fieldCode, ...version }));
    const plan = planCatalogueImport(rows, new Map(), { ...context, actor: ISO, now: NOW });
    expect(plan.refused).toEqual([]);
    expect(plan.commands).toHaveLength(2 * 134);
  });

  it('keeps where each entry comes from', () => {
    for (const entry of DEMO_CATALOGUE) expect(entry.source.trim().length, entry.code).toBeGreaterThan(0);
    const count = (predicate: (p: (typeof DEMO_CATALOGUE)[number]) => boolean) => DEMO_CATALOGUE.filter(predicate).length;
    expect(count((p) => p.source.startsWith('https://dichvucong.gov.vn/'))).toBe(93);
    expect(count((p) => p.source.includes('2022/QĐ-UBND') && !p.completed.includes('steps'))).toBe(18);
    expect(count((p) => p.code.startsWith('9.') && p.source.startsWith('Minh họa'))).toBe(23);
  });
});

describe('the demo organisation\'s fields', () => {
  const byCode = new Map(DEMO_ORGANISATION.fields.map((f) => [f.code, f]));
  const department = (id: string) => DEMO_ORGANISATION.departments.find((d) => d.id === id)?.code;
  const username = (id: string) => DEMO_ORGANISATION.users.find((u) => u.id === id)?.username;

  it('the first eight keep their department and leaders (DOMAIN.md §1)', () => {
    const expected: Array<[string, string, string, string]> = [
      ['KH-DT', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
      ['TC', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
      ['XD', 'KT', 'pho.chanh.vp.kt', 'pho.chu.tich.kt'],
      ['GD-DT', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
      ['YT', 'VX', 'pho.chanh.vp.vx', 'pho.chu.tich.vx'],
      ['NV', 'NC', 'chanh.vp', 'chu.tich'],
      ['TP', 'NC', 'chanh.vp', 'chu.tich'],
      ['TH', 'TH', 'chanh.vp', 'chu.tich'],
    ];
    expect(DEMO_ORGANISATION.fields.slice(0, 8).map((f) => [f.code, department(f.departmentId), username(f.officeLeaderId), username(f.committeeLeaderId)])).toEqual(expected);
  });

  it('every field has a department, an office leader and a committee leader', () => {
    expect(byCode.size).toBe(25);
    for (const field of DEMO_ORGANISATION.fields) {
      expect(department(field.departmentId), field.code).toBeDefined();
      expect(username(field.officeLeaderId), field.code).toBeDefined();
      expect(username(field.committeeLeaderId), field.code).toBeDefined();
    }
  });
});
