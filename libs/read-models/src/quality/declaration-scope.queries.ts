import { declarationScopeChange, SCOPE_CHANGED_MESSAGE, type LocalDate, type ScopeChange } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso } from '../sql/sql';

/** The queue's warning while the last declaration does not cover the procedures in force. */
export interface ScopeChangeWarning {
  kind: 'declaration_scope';
  /** The year of the cycle the renewal falls in (today's), as the yearly warnings say theirs. */
  year: number;
  message: string;
  declaration: { id: string; decisionNo: string; declaredOn: LocalDate };
  procedures: ScopeChange;
}

/**
 * Reads the last declaration and the approved versions (the catalogue is the
 * process register) and lets the domain's rule decide; a new declaration naming the changed
 * procedures clears the warning.
 */
export async function declarationScopeWarning(dataSource: DataSource, today: LocalDate): Promise<ScopeChangeWarning | null> {
  const [last]: Array<{ id: string; state: { decisionNo: string; declaredOn: LocalDate; declaredAt: string; procedureCodes: string[] } }> = await dataSource.query(
    `SELECT id, state FROM rm_quality_declarations ORDER BY declared_on DESC, (state->>'declaredAt') DESC, id LIMIT 1`,
  );
  if (!last) return null;
  // Versions in force on the declaration's day or today: the two scopes the rule compares.
  const versions: Array<{ code: string; effective_from: string; effective_to: string | null; approved_at: Date }> = await dataSource.query(
    `SELECT code, effective_from::text, effective_to::text, approved_at FROM rm_procedure_versions
      WHERE approved_at IS NOT NULL AND effective_from <= GREATEST($1::date, $2::date) AND (effective_to IS NULL OR effective_to >= LEAST($1::date, $2::date))`,
    [last.state.declaredOn, today],
  );
  const change = declarationScopeChange(
    last.state,
    versions.map((v) => ({ procedureCode: v.code, effectiveFrom: v.effective_from, effectiveTo: v.effective_to, approvedAt: iso(v.approved_at)! })),
    today,
  );
  if (change === null) return null;
  const { decisionNo, declaredOn } = last.state;
  return { kind: 'declaration_scope', year: Number(today.slice(0, 4)), message: SCOPE_CHANGED_MESSAGE, declaration: { id: last.id, decisionNo, declaredOn }, procedures: change };
}
