import { Inject, Injectable } from '@nestjs/common';
import { DOCUMENT_STATUSES, dueSoonLimit, localDateOf, notFound, type RegisteredDocument } from '@office/domain';
import { calendarInForce, containsPattern, documentQueueActionSql, documentQueueDueSql, documentSigningCapacitySql, DocumentVisibility, OrganisationDirectory, sentForInformationSql, PROJECTION_NAMES, type DocumentQueueAction } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { checkDayRange } from '../period';
import { ProjectionPositions } from '../projection-positions';
import { Sql } from '../sql';
import { visibleSql } from '../viewer';
import type { DocumentListRequest, DocumentSort } from './document-list.request';
import { SUMMARY_SELECT, summaryAnswer, type SummaryAnswer, type SummaryRecord } from './document-summary.mapper';

const READS = [PROJECTION_NAMES.documentSummaries];
const FROM = 'rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code';
const DEFAULT_PAGE_SIZE = 50;
const QUEUE_LIMIT = 500;

/** The statuses in the order of a document's life, as SQL literals (constants of the domain, never input). */
const DOCUMENT_STATUS_SQL_LIST = DOCUMENT_STATUSES.map((status) => `'${status}'`).join(', ');

/** Each sortable column as SQL (the allow-list of DocumentListRequest.sort); `{o}` is the direction. */
const SORT_SQL: Record<DocumentSort, string> = {
  incomingNumber: 'd.incoming_year {o}, d.incoming_number {o}',
  receivedAt: 'd.received_at {o}',
  source: 'd.source_agency {o}, d.source_symbol {o}',
  excerpt: 'd.excerpt {o}',
  urgency: 'd.urgency_rank {o}',
  fieldCode: 'd.field_code {o}',
  // In the order of the document's life, not the alphabet of the English names.
  status: `array_position(ARRAY[${DOCUMENT_STATUS_SQL_LIST}]::varchar[], d.status) {o}`,
  nextDue: 'd.next_due {o} NULLS LAST',
};

/** Newest first unless asked otherwise; the id last, so that equal rows keep one order across pages. */
function orderBy(query: Pick<DocumentListRequest, 'sort' | 'order'>): string {
  if (!query.sort) return 'd.received_at DESC, d.incoming_year DESC, d.incoming_number DESC, d.id';
  const order = (query.order ?? (query.sort === 'receivedAt' || query.sort === 'incomingNumber' ? 'desc' : 'asc')).toUpperCase();
  return `${SORT_SQL[query.sort].replaceAll('{o}', order)}, d.id`;
}

/** A step waiting for the caller, named as in the HTTP path (`POST /api/documents/:id/<action>`). */
export type QueueAction = DocumentQueueAction;

/** Reads of `document-summaries.v1`: one document, lists, and the caller's queue. */
@Injectable()
export class DocumentQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.visibility = new DocumentVisibility(dataSource);
  }

  /** `canView` with the delegations the viewer holds (a deputy reads what awaits their grantor's signature). */
  private readonly visibility: DocumentVisibility;

  today(): string {
    return localDateOf(this.clock());
  }

  /** One summary, if the viewer may see the document (the very rule of `canView`); the folded state comes along for the access record. */
  async byId(id: string, viewer: AuthenticatedUser, minPosition?: string): Promise<{ answer: SummaryAnswer & { projectedPosition: string }; state: RegisteredDocument }> {
    const projectedPosition = await this.positions.reached(READS, minPosition);
    const [row]: Array<SummaryRecord & { state: RegisteredDocument }> = await this.dataSource.query(`SELECT ${SUMMARY_SELECT}, d.state FROM ${FROM} WHERE d.id = $1::uuid`, [id]);
    const actor = { userId: viewer.id, roles: viewer.roles, departmentId: viewer.departmentId };
    if (!row || !(await this.visibility.canView(row.state, actor, await this.directory.organisation(), this.clock().toISOString()))) throw notFound(`Không tìm thấy văn bản ${id}`, 'id');
    return { answer: { ...summaryAnswer(row, this.today()), projectedPosition }, state: row.state };
  }

  async list(query: DocumentListRequest, viewer: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const today = this.today();
    const sql = new Sql();
    const where = this.conditions(query, viewer, sql, today);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<SummaryRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${SUMMARY_SELECT}, count(*) OVER ()::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy(query)}
        LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    return { items: rows.map((r) => summaryAnswer(r, today)), page, pageSize, total: rows[0]?.total ?? (page > 1 ? await this.count(where, sql) : 0), projectedPosition };
  }

  /**
   * What `list` shows, every page of it, for a spreadsheet: at most `cap` rows in the same order,
   * with the number that matched (so the sheet can say it was cut).
   */
  async all(query: DocumentListRequest, viewer: AuthenticatedUser, cap: number) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const today = this.today();
    const sql = new Sql();
    const where = this.conditions(query, viewer, sql, today);
    const rows: Array<SummaryRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${SUMMARY_SELECT}, count(*) OVER ()::int AS total FROM ${FROM} WHERE ${where.join(' AND ')} ORDER BY ${orderBy(query)} LIMIT ${sql.p(cap)}`,
      sql.params,
    );
    return { items: rows.map((r) => summaryAnswer(r, today)), total: rows[0]?.total ?? 0, today, projectedPosition };
  }

  /** The WHERE of the list: what the viewer may see (`visibleSql`), then each filter asked for. */
  private conditions(query: DocumentListRequest, viewer: AuthenticatedUser, sql: Sql, today: string): string[] {
    checkDayRange('receivedFrom', query.receivedFrom, 'receivedTo', query.receivedTo);
    const where = [visibleSql(sql, viewer)];
    if (query.status) where.push(`d.status = ANY(${sql.p(query.status.split(','))}::varchar[])`);
    if (query.urgency) where.push(`d.urgency = ANY(${sql.p(query.urgency.split(','))}::varchar[])`);
    if (query.confidentiality) where.push(`d.confidentiality = ANY(${sql.p(query.confidentiality.split(','))}::varchar[])`);
    if (query.departmentId) where.push(`d.department_id = ${sql.p(query.departmentId)}::uuid`);
    if (query.assigneeId) where.push(`d.assignee_id = ${sql.p(query.assigneeId)}::uuid`);
    if (query.leaderId) {
      // DocumentListRequest.leaderId: the submission's leader once named, else the office leader who distributes.
      const leader = `${sql.p(query.leaderId)}::uuid`;
      where.push(`(d.leader_id = ${leader} OR (d.leader_id IS NULL AND f.office_leader_id = ${leader}))`);
    }
    if (query.fieldCode) where.push(`d.field_code = ${sql.p(query.fieldCode)}`);
    if (query.receivedFrom) where.push(`d.received_on >= ${sql.p(query.receivedFrom)}::date`);
    if (query.receivedTo) where.push(`d.received_on <= ${sql.p(query.receivedTo)}::date`);
    if (query.overdue === 'true') where.push(`d.next_due < ${sql.p(today)}::date`);
    if (query.overdue === 'false') where.push(`(d.next_due IS NULL OR d.next_due >= ${sql.p(today)}::date)`);
    // The one meaning of "due soon" the notices and counters use (today or the next working day).
    if (query.dueSoon === 'true') where.push(`d.next_due BETWEEN ${sql.p(today)}::date AND ${sql.p(dueSoonLimit(today, calendarInForce()))}::date`);
    if (query.q) where.push(`d.id IN (SELECT s.id FROM rm_document_search s WHERE s.search_text LIKE ${sql.p(containsPattern(query.q))})`);
    // Văn bản để biết: sent to the caller or their department for information (never in the queue).
    if (query.forInformation === 'me') where.push(sentForInformationSql(sql, viewer));
    return where;
  }

  /** A page past the end still says how many there are. */
  private async count(where: string[], sql: Sql): Promise<number> {
    const params = sql.params.slice(0, sql.params.length - 2);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}`, params);
    return total;
  }

  /**
   * The caller's pending work, by what they are responsible for now (`documentQueueActionSql`,
   * the one definition the counters and the due-soon sweep share). Most urgent first: flash >
   * very urgent > urgent > overdue > due soonest, by the due day of the caller's own step
   * (`stepDue`, `documentQueueDueSql`): never a deadline someone else owes.
   */
  async queue(viewer: AuthenticatedUser, minPosition?: string) {
    const projectedPosition = await this.positions.reached(READS, minPosition);
    const today = this.today();
    const sql = new Sql();
    const todayParam = `${sql.p(today)}::date`;
    // A deputy's delegations are judged at the caller's clock (DOMAIN.md §10).
    const asked = { ...viewer, at: this.clock().toISOString() };
    const rows: Array<SummaryRecord & { action: QueueAction; step_due: string | null; signing_capacity: string | null }> = await this.dataSource.query(
      `SELECT * FROM (SELECT q.*, ${documentQueueDueSql('q')}::text AS step_due
          FROM (SELECT ${SUMMARY_SELECT}, d.urgency_rank, ${documentQueueActionSql(sql, asked)} AS action,
                       ${documentSigningCapacitySql(sql, asked)} AS signing_capacity FROM ${FROM} WHERE ${visibleSql(sql, asked)}) q
         WHERE q.action IS NOT NULL) w
        ORDER BY w.urgency_rank DESC, (w.step_due IS NOT NULL AND w.step_due::date < ${todayParam}) DESC, w.step_due ASC NULLS LAST, w.received_at ASC
        LIMIT ${QUEUE_LIMIT}`,
      sql.params,
    );
    const items = rows.map((r) => ({
      action: r.action, ...summaryAnswer(r, today), stepDue: r.step_due, stepOverdue: r.step_due !== null && r.step_due < today,
      // "KT. CHỦ TỊCH": the capacity a deputy signs this one in; null in one's own name.
      signingCapacity: r.action === 'sign' ? r.signing_capacity : null,
    }));
    return { items, total: rows.length, projectedPosition };
  }
}
