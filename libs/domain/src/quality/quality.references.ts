import type { Organisation } from '../organisation';
import type { ProcedureState } from '../procedures';
import { ruleViolation } from '../shared';

/*
 * What quality records point at, checked where they are written: procedures by their catalogue
 * code (the catalogue is the process register) and people of the organisation by id.
 */

/** The catalogue procedures a command names, folded from their `procedure-<code>` streams by the caller. */
export type Catalogue = ReadonlyMap<string, ProcedureState>;

/**
 * Every code is in the catalogue, an administrative procedure or one of the Office's internal
 * processes (QT-…: both are processes of the quality system), else UNKNOWN_PROCEDURE on
 * `field[i]` (or `field` for one code).
 */
export function requireCatalogued(codes: readonly string[], catalogue: Catalogue, field: string, single = false): void {
  codes.forEach((code, i) => {
    if ((catalogue.get(code)?.status ?? 'none') === 'none') throw ruleViolation('UNKNOWN_PROCEDURE', `Thủ tục, quy trình ${code} không có trong danh mục`, single ? field : `${field}[${i}]`);
  });
}

export function requireUsers(ids: readonly string[], organisation: Organisation, field: string, single = false): void {
  ids.forEach((id, i) => {
    if (!organisation.users.some((user) => user.id === id)) throw ruleViolation('UNKNOWN_USER', 'Người này không có trong cơ cấu tổ chức', single ? field : `${field}[${i}]`);
  });
}

/** A list in a command (checklist, findings, inputs), else INVALID_VALUE; `rule` when empty. */
export function requireList(value: unknown, field: string, rule: string, message: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw ruleViolation(Array.isArray(value) ? rule : 'INVALID_VALUE', message, field);
  return value;
}
