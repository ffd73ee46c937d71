import type { LocalDate } from '../calendar';

/*
 * QĐ 19/2014 Art. 4.3 and TT 26/2014: a declaration covers the procedures it names; when the
 * system's scope changes after it, the office declares again. The scope is what the catalogue
 * says is approved and in force, so the rule compares the two.
 */

/** The message the ISO secretary's queue shows while the last declaration no longer covers the scope. */
export const SCOPE_CHANGED_MESSAGE = 'Phạm vi thay đổi sau công bố: cần công bố lại';

/** An approved version of the catalogue: its procedure, validity and the moment of its approval. */
export type ScopeVersion = { procedureCode: string; effectiveFrom: LocalDate; effectiveTo: LocalDate | null; approvedAt: string };

export type DeclaredScope = { procedureCodes: readonly string[]; declaredOn: LocalDate; declaredAt: string };

export type ScopeChange = { added: string[]; removed: string[] };

const inForceOn = (v: ScopeVersion, day: LocalDate) => v.effectiveFrom <= day && (v.effectiveTo === null || v.effectiveTo >= day);

/**
 * What changed in the scope since `declaration`, as of `today`; null when it still covers it (or
 * there is none yet: a first declaration is the yearly cycle's business, not a renewal).
 * - added: a procedure in force today that the declaration does not name, with a version approved
 *   after it; one approved before was left out on purpose when the head declared;
 * - removed: a procedure it names that was in force when it was made and is not any more. A name
 *   the catalogue never had in force is not a change of scope.
 */
export function declarationScopeChange(declaration: DeclaredScope | null, versions: readonly ScopeVersion[], today: LocalDate): ScopeChange | null {
  if (declaration === null) return null;
  const declared = new Set(declaration.procedureCodes);
  const signedAt = Date.parse(declaration.declaredAt);
  const now = versions.filter((v) => inForceOn(v, today));
  const then = new Set(versions.filter((v) => Date.parse(v.approvedAt) <= signedAt && inForceOn(v, declaration.declaredOn)).map((v) => v.procedureCode));
  const current = new Set(now.map((v) => v.procedureCode));
  const added = [...new Set(now.filter((v) => !declared.has(v.procedureCode) && Date.parse(v.approvedAt) > signedAt).map((v) => v.procedureCode))].sort();
  const removed = [...declared].filter((code) => then.has(code) && !current.has(code)).sort();
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
}
