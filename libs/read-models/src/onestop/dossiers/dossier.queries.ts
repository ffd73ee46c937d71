import { addCalendarDays, hasRole, localDateOf, notFound, type DossierClassification, type DossierStatus, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { containsPattern } from '../../search-text';
import { iso, Sql } from '../../sql/sql';
import { dossierClassificationSql, dossierVisibleSql, type DossierViewer } from './dossier-visibility';

const FROM = 'rm_dossiers d LEFT JOIN rm_procedures p ON p.code = d.procedure_code';
const DEFAULT_PAGE_SIZE = 50;
const QUEUE_LIMIT = 500;
/** The desk watches dossiers due within this many calendar days. */
const DUE_SOON_DAYS = 3;
/** Where a dossier is with the desk or a department, before the result is submitted. */
const BEING_HANDLED = `('received', 'in_department', 'with_specialist', 'appraised', 'supplement_requested')`;

export interface DossierListFilter {
  status?: DossierStatus[];
  procedureCode?: string;
  fieldCode?: string;
  classification?: DossierClassification;
  /** Searches the code, the procedure and the applicant's name, with or without Vietnamese marks. */
  q?: string;
  receivedFrom?: LocalDate;
  receivedTo?: LocalDate;
  page?: number;
  pageSize?: number;
}

/** A step waiting for the caller, named as in the HTTP path (`POST /api/dossiers/:id/<action>`); `receive` is POST /api/dossiers, `monitor` only watches. */
export type DossierQueueAction =
  | 'receive' | 'receive-supplement' | 'result-at-desk' | 'return' | 'transfer' | 'appraise' | 'submit' | 'initial' | 'sign' | 'issue' | 'monitor';

export interface DossierListItem {
  id: string;
  code: string | null;
  procedure: { code: string; name: string | null; version: number | null; fieldCode: string | null };
  applicant: { name: string };
  status: DossierStatus;
  channel: string | null;
  receivedAt: string | null;
  dueDate: LocalDate | null;
  newDueDate: LocalDate | null;
  classification: DossierClassification | null;
  holder: { userId: string | null; unitId: string | null };
}

/** Someone on the control sheet: a person, a unit, or both, with a name to show. */
export interface StepParty {
  userId: string | null;
  unitId: string | null;
  name: string | null;
}

export interface DossierStep {
  no: number;
  task: string;
  from: StepParty;
  to: StepParty;
  startedAt: string;
  handedAt: string;
  dueAt: string | null;
  outcome: 'early' | 'on_time' | 'late' | null;
}

export interface DossierSummary extends Omit<DossierListItem, 'applicant'> {
  applicant: { name: string; address: string | null; phone: string | null };
  handlingUnitId: string | null;
  /** The control sheet (Phiếu kiểm soát quá trình), in order. */
  steps: DossierStep[];
}

interface ItemRecord {
  id: string;
  code: string | null;
  procedure_code: string;
  procedure_name: string | null;
  procedure_version: number | null;
  field_code: string | null;
  applicant_name: string;
  status: DossierStatus;
  channel: string | null;
  received_at: Date | null;
  due: string | null;
  new_due: string | null;
  classification: DossierClassification | null;
  holder_user_id: string | null;
  holder_unit_id: string | null;
}

const itemSelect = (classification: string) => `d.id, d.code, d.procedure_code, coalesce(d.procedure_name, p.name) AS procedure_name, d.procedure_version,
  coalesce(d.field_code, p.field_code) AS field_code, d.applicant_name, d.status, d.channel, d.received_at, d.due::text AS due, d.new_due::text AS new_due,
  ${classification} AS classification, d.holder_user_id, d.holder_unit_id`;

/** The dossiers of `dossiers.v1` for staff: one with its control sheet, lists, and the caller's one-stop queue. */
export class DossierQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** One dossier with its control sheet; NOT_FOUND when it does not exist or the viewer may not see it. */
  async byId(id: string, viewer: DossierViewer): Promise<DossierSummary> {
    const sql = new Sql();
    const classification = dossierClassificationSql(`${sql.p(this.today())}::date`);
    const [row]: Array<ItemRecord & { applicant_address: string | null; applicant_phone: string | null; handling_unit_id: string | null }> = await this.dataSource.query(
      `SELECT ${itemSelect(classification)}, d.applicant_address, d.applicant_phone, d.handling_unit_id FROM ${FROM}
        WHERE d.id = ${sql.p(id)}::uuid AND ${dossierVisibleSql(sql, viewer)}`,
      sql.params,
    );
    if (!row) throw notFound(`Không tìm thấy hồ sơ ${id}`, 'id');
    const item = listItem(row);
    return {
      ...item,
      applicant: { name: row.applicant_name, address: row.applicant_address, phone: row.applicant_phone },
      handlingUnitId: row.handling_unit_id,
      steps: await this.steps(id),
    };
  }

  async list(filter: DossierListFilter, viewer: DossierViewer): Promise<{ items: DossierListItem[]; page: number; pageSize: number; total: number }> {
    const sql = new Sql();
    const where = [dossierVisibleSql(sql, viewer)];
    if (filter.status?.length) where.push(`d.status = ANY(${sql.p(filter.status)}::varchar[])`);
    if (filter.procedureCode) where.push(`d.procedure_code = ${sql.p(filter.procedureCode)}`);
    if (filter.fieldCode) where.push(`coalesce(d.field_code, p.field_code) = ${sql.p(filter.fieldCode)}`);
    if (filter.classification) where.push(`${dossierClassificationSql(`${sql.p(this.today())}::date`)} = ${sql.p(filter.classification)}`);
    if (filter.q) where.push(`d.search_text LIKE ${sql.p(containsPattern(filter.q))}`);
    if (filter.receivedFrom) where.push(`d.received_on >= ${sql.p(filter.receivedFrom)}::date`);
    if (filter.receivedTo) where.push(`d.received_on <= ${sql.p(filter.receivedTo)}::date`);
    // The parameters of the condition alone: a page past the end counts with them.
    const whereParams = sql.params.slice();
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<ItemRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${itemSelect(dossierClassificationSql(`${sql.p(this.today())}::date`))}, count(*) OVER ()::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}
        ORDER BY coalesce(d.received_at, d.submitted_at) DESC, d.code DESC
        LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    const total = rows[0]?.total ?? (page > 1 ? await this.count(where, whereParams) : 0);
    return { items: rows.map(listItem), page, pageSize, total };
  }

  /**
   * The caller's one-stop work, by the turn table of the domain (dossier.turns.ts): the desk
   * receives online submissions, transfers what it received, receives supplements, takes issued
   * results in and returns them, and watches what falls due soon; the head of a department
   * transfers what was sent to it and watches what its specialists handle; the handling specialist
   * appraises and submits; the office leader in charge initials; the named leader signs; a clerk
   * issues. Most urgent first: overdue, then due soonest.
   */
  async queue(viewer: DossierViewer): Promise<{ items: Array<DossierListItem & { action: DossierQueueAction }>; total: number }> {
    const sql = new Sql();
    const today = `${sql.p(this.today())}::date`;
    const classification = dossierClassificationSql(today);
    const me = `${sql.p(viewer.id)}::uuid`;
    const when: string[] = [];
    if (hasRole(viewer, 'onestop_officer')) {
      when.push(
        `WHEN d.status = 'submitted_online' THEN 'receive'`,
        `WHEN d.status = 'received' THEN 'transfer'`,
        `WHEN d.status = 'supplement_requested' THEN 'receive-supplement'`,
        `WHEN d.status = 'issued' THEN 'result-at-desk'`,
        `WHEN d.status = 'result_at_desk' THEN 'return'`,
      );
    }
    if (hasRole(viewer, 'clerk')) when.push(`WHEN d.status = 'signed' THEN 'issue'`);
    when.push(
      `WHEN d.status = 'submitted' AND d.holder_user_id = ${me} THEN 'initial'`,
      `WHEN d.status = 'initialled' AND d.holder_user_id = ${me} THEN 'sign'`,
      `WHEN d.status = 'with_specialist' AND d.specialist_id = ${me} THEN 'appraise'`,
      `WHEN d.status = 'appraised' AND d.specialist_id = ${me} THEN 'submit'`,
    );
    if (hasRole(viewer, 'department_head') && viewer.departmentId) {
      const unit = `${sql.p(viewer.departmentId)}::uuid`;
      when.push(
        `WHEN d.status = 'in_department' AND d.holder_user_id IS NULL AND d.holder_unit_id = ${unit} THEN 'transfer'`,
        `WHEN d.status IN ${BEING_HANDLED} AND d.handling_unit_id = ${unit} THEN 'monitor'`,
      );
    }
    if (hasRole(viewer, 'onestop_officer')) when.push(`WHEN d.status IN ${BEING_HANDLED} AND d.due <= ${sql.p(addCalendarDays(this.today(), DUE_SOON_DAYS))}::date THEN 'monitor'`);
    const rows: Array<ItemRecord & { action: DossierQueueAction }> = await this.dataSource.query(
      `SELECT * FROM (SELECT ${itemSelect(classification)}, d.submitted_at, CASE ${when.join(' ')} END AS action FROM ${FROM} WHERE ${dossierVisibleSql(sql, viewer)}) q
        WHERE q.action IS NOT NULL
        ORDER BY (q.classification = 'overdue') IS TRUE DESC, q.due ASC NULLS LAST, coalesce(q.received_at, q.submitted_at) ASC
        LIMIT ${QUEUE_LIMIT}`,
      sql.params,
    );
    return { items: rows.map((r) => ({ action: r.action, ...listItem(r) })), total: rows.length };
  }

  private today(): LocalDate {
    return localDateOf(this.clock());
  }

  private async count(where: string[], params: unknown[]): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}`, params);
    return total;
  }

  private async steps(id: string): Promise<DossierStep[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT h.step_no, h.task, h.from_user_id, h.from_unit_id, coalesce(fu.full_name, fd.name) AS from_name, h.to_user_id, h.to_unit_id,
              coalesce(tu.full_name, td.name) AS to_name, h.started_at, h.handed_at, h.due_at, h.outcome
         FROM rm_dossier_handovers h
         LEFT JOIN org_users fu ON fu.id = h.from_user_id LEFT JOIN org_departments fd ON fd.id = h.from_unit_id
         LEFT JOIN org_users tu ON tu.id = h.to_user_id LEFT JOIN org_departments td ON td.id = h.to_unit_id
        WHERE h.dossier_id = $1::uuid ORDER BY h.position`,
      [id],
    );
    return rows.map((r) => ({
      no: r.step_no as number,
      task: r.task as string,
      from: { userId: r.from_user_id as string, unitId: r.from_unit_id as string | null, name: r.from_name as string | null },
      to: { userId: r.to_user_id as string | null, unitId: r.to_unit_id as string | null, name: r.to_name as string | null },
      startedAt: iso(r.started_at as Date)!,
      handedAt: iso(r.handed_at as Date)!,
      dueAt: iso(r.due_at as Date | null),
      outcome: r.outcome as DossierStep['outcome'],
    }));
  }
}

function listItem(r: ItemRecord): DossierListItem {
  return {
    id: r.id,
    code: r.code,
    procedure: { code: r.procedure_code, name: r.procedure_name, version: r.procedure_version, fieldCode: r.field_code },
    applicant: { name: r.applicant_name },
    status: r.status,
    channel: r.channel,
    receivedAt: iso(r.received_at),
    dueDate: r.due,
    newDueDate: r.new_due,
    classification: r.classification,
    holder: { userId: r.holder_user_id, unitId: r.holder_unit_id },
  };
}
