import { projectedPosition } from '@office/read-models';
import type { DataSource } from 'typeorm';
import type { AccessRecord } from './access-log.events';
import { ACCESS_LOG_PROJECTION } from './access-log.projection';

export interface AccessLogFilter {
  /** Days (Asia/Ho_Chi_Minh), inclusive. */
  from?: string;
  to?: string;
  userId?: string;
  documentId?: string;
  page: number;
  pageSize: number;
}

export type AccessLogEntry = AccessRecord & { position: string; userName: string | null };

/** Recorded reads, newest first, from `access-log.v1`. */
export async function listAccessLog(db: DataSource, filter: AccessLogFilter) {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (value: unknown) => `$${params.push(value)}`;
  if (filter.from) where.push(`l.at >= (${p(filter.from)}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (filter.to) where.push(`l.at < ((${p(filter.to)}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')`);
  if (filter.userId) where.push(`l.user_id = ${p(filter.userId)}`);
  if (filter.documentId) where.push(`l.document_id = ${p(filter.documentId)}`);
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [{ total }]: Array<{ total: number }> = await db.query(`SELECT count(*)::int AS total FROM audit_access_log l ${clause}`, params);
  const rows: Array<Record<string, string | null> & { at: Date }> = await db.query(
    `SELECT l.event_id, l.position::text AS position, l.at, l.user_id, u.full_name AS user_name, l.role, l.kind, l.document_id, l.view, l.because, l.query
       FROM audit_access_log l LEFT JOIN org_users u ON u.id::text = l.user_id
       ${clause}
      ORDER BY l.at DESC, l.position DESC
      LIMIT ${p(filter.pageSize)} OFFSET ${p((filter.page - 1) * filter.pageSize)}`,
    params,
  );
  const entries: AccessLogEntry[] = rows.map((r) => ({
    eventId: r.event_id!,
    position: r.position!,
    at: r.at.toISOString(),
    userId: r.user_id!,
    userName: r.user_name,
    role: r.role!,
    kind: r.kind as AccessLogEntry['kind'],
    documentId: r.document_id,
    view: r.view!,
    because: r.because!,
    query: r.query,
  }));
  return { entries, total, page: filter.page, pageSize: filter.pageSize, projectedPosition: (await projectedPosition(db, [ACCESS_LOG_PROJECTION])).toString() };
}
