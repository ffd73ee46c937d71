import { localDateOf, notFound, type LocalDate, type ProcedureVersion } from '@office/domain';
import type { DataSource } from 'typeorm';
import { containsPattern } from '../../search-text';
import { iso, Sql } from '../../sql/sql';

export interface ProcedureSummary {
  code: string;
  name: string;
  fieldCode: string;
}

/** A version as it is served: its specification and the office chief's approval (null until approved). */
export type ProcedureVersionAnswer = Omit<ProcedureVersion, 'approval'> & { approval: { by: string; at: string; decisionRef: string } | null };

export interface ProcedureListFilter {
  fieldCode?: string;
  /** Searches the code and the name, with or without Vietnamese marks. */
  q?: string;
  /** The day the version must be in force (default: today in Asia/Ho_Chi_Minh). */
  at?: LocalDate;
}

const VERSION_SELECT = `v.version, v.effective_from::text AS effective_from, v.effective_to::text AS effective_to, v.publishing_decision, v.legal_basis,
  v.required_items, v.statutory_days, v.cutoff_hour, v.fee_vnd::float8 AS fee_vnd, v.online_level, v.result_type, v.supplement_policy, v.steps,
  v.approved_at, v.approved_by, v.decision_ref`;

interface VersionRecord {
  version: number | null;
  effective_from: string;
  effective_to: string | null;
  publishing_decision: string;
  legal_basis: string[];
  required_items: ProcedureVersion['requiredItems'];
  statutory_days: number;
  cutoff_hour: number;
  fee_vnd: number | null;
  online_level: ProcedureVersion['onlineLevel'];
  result_type: string;
  supplement_policy: ProcedureVersion['supplementPolicy'];
  steps: ProcedureVersion['steps'];
  approved_at: Date | null;
  approved_by: string | null;
  decision_ref: string | null;
}

type ProcedureRecord = { code: string; name: string; field_code: string };

/** The procedure catalogue of `procedure-catalogue.v1`: what the desk receives against, and every version for the ISO secretary. */
export class ProcedureCatalogueQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Each procedure with the approved version in force on `at` (null when none is). */
  async list(filter: ProcedureListFilter = {}): Promise<Array<ProcedureSummary & { version: ProcedureVersionAnswer | null }>> {
    const sql = new Sql();
    const at = `${sql.p(filter.at ?? localDateOf(this.clock()))}::date`;
    const where = ['TRUE'];
    if (filter.fieldCode) where.push(`p.field_code = ${sql.p(filter.fieldCode)}`);
    if (filter.q) where.push(`p.search_text LIKE ${sql.p(containsPattern(filter.q))}`);
    const rows: Array<ProcedureRecord & VersionRecord> = await this.dataSource.query(
      `SELECT p.code, p.name, p.field_code, ${VERSION_SELECT} FROM rm_procedures p
        LEFT JOIN LATERAL (SELECT * FROM rm_procedure_versions v WHERE v.code = p.code AND v.approved_at IS NOT NULL
                             AND v.effective_from <= ${at} AND (v.effective_to IS NULL OR v.effective_to >= ${at})
                            ORDER BY v.effective_from DESC LIMIT 1) v ON TRUE
        WHERE ${where.join(' AND ')} ORDER BY p.field_code, p.code`,
      sql.params,
    );
    return rows.map((r) => ({ ...summary(r), version: r.version === null ? null : versionAnswer(r) }));
  }

  /** One procedure with every version, drafts included, in version order. */
  async get(code: string): Promise<ProcedureSummary & { versions: ProcedureVersionAnswer[] }> {
    const [procedure]: ProcedureRecord[] = await this.dataSource.query('SELECT code, name, field_code FROM rm_procedures WHERE code = $1', [code]);
    if (!procedure) throw notFound(`Không tìm thấy thủ tục ${code}`, 'code');
    const versions: VersionRecord[] = await this.dataSource.query(`SELECT ${VERSION_SELECT} FROM rm_procedure_versions v WHERE v.code = $1 ORDER BY v.version`, [code]);
    return { ...summary(procedure), versions: versions.map(versionAnswer) };
  }
}

function summary(r: ProcedureRecord): ProcedureSummary {
  return { code: r.code, name: r.name, fieldCode: r.field_code };
}

function versionAnswer(r: VersionRecord): ProcedureVersionAnswer {
  return {
    version: r.version!, effectiveFrom: r.effective_from, effectiveTo: r.effective_to, publishingDecision: r.publishing_decision, legalBasis: r.legal_basis,
    requiredItems: r.required_items, statutoryDays: r.statutory_days, cutoffHour: r.cutoff_hour, feeVnd: r.fee_vnd, onlineLevel: r.online_level,
    resultType: r.result_type, supplementPolicy: r.supplement_policy, steps: r.steps,
    approval: r.approved_at && r.approved_by && r.decision_ref ? { by: r.approved_by, at: iso(r.approved_at)!, decisionRef: r.decision_ref } : null,
  };
}
