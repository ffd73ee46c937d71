import { addCalendarDays, DEPOSIT_NOTICE_DAYS, localDateOf, notFound, type KnownCaseFile, type LocalDate } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso, Sql } from '../../sql/sql';

const DEFAULT_PAGE_SIZE = 100;

/** Where a closed file stands towards its deposit as of today: overdue, due within 30 days, or not yet. */
export const DEPOSIT_STANDINGS = ['overdue', 'due_soon'] as const;
export type DepositStandingFilter = (typeof DEPOSIT_STANDINGS)[number];

export interface CaseFileListFilter {
  year?: number;
  departmentId?: string;
  status?: 'open' | 'closed' | 'deposited';
  standing?: DepositStandingFilter;
  depositPeriod?: string;
  page?: number;
  pageSize?: number;
}

/** One line of the case files list. */
export interface CaseFileListItem {
  id: string;
  year: number;
  code: string;
  title: string;
  departmentId: string;
  responsibleId: string;
  retention: 'permanent' | number;
  medium: string;
  planEntryCode: string | null;
  status: string;
  startDate: LocalDate;
  endDate: LocalDate | null;
  sheetCount: number | null;
  itemCount: number;
  depositDue: LocalDate | null;
  depositPeriod: string | null;
  /** As of today, for a closed file: overdue, due_soon or null. */
  standing: DepositStandingFilter | null;
  openedAt: string;
}

interface CaseFileRecord {
  id: string;
  year: number;
  code: string;
  title: string;
  department_id: string;
  responsible_id: string;
  retention: string;
  medium: string;
  plan_entry_code: string | null;
  status: string;
  start_date: string;
  end_date: string | null;
  sheet_count: number | null;
  item_count: number;
  deposit_due: string | null;
  deposit_period: string | null;
  standing: DepositStandingFilter | null;
  opened_at: Date;
}

/** The standing as SQL, the twin of the domain's `depositStandingOn` for a closed file. */
const standingSql = (today: string, soon: string) =>
  `CASE WHEN f.status <> 'closed' THEN NULL WHEN f.deposit_due < ${today} THEN 'overdue' WHEN f.deposit_due <= ${soon} THEN 'due_soon' END`;

const SELECT = (today: string, soon: string) => `f.id, f.year, f.code, f.title, f.department_id, f.responsible_id, f.retention, f.medium, f.plan_entry_code, f.status,
  f.start_date::text AS start_date, f.end_date::text AS end_date, f.sheet_count, f.item_count, f.deposit_due::text AS deposit_due, f.deposit_period,
  ${standingSql(today, soon)} AS standing, f.opened_at`;

function itemOf(r: CaseFileRecord): CaseFileListItem {
  return {
    id: r.id, year: r.year, code: r.code, title: r.title, departmentId: r.department_id, responsibleId: r.responsible_id,
    retention: r.retention === 'permanent' ? 'permanent' : Number(r.retention), medium: r.medium, planEntryCode: r.plan_entry_code, status: r.status,
    startDate: r.start_date, endDate: r.end_date, sheetCount: r.sheet_count, itemCount: r.item_count, depositDue: r.deposit_due, depositPeriod: r.deposit_period,
    standing: r.standing, openedAt: iso(r.opened_at)!,
  };
}

/**
 * The case files (`case-files.v1`) for staff: the list with its filters (year, department, status,
 * deposit due soon / overdue as of today, the batch), and one file with its items as folded.
 */
export class CaseFileQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(filter: CaseFileListFilter): Promise<{ items: CaseFileListItem[]; page: number; pageSize: number; total: number }> {
    const sql = new Sql();
    const today = this.today();
    const [asOf, soon] = [`${sql.p(today)}::date`, `${sql.p(addCalendarDays(today, DEPOSIT_NOTICE_DAYS))}::date`];
    const where = ['TRUE'];
    if (filter.year) where.push(`f.year = ${sql.p(filter.year)}`);
    if (filter.departmentId) where.push(`f.department_id = ${sql.p(filter.departmentId)}::uuid`);
    if (filter.status) where.push(`f.status = ${sql.p(filter.status)}`);
    if (filter.standing) where.push(`${standingSql(asOf, soon)} = ${sql.p(filter.standing)}`);
    if (filter.depositPeriod) where.push(`f.deposit_period = ${sql.p(filter.depositPeriod)}`);
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<CaseFileRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${SELECT(asOf, soon)}, count(*) OVER ()::int AS total FROM rm_case_files f WHERE ${where.join(' AND ')}
        ORDER BY f.year DESC, f.code, f.opened_at, f.id LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    return { items: rows.map(itemOf), page, pageSize, total: rows[0]?.total ?? 0 };
  }

  /** One file with its folded state (items, item index, deferral, deposit). */
  async byId(id: string): Promise<CaseFileListItem & { state: KnownCaseFile }> {
    const sql = new Sql();
    const today = this.today();
    const [row]: Array<CaseFileRecord & { state: KnownCaseFile }> = await this.dataSource.query(
      `SELECT ${SELECT(`${sql.p(today)}::date`, `${sql.p(addCalendarDays(today, DEPOSIT_NOTICE_DAYS))}::date`)}, f.state FROM rm_case_files f WHERE f.id = ${sql.p(id)}::uuid`,
      sql.params,
    );
    if (!row) throw notFound(`Không tìm thấy hồ sơ ${id}`, 'id');
    return { ...itemOf(row), state: row.state };
  }

  /** The ids of the files deposited in batch `period` (each is then read exactly from its stream). */
  async depositedIn(period: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query('SELECT id FROM rm_case_files WHERE deposit_period = $1 ORDER BY code', [period]);
    return rows.map((r) => r.id);
  }

  private today(): LocalDate {
    return localDateOf(this.clock());
  }
}
