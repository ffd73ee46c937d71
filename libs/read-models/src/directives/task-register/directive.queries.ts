import {
  addCalendarDays, DIRECTIVE_OUTCOMES, localDateOf, notFound, type DirectiveOutcome, type DirectiveSource, type DirectiveStatus,
  type DirectiveFacts, type LocalDate, type RegisteredDirective, type ReportingPeriod,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso, Sql } from '../../sql/sql';
import { directiveOutcomeSql } from './directive-outcome-sql';

const DEFAULT_PAGE_SIZE = 50;
/** The follow-up queue flags tasks due within this many calendar days. */
const DUE_SOON_DAYS = 3;
const OPEN = `('assigned', 'in_progress', 'reported_done')`;

export interface DirectiveListFilter {
  directingLeaderId?: string;
  fieldCode?: string;
  /** Cơ quan chủ trì, exactly as written. */
  agency?: string;
  outcome?: DirectiveOutcome;
  dueFrom?: LocalDate;
  dueTo?: LocalDate;
  page?: number;
  pageSize?: number;
}

/** One line of the Sổ theo dõi nhiệm vụ. */
export interface DirectiveListItem
  extends Pick<DirectiveFacts, 'source' | 'content' | 'leadAgency' | 'coAgencies' | 'dueDate' | 'originalDueDate' | 'reporting' | 'directingLeaderId' | 'fieldCode' | 'followUpSpecialistId'> {
  id: string;
  status: DirectiveStatus;
  registeredAt: string;
  progress: { summary: string; percent: number | null } | null;
  /** The agency's report document (the incoming document that carried it, its symbol). */
  report: { incomingDocumentId: string | null; symbol: string | null } | null;
  doneOn: LocalDate | null;
  /** As of today. */
  outcome: DirectiveOutcome | null;
  /** Calendar days past the due date, for a task not done and overdue. */
  daysLate: number | null;
}

/** One task with what happened to it, as the domain folded it. */
export interface DirectiveSummary extends DirectiveListItem {
  history: Pick<RegisteredDirective, 'chases' | 'progress' | 'completion' | 'acceptance' | 'rejections' | 'extensions' | 'obstacles' | 'closing'>;
  /** The folded state, from which the caller derives the steps a person may take. */
  state: RegisteredDirective;
}

export interface DirectiveRecord {
  id: string;
  source_kind: DirectiveSource['kind'];
  source_id: string;
  source_symbol: string;
  source_date: string;
  content: string;
  lead_agency: string;
  co_agencies: string[];
  due_date: string | null;
  original_due_date: string | null;
  reporting: ReportingPeriod | null;
  directing_leader_id: string;
  field_code: string;
  follow_up_specialist_id: string;
  status: DirectiveStatus;
  registered_at: Date;
  last_progress: string | null;
  last_percent: number | null;
  report_document_id: string | null;
  report_symbol: string | null;
  done_on: string | null;
  outcome: DirectiveOutcome | null;
  days_late: number | null;
}

/** The columns of a list item, with its outcome and days late as of `asOf` (an SQL date expression). */
export const directiveItemSelect = (asOf: string) => `d.id, d.source_kind, d.source_id, d.source_symbol, d.source_date::text AS source_date, d.content, d.lead_agency,
  d.co_agencies, d.due_date::text AS due_date, d.original_due_date::text AS original_due_date, d.reporting, d.directing_leader_id, d.field_code,
  d.follow_up_specialist_id, d.status, d.registered_at, d.last_progress, d.last_percent, d.report_document_id, d.report_symbol, d.done_on::text AS done_on,
  ${directiveOutcomeSql(asOf)} AS outcome,
  CASE WHEN ${directiveOutcomeSql(asOf)} = 'not_done_overdue' THEN (${asOf} - d.due_date) END AS days_late`;

export function directiveItemOf(r: DirectiveRecord): DirectiveListItem {
  return {
    id: r.id, source: { kind: r.source_kind, documentId: r.source_id, symbol: r.source_symbol, date: r.source_date }, content: r.content,
    leadAgency: r.lead_agency, coAgencies: r.co_agencies, dueDate: r.due_date, originalDueDate: r.original_due_date, reporting: r.reporting,
    directingLeaderId: r.directing_leader_id, fieldCode: r.field_code, followUpSpecialistId: r.follow_up_specialist_id, status: r.status,
    registeredAt: iso(r.registered_at)!, progress: r.last_progress === null ? null : { summary: r.last_progress, percent: r.last_percent },
    report: r.report_document_id === null && r.report_symbol === null ? null : { incomingDocumentId: r.report_document_id, symbol: r.report_symbol },
    doneOn: r.done_on, outcome: r.outcome, daysLate: r.days_late,
  };
}

/** How many tasks have each of the four outcomes. */
export type DirectiveOutcomeCounts = { [K in DirectiveOutcome]: number };
export const noDirectiveOutcomes = (): DirectiveOutcomeCounts => Object.fromEntries(DIRECTIVE_OUTCOMES.map((o) => [o, 0])) as DirectiveOutcomeCounts;

/**
 * The task register (`directives.v1`) for staff: lists, one task, and each person's directives.
 * Directives are not confidential: every member of staff may read them. Outcomes are as of today
 * (the injected clock), computed by directiveOutcomeSql.
 */
export class DirectiveQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(filter: DirectiveListFilter): Promise<{ items: DirectiveListItem[]; page: number; pageSize: number; total: number }> {
    const sql = new Sql();
    const today = `${sql.p(this.today())}::date`;
    const where = ['TRUE'];
    if (filter.directingLeaderId) where.push(`d.directing_leader_id = ${sql.p(filter.directingLeaderId)}::uuid`);
    if (filter.fieldCode) where.push(`d.field_code = ${sql.p(filter.fieldCode)}`);
    if (filter.agency) where.push(`d.lead_agency = ${sql.p(filter.agency)}`);
    if (filter.outcome) where.push(`${directiveOutcomeSql(today)} = ${sql.p(filter.outcome)}`);
    if (filter.dueFrom) where.push(`d.due_date >= ${sql.p(filter.dueFrom)}::date`);
    if (filter.dueTo) where.push(`d.due_date <= ${sql.p(filter.dueTo)}::date`);
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<DirectiveRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${directiveItemSelect(today)}, count(*) OVER ()::int AS total FROM rm_directives d WHERE ${where.join(' AND ')}
        ORDER BY d.due_date ASC NULLS LAST, d.registered_at ASC, d.id
        LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    return { items: rows.map(directiveItemOf), page, pageSize, total: rows[0]?.total ?? 0 };
  }

  /** One task with its history (chases, reports, extensions, obstacles, assessment) as the domain folded it. */
  async byId(id: string): Promise<DirectiveSummary> {
    const sql = new Sql();
    // A row exists only for a registered task (directiveRowOf).
    const [row]: Array<DirectiveRecord & { state: RegisteredDirective }> = await this.dataSource.query(
      `SELECT ${directiveItemSelect(`${sql.p(this.today())}::date`)}, d.state FROM rm_directives d WHERE d.id = ${sql.p(id)}::uuid`,
      sql.params,
    );
    if (!row) throw notFound(`Không tìm thấy nhiệm vụ ${id}`, 'id');
    const { chases, progress, completion, acceptance, rejections, extensions, obstacles, closing } = row.state;
    return { ...directiveItemOf(row), history: { chases, progress, completion, acceptance, rejections, extensions, obstacles, closing }, state: row.state };
  }

  /** The tasks a notice (a meeting) gave, in the order of its directives. */
  async ofSource(sourceId: string): Promise<DirectiveListItem[]> {
    const sql = new Sql();
    const rows: DirectiveRecord[] = await this.dataSource.query(
      `SELECT ${directiveItemSelect(`${sql.p(this.today())}::date`)} FROM rm_directives d LEFT JOIN rm_meetings m ON m.id::text = d.source_id
        WHERE d.source_id = ${sql.p(sourceId)} ORDER BY array_position(m.directive_ids, d.id), d.registered_at, d.id`,
      sql.params,
    );
    return rows.map(directiveItemOf);
  }

  /**
   * "My directives": a leader's tasks (those they directed, with the four outcomes counted); a
   * specialist's follow-up queue (open tasks they follow, overdue first, then due soonest, with the
   * ones due within DUE_SOON_DAYS flagged).
   */
  async mine(userId: string): Promise<{
    directing: { items: DirectiveListItem[]; outcomes: DirectiveOutcomeCounts };
    following: { items: Array<DirectiveListItem & { dueSoon: boolean }>; overdue: number; dueSoon: number };
  }> {
    const sql = new Sql();
    const today = this.today();
    const asOf = `${sql.p(today)}::date`;
    const me = `${sql.p(userId)}::uuid`;
    const rows: Array<DirectiveRecord & { directing: boolean; following: boolean }> = await this.dataSource.query(
      `SELECT ${directiveItemSelect(asOf)}, d.directing_leader_id = ${me} AS directing, (d.follow_up_specialist_id = ${me} AND d.status IN ${OPEN}) AS following
        FROM rm_directives d WHERE d.directing_leader_id = ${me} OR (d.follow_up_specialist_id = ${me} AND d.status IN ${OPEN})
        ORDER BY d.due_date ASC NULLS LAST, d.registered_at ASC, d.id`,
      sql.params,
    );
    const soon = addCalendarDays(today, DUE_SOON_DAYS);
    const directing = rows.filter((r) => r.directing).map(directiveItemOf);
    const outcomes = noDirectiveOutcomes();
    for (const item of directing) if (item.outcome) outcomes[item.outcome]++;
    const following = rows
      .filter((r) => r.following)
      .map((r) => ({ ...directiveItemOf(r), dueSoon: r.outcome === 'not_done_in_time' && r.due_date !== null && r.due_date <= soon }))
      .sort((a, b) => Number(b.outcome === 'not_done_overdue') - Number(a.outcome === 'not_done_overdue'));
    return {
      directing: { items: directing, outcomes },
      following: { items: following, overdue: following.filter((i) => i.outcome === 'not_done_overdue').length, dueSoon: following.filter((i) => i.dueSoon).length },
    };
  }

  private today(): LocalDate {
    return localDateOf(this.clock());
  }
}

