import {
  localDateOf, MEETING_STATUSES, notFound, paperClock, type DirectiveTerms, type LocalDate, type MeetingState, type MeetingStatus, type PaperClock, type Session,
  type SessionKind, type SessionPaper,
} from '@office/domain';
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
  /** The session convened beforehand (null for a meeting recorded after the fact). */
  session: {
    kind: SessionKind;
    startsAt: string;
    place: string;
    papersDueAt: string;
    papersTotal: number;
    papersUnsent: number;
    papersLate: number;
    /** Papers still unsent when their due instant has passed. */
    papersOverdue: boolean;
  } | null;
  conclusion: {
    /** 3 working days after the meeting; null while the session is only convened. */
    due: LocalDate | null;
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
  /** The whole session: agenda, papers each with its clock as of now, absences, attendance, minutes. */
  sessionDetail: (Omit<Session, 'papers'> & { papers: Array<SessionPaper & { clock: PaperClock }> }) | null;
  state: MeetingState;
}

/**
 * What a list filters by: a status of the domain, or the notice's clock while it is not drafted
 * (`notice_due`: still within its 3 working days, `notice_overdue`: past them), or the papers'
 * clock of a session (`papers_overdue`: some still unsent past their due instant; `papers_late`: some sent late).
 */
export const MEETING_LIST_STATUSES = [...MEETING_STATUSES, 'notice_due', 'notice_overdue', 'papers_overdue', 'papers_late'] as const;
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
  drafted_at, drafted_late, excerpt, directives, approved_at, leader_id, signed_at, outgoing_number, symbol, issued_at, directive_ids,
  kind, starts_at, place, papers_due_at, papers_total, papers_unsent, papers_late`;

interface MeetingRecord {
  id: string;
  title: string;
  held_on: string;
  field_code: string;
  presiding_leader_id: string;
  specialist_id: string;
  attendees: string[];
  status: MeetingStatus;
  conclusion_due: string | null;
  kind: SessionKind | null;
  starts_at: Date | null;
  place: string | null;
  papers_due_at: Date | null;
  papers_total: number;
  papers_unsent: number;
  papers_late: number;
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
    else if (filter.status === 'papers_overdue') where.push(`status = 'convened' AND papers_unsent > 0 AND papers_due_at < ${sql.p(this.clock().toISOString())}::timestamptz`);
    else if (filter.status === 'papers_late') where.push('papers_late > 0');
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
    const { state } = r;
    const conclusions = state.status === 'none' || state.status === 'convened' ? null : (state.notice?.conclusions ?? null);
    const session = state.status === 'none' ? null : (state.session ?? null);
    const now = this.clock().toISOString();
    const sessionDetail = session && { ...session, papers: session.papers.map((paper) => ({ ...paper, clock: paperClock(paper, session.papersDue.due, now) })) };
    return { ...summary, conclusion: { ...summary.conclusion, conclusions }, sessionDetail, state };
  }

  private summaryOf(r: MeetingRecord): MeetingSummary {
    const overdue = r.conclusion_due !== null && this.today() > r.conclusion_due;
    const papersDueAt = iso(r.papers_due_at);
    const session =
      r.kind && r.starts_at && papersDueAt
        ? {
            kind: r.kind, startsAt: iso(r.starts_at)!, place: r.place ?? '', papersDueAt, papersTotal: r.papers_total, papersUnsent: r.papers_unsent, papersLate: r.papers_late,
            papersOverdue: r.status === 'convened' && r.papers_unsent > 0 && this.clock().getTime() > Date.parse(papersDueAt),
          }
        : null;
    const clock = r.drafted_late === null ? (overdue ? 'late' : 'pending') : r.drafted_late ? 'late' : 'on_time';
    return {
      id: r.id, title: r.title, heldOn: r.held_on, fieldCode: r.field_code, presidingLeaderId: r.presiding_leader_id, specialistId: r.specialist_id,
      attendees: r.attendees, status: r.status, session,
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
