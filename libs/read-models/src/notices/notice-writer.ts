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

/** A notice as stored (the rm_notices columns): the draft with the channels the person's preference gives it. */
export interface StoredNotice {
  id: string;
  user_id: string;
  kind: NoticeKind;
  subject_stream: string;
  title: string;
  link: string;
  due_on: string | null;
  created_at: string;
  in_app: boolean;
  by_email: boolean;
  source_position: string | null;
}

/** The rows of `drafts` under each person's preferences; a notice nobody wants in either channel has none. */
export function noticeRows(drafts: readonly NoticeDraft[], preferencesOf: (userId: string) => NoticePreferences): StoredNotice[] {
  return drafts
    .map((d) => ({ d, inApp: preferencesOf(d.userId).inApp[d.kind], byEmail: preferencesOf(d.userId).email[d.kind] }))
    .filter(({ inApp, byEmail }) => inApp || byEmail)
    .map(({ d, inApp, byEmail }) => ({
      id: d.id, user_id: d.userId, kind: d.kind, subject_stream: d.subjectStream, title: d.title, link: d.link, due_on: d.dueOn, created_at: d.createdAt,
      in_app: inApp, by_email: byEmail, source_position: d.sourcePosition === null ? null : d.sourcePosition.toString(),
    }));
}

/**
 * Writes the notices not written yet (their ids are derived, so a replay or a second sweep finds
 * them there) and, for those shown in the app, announces them on NOTICE_CHANNEL in one statement:
 * PostgreSQL delivers the announcements when the caller's transaction commits, never before, never
 * for a transaction rolled back. Answers how many were new.
 */
export async function insertNotices(db: Db, rows: readonly StoredNotice[]): Promise<number> {
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
  const announced = inserted.filter((r) => r.in_app).map((r) => JSON.stringify({ id: r.id, userId: r.user_id }));
  if (announced.length > 0) await db.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [NOTICE_CHANNEL, announced]);
  return inserted.length;
}

/** Writes `drafts` under the preferences stored now (the due-soon sweep). */
export async function writeNotices(db: Db, drafts: readonly NoticeDraft[]): Promise<number> {
  if (drafts.length === 0) return 0;
  const preferences = await preferencesOf(db, drafts.map((d) => d.userId));
  return insertNotices(db, noticeRows(drafts, (userId) => preferences.get(userId)!));
}
