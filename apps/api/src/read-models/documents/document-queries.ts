import { Inject, Injectable } from '@nestjs/common';
import { canView, hasRole, localDateOf, notFound, type RegisteredDocument } from '@office/domain';
import { containsPattern, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { checkDayRange } from '../period';
import { ProjectionPositions } from '../projection-positions';
import type { DocumentListQuery } from '../read-model-query.dto';
import { Sql } from '../sql';
import { visibleSql } from '../viewer';
import { SUMMARY_SELECT, summaryAnswer, type SummaryAnswer, type SummaryRecord } from './document-summary.mapper';

const READS = [PROJECTION_NAMES.documentSummaries];
const FROM = 'rm_document_summaries d LEFT JOIN org_fields f ON f.code = d.field_code';
const DEFAULT_PAGE_SIZE = 50;
const QUEUE_LIMIT = 500;

/** A step waiting for the caller, named as in the HTTP path (`POST /api/documents/:id/<action>`). */
export type QueueAction = 'distribute' | 'assign' | 'appraise' | 'request-supplement' | 'submit' | 'initial' | 'sign' | 'issue' | 'receive-supplement';

/** Reads of `document-summaries.v1`: one document, lists, and the caller's queue. */
@Injectable()
export class DocumentQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  today(): string {
    return localDateOf(this.clock());
  }

  /** One summary, if the viewer may see the document (the very rule of `canView`); the folded state comes along for the access record. */
  async byId(id: string, viewer: AuthenticatedUser, minPosition?: string): Promise<{ answer: SummaryAnswer & { projectedPosition: string }; state: RegisteredDocument }> {
    const projectedPosition = await this.positions.reached(READS, minPosition);
    const [row]: Array<SummaryRecord & { state: RegisteredDocument }> = await this.dataSource.query(`SELECT ${SUMMARY_SELECT}, d.state FROM ${FROM} WHERE d.id = $1::uuid`, [id]);
    const actor = { userId: viewer.id, roles: viewer.roles, departmentId: viewer.departmentId };
    if (!row || !canView(row.state, actor, await this.directory.organisation())) throw notFound(`Không tìm thấy văn bản ${id}`, 'id');
    return { answer: { ...summaryAnswer(row, this.today()), projectedPosition }, state: row.state };
  }

  async list(query: DocumentListQuery, viewer: AuthenticatedUser) {
    checkDayRange('receivedFrom', query.receivedFrom, 'receivedTo', query.receivedTo);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const today = this.today();
    const sql = new Sql();
    const where = [visibleSql(sql, viewer)];
    if (query.status) where.push(`d.status = ANY(${sql.p(query.status.split(','))}::varchar[])`);
    if (query.departmentId) where.push(`d.department_id = ${sql.p(query.departmentId)}::uuid`);
    if (query.assigneeId) where.push(`d.assignee_id = ${sql.p(query.assigneeId)}::uuid`);
    if (query.fieldCode) where.push(`d.field_code = ${sql.p(query.fieldCode)}`);
    if (query.receivedFrom) where.push(`d.received_on >= ${sql.p(query.receivedFrom)}::date`);
    if (query.receivedTo) where.push(`d.received_on <= ${sql.p(query.receivedTo)}::date`);
    if (query.overdue === 'true') where.push(`d.next_due < ${sql.p(today)}::date`);
    if (query.overdue === 'false') where.push(`(d.next_due IS NULL OR d.next_due >= ${sql.p(today)}::date)`);
    if (query.q) where.push(`d.id IN (SELECT s.id FROM rm_document_search s WHERE s.search_text LIKE ${sql.p(containsPattern(query.q))})`);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<SummaryRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${SUMMARY_SELECT}, count(*) OVER ()::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}
        ORDER BY d.received_at DESC, d.incoming_year DESC, d.incoming_number DESC
        LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    return { items: rows.map((r) => summaryAnswer(r, today)), page, pageSize, total: rows[0]?.total ?? (page > 1 ? await this.count(where, sql) : 0), projectedPosition };
  }

  /** A page past the end still says how many there are. */
  private async count(where: string[], sql: Sql): Promise<number> {
    const params = sql.params.slice(0, sql.params.length - 2);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM ${FROM} WHERE ${where.join(' AND ')}`, params);
    return total;
  }

  /**
   * The caller's pending work, by what they are responsible for now: clerk → receive a
   * supplement, issue; office leader in charge → distribute, initial; head → assign; the assigned
   * specialist → appraise, request a supplement, submit; the named leader → sign. Most urgent
   * first: flash > very urgent > urgent > overdue > due soonest.
   */
  async queue(viewer: AuthenticatedUser, minPosition?: string) {
    const projectedPosition = await this.positions.reached(READS, minPosition);
    const today = this.today();
    const sql = new Sql();
    const me = `${sql.p(viewer.id)}::uuid`;
    const when: string[] = [];
    if (hasRole(viewer, 'clerk')) when.push(`WHEN d.status = 'supplement_requested' THEN 'receive-supplement'`, `WHEN d.status = 'signed' THEN 'issue'`);
    when.push(`WHEN d.status IN ('received', 'returned') AND f.office_leader_id = ${me} THEN 'distribute'`, `WHEN d.status = 'submitted' AND f.office_leader_id = ${me} THEN 'initial'`);
    if (hasRole(viewer, 'department_head') && viewer.departmentId) when.push(`WHEN d.status = 'distributed' AND d.department_id = ${sql.p(viewer.departmentId)}::uuid THEN 'assign'`);
    when.push(
      `WHEN d.assignee_id = ${me} AND d.status = 'assigned' THEN 'appraise'`,
      `WHEN d.assignee_id = ${me} AND d.status = 'appraised' AND d.state->'appraisal'->>'outcome' = 'valid' THEN 'submit'`,
      `WHEN d.assignee_id = ${me} AND d.status = 'appraised' AND jsonb_typeof(d.state->'supplement') = 'null' THEN 'request-supplement'`,
      `WHEN d.assignee_id = ${me} AND d.status = 'appraised' THEN 'appraise'`,
      `WHEN d.leader_id = ${me} AND d.status = 'initialled' THEN 'sign'`,
    );
    const todayParam = `${sql.p(today)}::date`;
    const rows: Array<SummaryRecord & { action: QueueAction }> = await this.dataSource.query(
      `SELECT * FROM (SELECT ${SUMMARY_SELECT}, d.urgency_rank, CASE ${when.join(' ')} END AS action FROM ${FROM} WHERE ${visibleSql(sql, viewer)}) q
        WHERE q.action IS NOT NULL
        ORDER BY q.urgency_rank DESC, (q.next_due IS NOT NULL AND q.next_due::date < ${todayParam}) DESC, q.next_due ASC NULLS LAST, q.received_at ASC
        LIMIT ${QUEUE_LIMIT}`,
      sql.params,
    );
    return { items: rows.map((r) => ({ action: r.action, ...summaryAnswer(r, today) })), total: rows.length, projectedPosition };
  }
}
