import { localDateOf, notFound, type DirectiveTerms, type LocalDate, type MeetingStatus } from '@office/domain';
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

  async byId(id: string): Promise<MeetingSummary> {
    const sql = new Sql();
    const [r]: MeetingRecord[] = await this.dataSource.query(
      `SELECT id, title, held_on::text AS held_on, field_code, presiding_leader_id, specialist_id, attendees, status, conclusion_due::text AS conclusion_due,
        drafted_at, drafted_late, excerpt, directives, approved_at, leader_id, signed_at, outgoing_number, symbol, issued_at, directive_ids
        FROM rm_meetings WHERE id = ${sql.p(id)}::uuid`,
      sql.params,
    );
    if (!r) throw notFound(`Không tìm thấy cuộc họp ${id}`, 'id');
    const overdue = localDateOf(this.clock()) > r.conclusion_due;
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
}
