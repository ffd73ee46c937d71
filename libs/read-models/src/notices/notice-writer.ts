import { DEFAULT_NOTICE_PREFERENCES, type NoticeKind, type NoticePreferences } from '@office/domain';
import type { EntityManager } from 'typeorm';
import { NOTICE_CHANNEL } from './notice-ids';

/** A notice about to be written; who gets it in which channel follows the person's preferences. */
export interface NoticeDraft {
  id: string;
  userId: string;
  kind: NoticeKind;
  subjectStream: string;
  title: string;
  link: string;
  dueOn: string | null;
  createdAt: string;
  sourcePosition: bigint | null;
}

type Db = Pick<EntityManager, 'query'>;

/** Each person's preferences, the defaults for those who never chose. */
export async function preferencesOf(db: Db, userIds: readonly string[]): Promise<Map<string, NoticePreferences>> {
  const rows: Array<{ user_id: string; in_app: NoticePreferences['inApp']; email: NoticePreferences['email'] }> = userIds.length
    ? await db.query('SELECT user_id, in_app, email FROM rm_notice_preferences WHERE user_id = ANY($1::uuid[])', [[...new Set(userIds)]])
    : [];
  const found = new Map(rows.map((r) => [r.user_id, { inApp: r.in_app, email: r.email }]));
  return new Map(userIds.map((id) => [id, found.get(id) ?? DEFAULT_NOTICE_PREFERENCES]));
}

/**
 * Writes the notices not written yet (their ids are derived, so a replay or a second sweep finds
 * them there) and, for those shown in the app, announces them on NOTICE_CHANNEL: PostgreSQL
 * delivers the announcement when the caller's transaction commits, never before, never for a
 * transaction rolled back. A notice nobody wants in either channel is not written. Answers how
 * many were new.
 */
export async function writeNotices(db: Db, drafts: readonly NoticeDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const preferences = await preferencesOf(db, drafts.map((d) => d.userId));
  const rows = drafts
    .map((d) => ({ ...d, inApp: preferences.get(d.userId)!.inApp[d.kind], byEmail: preferences.get(d.userId)!.email[d.kind] }))
    .filter((d) => d.inApp || d.byEmail)
    .map((d) => ({
      id: d.id, user_id: d.userId, kind: d.kind, subject_stream: d.subjectStream, title: d.title, link: d.link, due_on: d.dueOn, created_at: d.createdAt,
      in_app: d.inApp, by_email: d.byEmail, source_position: d.sourcePosition === null ? null : d.sourcePosition.toString(),
    }));
  if (rows.length === 0) return 0;
  const inserted: Array<{ id: string; user_id: string; in_app: boolean }> = await db.query(
    `INSERT INTO rm_notices (id, user_id, kind, subject_stream, title, link, due_on, created_at, in_app, by_email, source_position)
      SELECT id, user_id, kind, subject_stream, title, link, due_on, created_at, in_app, by_email, source_position
        FROM json_to_recordset($1::json) AS r(id uuid, user_id uuid, kind varchar, subject_stream text, title text, link text, due_on date,
          created_at timestamptz, in_app boolean, by_email boolean, source_position bigint)
      ON CONFLICT (id) DO NOTHING
      RETURNING id, user_id, in_app`,
    [JSON.stringify(rows)],
  );
  for (const row of inserted.filter((r) => r.in_app)) await db.query('SELECT pg_notify($1, $2)', [NOTICE_CHANNEL, JSON.stringify({ id: row.id, userId: row.user_id })]);
  return inserted.length;
}
