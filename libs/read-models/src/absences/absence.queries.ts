import { hasRole, notFound, type AbsenceKind, type AbsencePeriod, type AbsenceRecord, type AbsenceStatus, type ApprovalRoute, type Half, type LocalDate, type Role } from '@office/domain';
import type { DataSource } from 'typeorm';
import { Sql } from '../sql/sql';

export interface AbsenceSummary {
  id: string;
  requester: { id: string; name: string | null; departmentId: string | null };
  kind: AbsenceKind;
  from: LocalDate;
  fromHalf: Half;
  to: LocalDate;
  toHalf: Half;
  workingDays: number;
  reason: string;
  place: string | null;
  route: ApprovalRoute;
  status: AbsenceStatus;
  requestedBy: string;
  requestedAt: string;
  decision: AbsenceRecord['decision'];
  cancellation: AbsenceRecord['cancellation'];
  cutShort: AbsenceRecord['cutShort'];
  /** The KT. delegation recorded from this absence (grantor and first day match), if any. */
  delegationId: string | null;
  state: AbsenceRecord;
}

type Row = { state: AbsenceRecord; requester_name: string | null; delegation_id: string | null };

/** The delegation confirmed from a leader's absence: `DelegationRecorded.absence` names its first day, not the absence (another context). */
const SELECT = `SELECT a.state, u.full_name AS requester_name, d.id AS delegation_id
  FROM rm_absences a
  LEFT JOIN org_users u ON u.id = a.requester_id
  LEFT JOIN LATERAL (
    SELECT id FROM rm_delegations WHERE grantor_id = a.requester_id AND revoked_at IS NULL AND state->'absence'->>'from' = a.from_date::text ORDER BY recorded_at LIMIT 1
  ) d ON TRUE`;
const ORDER = 'ORDER BY a.from_date DESC, a.id';
const IN_FORCE = `a.status IN ('approved', 'recorded')`;

/** Who asks: the approvals a viewer may act on depend on their role and department. */
export interface AbsenceViewer {
  id: string;
  roles: Role[];
  departmentId: string | null;
}

/** Absences (`absences.v1`). */
export class AbsenceQueries {
  constructor(private readonly dataSource: DataSource) {}

  /** What I asked for, and what I recorded for a leader. */
  async mine(userId: string): Promise<AbsenceSummary[]> {
    const sql = new Sql();
    return this.select(`WHERE a.requester_id = ${sql.p(userId)}::uuid OR a.requested_by = ${sql.p(userId)}::uuid ${ORDER}`, sql);
  }

  /** Requests waiting for the viewer: every one for the office chief; a head, their own staff's of up to one working day. */
  async awaiting(viewer: AbsenceViewer): Promise<AbsenceSummary[]> {
    const sql = new Sql();
    let who = 'FALSE';
    if (hasRole(viewer, 'office_chief')) who = 'TRUE';
    else if (hasRole(viewer, 'department_head') && viewer.departmentId) who = `a.route = 'department_head' AND a.department_id = ${sql.p(viewer.departmentId)}::uuid`;
    return this.select(`WHERE a.status = 'requested' AND a.requester_id <> ${sql.p(viewer.id)}::uuid AND (${who}) ORDER BY a.from_date, a.id`, sql);
  }

  /** Approved or recorded absences that touch [from, to]: the month's calendar, and who is away today. */
  async inForceBetween(from: LocalDate, to: LocalDate, departmentId?: string | null): Promise<AbsenceSummary[]> {
    const sql = new Sql();
    const where = [IN_FORCE, `a.from_date <= ${sql.p(to)}::date`, `a.to_date >= ${sql.p(from)}::date`];
    if (departmentId) where.push(`a.department_id = ${sql.p(departmentId)}::uuid`);
    return this.select(`WHERE ${where.join(' AND ')} ORDER BY a.from_date, u.full_name, a.id`, sql);
  }

  /** The requester's other absences still asked for or in force: the decider refuses an overlap (ABSENCE_OVERLAPS). */
  async activeOf(requesterId: string): Promise<Array<AbsencePeriod & { absenceId: string }>> {
    const rows: Array<{ state: AbsenceRecord }> = await this.dataSource.query(
      `SELECT state FROM rm_absences WHERE requester_id = $1::uuid AND status IN ('requested', 'approved', 'recorded')`,
      [requesterId],
    );
    return rows.map(({ state: s }) => ({ absenceId: s.absenceId, from: s.from, fromHalf: s.fromHalf, to: s.to, toHalf: s.toHalf }));
  }

  async byId(id: string): Promise<AbsenceSummary> {
    const sql = new Sql();
    const [row] = await this.select(`WHERE a.id = ${sql.p(id)}::uuid`, sql);
    if (!row) throw notFound(`Không tìm thấy lịch vắng ${id}`, 'id');
    return row;
  }

  private async select(where: string, sql: Sql): Promise<AbsenceSummary[]> {
    const rows: Row[] = await this.dataSource.query(`${SELECT} ${where}`, sql.params);
    return rows.map(summaryOf);
  }
}

function summaryOf({ state, requester_name, delegation_id }: Row): AbsenceSummary {
  return {
    id: state.absenceId, requester: { id: state.requesterId, name: requester_name, departmentId: state.departmentId }, kind: state.kind, from: state.from,
    fromHalf: state.fromHalf, to: state.to, toHalf: state.toHalf, workingDays: state.workingDays, reason: state.reason, place: state.place, route: state.route,
    status: state.status, requestedBy: state.requestedBy, requestedAt: state.requestedAt, decision: state.decision, cancellation: state.cancellation,
    cutShort: state.cutShort, delegationId: delegation_id, state,
  };
}
