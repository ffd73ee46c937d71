import type { DataSource } from 'typeorm';

export interface HandoverListItem {
  id: string;
  userId: string;
  departmentId: string | null;
  kind: string;
  lastWorkingDay: string;
  receiverId: string;
  decisionRef: string;
  status: string;
  recordedAt: string;
  items: number;
  stillHeld: number;
  signedByLeaver: boolean;
  signedByHead: boolean;
  releasedAt: string | null;
}

interface HandoverRecord {
  id: string;
  user_id: string;
  department_id: string | null;
  kind: string;
  last_working_day: string;
  receiver_id: string;
  decision_ref: string;
  status: string;
  recorded_at: Date;
  items: number;
  still_held: number;
  signed_by_leaver: boolean;
  signed_by_head: boolean;
  released_at: Date | null;
}

/** Sổ theo dõi bàn giao: the departures, open ones first, the latest first. */
export class HandoverQueries {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: { status?: string; userId?: string } = {}): Promise<{ items: HandoverListItem[]; total: number }> {
    const rows: HandoverRecord[] = await this.dataSource.query(
      `SELECT id, user_id, department_id, kind, last_working_day::text, receiver_id, decision_ref, status, recorded_at, items, still_held, signed_by_leaver,
              signed_by_head, released_at
         FROM rm_handovers
        WHERE ($1::text IS NULL OR status = $1) AND ($2::uuid IS NULL OR user_id = $2::uuid)
        ORDER BY status = 'released', recorded_at DESC, id`,
      [filter.status ?? null, filter.userId ?? null],
    );
    return { items: rows.map(itemOf), total: rows.length };
  }

}

function itemOf(r: HandoverRecord): HandoverListItem {
  return {
    id: r.id, userId: r.user_id, departmentId: r.department_id, kind: r.kind, lastWorkingDay: r.last_working_day, receiverId: r.receiver_id, decisionRef: r.decision_ref,
    status: r.status, recordedAt: r.recorded_at.toISOString(), items: r.items, stillHeld: r.still_held, signedByLeaver: r.signed_by_leaver,
    signedByHead: r.signed_by_head, releasedAt: r.released_at?.toISOString() ?? null,
  };
}
