import {
  addCalendarDays, clockState, currentAction, daysLate, QUALITY_DUE_SOON_DAYS, legalChangeDoneOn, localDateOf, notFound, YEARLY_WARNING_FROM,
  type ClockState, type KnownLegalChange, type KnownNonconformity, type LocalDate,
} from '@office/domain';
import type { DataSource } from 'typeorm';
import { Sql } from '../sql/sql';
import { declarationScopeWarning, type ScopeChangeWarning } from './declaration-scope.queries';

/** A clock as the secretary reads it, as of today. */
export interface ClockAnswer {
  dueOn: LocalDate;
  doneOn: LocalDate | null;
  state: ClockState;
  /** Calendar days past the due day (0 when not late). */
  daysLate: number;
}

/** A warning of the yearly cycle: no internal audit reported, or no review confirmed, this year (from 1 October). */
export interface YearlyWarning {
  kind: 'internal_audit' | 'management_review';
  year: number;
  message: string;
}

/** The ISO secretary's queue: every open clock due within QUALITY_DUE_SOON_DAYS or past, and the yearly warnings. */
export interface QualityQueue {
  asOf: LocalDate;
  legalChanges: Array<{ id: string; docSymbol: string; procedureCodes: string[]; status: string; clock: ClockAnswer }>;
  actions: Array<{ id: string; description: string; action: string; ownerId: string; clock: ClockAnswer }>;
  /** The yearly warnings, and the declaration's when the scope changed after it. */
  warnings: Array<YearlyWarning | ScopeChangeWarning>;
}

type Table = 'rm_quality_legal_changes' | 'rm_quality_nonconformities' | 'rm_quality_audits' | 'rm_quality_reviews' | 'rm_quality_declarations';

const WHAT: Record<Table, string> = {
  rm_quality_legal_changes: 'thay đổi văn bản pháp luật',
  rm_quality_nonconformities: 'điểm không phù hợp',
  rm_quality_audits: 'cuộc đánh giá nội bộ',
  rm_quality_reviews: 'cuộc xem xét của lãnh đạo',
  rm_quality_declarations: 'bản công bố',
};

/**
 * The quality system's registers from the `quality-*.v1` read models. Each record is served as
 * the domain folded it (its state, camelCase) with its id; clocks are computed as of the clock's
 * today, since their state changes with the day.
 */
export class QualityQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  private today(): LocalDate {
    return localDateOf(this.clock());
  }

  private async states<S>(table: Table, where: string[], sql: Sql, orderBy: string): Promise<Array<{ id: string } & S>> {
    const rows: Array<{ id: string; state: S }> = await this.dataSource.query(`SELECT id, state FROM ${table} WHERE ${where.join(' AND ') || 'TRUE'} ORDER BY ${orderBy}`, sql.params);
    return rows.map((row) => ({ id: row.id, ...row.state }));
  }

  private async one<S>(table: Table, id: string): Promise<{ id: string } & S> {
    const [row]: Array<{ state: S }> = await this.dataSource.query(`SELECT state FROM ${table} WHERE id = $1`, [id]);
    if (!row) throw notFound(`Không tìm thấy ${WHAT[table]} ${id}`, 'id');
    return { id, ...row.state };
  }

  private legalChangeAnswer(change: { id: string } & KnownLegalChange, today: LocalDate) {
    const doneOn = legalChangeDoneOn(change);
    return { ...change, clock: { dueOn: change.dueOn, doneOn, state: clockState(change.dueOn, doneOn, today), daysLate: daysLate(change.dueOn, doneOn, today) } };
  }

  /** Sổ theo dõi cập nhật văn bản pháp luật, latest entry into force first; `year` of entry into force. */
  async legalChanges(filter: { year?: number; status?: string } = {}) {
    const sql = new Sql();
    const where: string[] = [];
    if (filter.year) where.push(`EXTRACT(YEAR FROM effective_from) = ${sql.p(filter.year)}`);
    if (filter.status) where.push(`status = ${sql.p(filter.status)}`);
    const today = this.today();
    return (await this.states<KnownLegalChange>('rm_quality_legal_changes', where, sql, 'effective_from DESC, id')).map((change) => this.legalChangeAnswer(change, today));
  }

  async legalChange(id: string) {
    return this.legalChangeAnswer(await this.one<KnownLegalChange>('rm_quality_legal_changes', id), this.today());
  }

  /** The NC/CA log, newest first. */
  async nonconformities(filter: { status?: string; source?: string } = {}) {
    const sql = new Sql();
    const where: string[] = [];
    if (filter.status) where.push(`status = ${sql.p(filter.status)}`);
    if (filter.source) where.push(`source = ${sql.p(filter.source)}`);
    return this.states<KnownNonconformity>('rm_quality_nonconformities', where, sql, 'raised_at DESC, id');
  }

  nonconformity(id: string) {
    return this.one<KnownNonconformity>('rm_quality_nonconformities', id);
  }

  /** The programme of internal audits, by planned day. */
  audits(filter: { year?: number } = {}) {
    return this.byYear('rm_quality_audits', filter.year, 'planned_on, id');
  }

  audit(id: string) {
    return this.one('rm_quality_audits', id);
  }

  reviews(filter: { year?: number } = {}) {
    return this.byYear('rm_quality_reviews', filter.year, 'held_on, id');
  }

  review(id: string) {
    return this.one('rm_quality_reviews', id);
  }

  declarations() {
    return this.states('rm_quality_declarations', [], new Sql(), 'declared_on DESC, id');
  }

  declaration(id: string) {
    return this.one('rm_quality_declarations', id);
  }

  private byYear(table: Table, year: number | undefined, orderBy: string) {
    const sql = new Sql();
    return this.states(table, year ? [`year = ${sql.p(year)}`] : [], sql, orderBy);
  }

  /** Hàng việc của thư ký ISO: legal changes and corrective actions due soon or overdue, most urgent first, and the yearly warnings. */
  async queue(): Promise<QualityQueue> {
    const today = this.today();
    const horizon = addCalendarDays(today, QUALITY_DUE_SOON_DAYS);
    const changesSql = new Sql();
    const changes = await this.states<KnownLegalChange>('rm_quality_legal_changes', [`status IN ('registered', 'revising')`, `due_on <= ${changesSql.p(horizon)}`], changesSql, 'due_on, id');
    const actionsSql = new Sql();
    const actions = await this.states<KnownNonconformity>('rm_quality_nonconformities', [`status = 'action_planned'`, `action_due_on <= ${actionsSql.p(horizon)}`], actionsSql, 'action_due_on, id');
    return {
      asOf: today,
      legalChanges: changes.map((change) => {
        const { id, docSymbol, procedureCodes, status, clock } = this.legalChangeAnswer(change, today);
        return { id, docSymbol, procedureCodes, status, clock };
      }),
      actions: actions.map((nc) => {
        const action = currentAction(nc)!;
        const clock = { dueOn: action.dueOn, doneOn: null, state: clockState(action.dueOn, null, today), daysLate: daysLate(action.dueOn, null, today) };
        return { id: nc.id, description: nc.description, action: action.action, ownerId: action.ownerId, clock };
      }),
      warnings: [...(await this.yearlyWarnings(today)), ...[await declarationScopeWarning(this.dataSource, today)].filter((w) => w !== null)],
    };
  }

  /** QĐ 19/2014 Art. 4.4.b: an internal audit and a management review at least once a calendar year. */
  private async yearlyWarnings(today: LocalDate): Promise<YearlyWarning[]> {
    const year = Number(today.slice(0, 4));
    if (today < `${year}-${YEARLY_WARNING_FROM}`) return [];
    const [done]: Array<{ audits: number; reviews: number }> = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM rm_quality_audits WHERE year = $1 AND status IN ('reported', 'closed'))::int AS audits,
              (SELECT count(*) FROM rm_quality_reviews WHERE year = $1 AND status = 'confirmed')::int AS reviews`,
      [year],
    );
    const warnings: YearlyWarning[] = [];
    if (done.audits === 0) warnings.push({ kind: 'internal_audit', year, message: `Năm ${year} chưa có cuộc đánh giá nội bộ nào được báo cáo` });
    if (done.reviews === 0) warnings.push({ kind: 'management_review', year, message: `Năm ${year} chưa có cuộc xem xét của lãnh đạo được xác nhận hiệu lực` });
    return warnings;
  }
}
