import { localDateOf, MEETING_STATUSES, notFound, type DirectiveTerms, type LocalDate, type MeetingState, type MeetingStatus } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso, Sql } from '../../sql/sql';

export interface MeetingSummary {
  id: string;
  title: string;
  heldOn: LocalDate;
  fieldCode: string;
  presidingLeaderId: string;
  specialistId: string;
  attendees: string[];
  status: MeetingStatus;
  conclusion: {
    /** 3 working days after the meeting. */
    due: LocalDate;
    /** pending while not drafted and not due, late when drafted after the due day or still not drafted after it. */
    clock: 'pending' | 'on_time' | 'late';
    draftedAt: string | null;
    excerpt: string | null;
    directives: DirectiveTerms[];
    approvedAt: string | null;
    leaderId: string | null;
    signedAt: string | null;
    outgoingNumber: number | null;
    symbol: string | null;
    issuedAt: string | null;
    directiveIds: string[];
  };
}

/** A meeting with the state the domain folded, from which the caller derives the steps a person may take. */
export interface MeetingDetail extends MeetingSummary {
  /** With the notice's full text (`conclusions`), which a new draft starts from. */
  conclusion: MeetingSummary['conclusion'] & { conclusions: string | null };
  state: MeetingState;
}

/**
 * What a list filters by: a status of the domain, or the notice's clock while it is not drafted
 * (`notice_due`: still within its 3 working days, `notice_overdue`: past them).
 */
export const MEETING_LIST_STATUSES = [...MEETING_STATUSES, 'notice_due', 'notice_overdue'] as const;
export type MeetingListStatus = (typeof MEETING_LIST_STATUSES)[number];

export interface MeetingListFilter {
  status?: MeetingListStatus;
  presidingLeaderId?: string;
  fieldCode?: string;
  /** The day it was held, inclusive. */
  from?: LocalDate;
  to?: LocalDate;
  page?: number;
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 50;
const COLUMNS = `id, title, held_on::text AS held_on, field_code, presiding_leader_id, specialist_id, attendees, status, conclusion_due::text AS conclusion_due,
  drafted_at, drafted_late, excerpt, directives, approved_at, leader_id, signed_at, outgoing_number, symbol, issued_at, directive_ids`;

interface MeetingRecord {
  id: string;
  title: string;
  held_on: string;
  field_code: string;
  presiding_leader_id: string;
  specialist_id: string;
  attendees: string[];
  status: MeetingStatus;
  conclusion_due: string;
  drafted_at: Date | null;
  drafted_late: boolean | null;
  excerpt: string | null;
  directives: DirectiveTerms[];
  approved_at: Date | null;
  leader_id: string | null;
  signed_at: Date | null;
  outgoing_number: number | null;
  symbol: string | null;
  issued_at: Date | null;
  directive_ids: string[];
}

/** Meetings and their conclusion notices (`meetings.v1`), for staff. */
export class MeetingQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Meetings, the latest held first, filtered by status (or the notice's clock), presiding leader, field and day held. */
  async list(filter: MeetingListFilter): Promise<{ items: MeetingSummary[]; page: number; pageSize: number; total: number }> {
    const sql = new Sql();
    const where = ['TRUE'];
    if (filter.status === 'notice_due') where.push(`status = 'held' AND conclusion_due >= ${sql.p(this.today())}::date`);
    else if (filter.status === 'notice_overdue') where.push(`status = 'held' AND conclusion_due < ${sql.p(this.today())}::date`);
    else if (filter.status) where.push(`status = ${sql.p(filter.status)}`);
    if (filter.presidingLeaderId) where.push(`presiding_leader_id = ${sql.p(filter.presidingLeaderId)}::uuid`);
    if (filter.fieldCode) where.push(`field_code = ${sql.p(filter.fieldCode)}`);
    if (filter.from) where.push(`held_on >= ${sql.p(filter.from)}::date`);
    if (filter.to) where.push(`held_on <= ${sql.p(filter.to)}::date`);
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? DEFAULT_PAGE_SIZE;
    const rows: Array<MeetingRecord & { total: number }> = await this.dataSource.query(
      `SELECT ${COLUMNS}, count(*) OVER ()::int AS total FROM rm_meetings WHERE ${where.join(' AND ')}
        ORDER BY held_on DESC, title, id LIMIT ${sql.p(pageSize)} OFFSET ${sql.p((page - 1) * pageSize)}`,
      sql.params,
    );
    return { items: rows.map((r) => this.summaryOf(r)), page, pageSize, total: rows[0]?.total ?? 0 };
  }

  async byId(id: string): Promise<MeetingDetail> {
    const sql = new Sql();
    const [r]: Array<MeetingRecord & { state: MeetingState }> = await this.dataSource.query(`SELECT ${COLUMNS}, state FROM rm_meetings WHERE id = ${sql.p(id)}::uuid`, sql.params);
    if (!r) throw notFound(`Không tìm thấy cuộc họp ${id}`, 'id');
    const summary = this.summaryOf(r);
    const conclusions = r.state.status === 'none' ? null : (r.state.notice?.conclusions ?? null);
    return { ...summary, conclusion: { ...summary.conclusion, conclusions }, state: r.state };
  }

  private summaryOf(r: MeetingRecord): MeetingSummary {
    const overdue = this.today() > r.conclusion_due;
    const clock = r.drafted_late === null ? (overdue ? 'late' : 'pending') : r.drafted_late ? 'late' : 'on_time';
    return {
      id: r.id, title: r.title, heldOn: r.held_on, fieldCode: r.field_code, presidingLeaderId: r.presiding_leader_id, specialistId: r.specialist_id,
      attendees: r.attendees, status: r.status,
      conclusion: {
        due: r.conclusion_due, clock, draftedAt: iso(r.drafted_at), excerpt: r.excerpt, directives: r.directives, approvedAt: iso(r.approved_at), leaderId: r.leader_id,
        signedAt: iso(r.signed_at), outgoingNumber: r.outgoing_number, symbol: r.symbol, issuedAt: iso(r.issued_at), directiveIds: r.directive_ids,
      },
    };
  }

  private today(): LocalDate {
    return localDateOf(this.clock());
  }
}
