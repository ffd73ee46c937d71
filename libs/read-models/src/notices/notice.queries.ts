import { notFound, type NoticeKind } from '@office/domain';
import type { DataSource } from 'typeorm';
import { iso } from '../sql/sql';

const LIST_LIMIT = 50;

/** One notice as the API answers it. */
export interface NoticeItem {
  id: string;
  kind: NoticeKind;
  subjectStream: string;
  title: string;
  link: string;
  dueOn: string | null;
  createdAt: string;
  readAt: string | null;
  /** The global position of the event that caused it (null for the sweep's): reads that must include its effect wait for it (`minPosition`). */
  position: string | null;
}

interface NoticeRecord {
  id: string;
  kind: NoticeKind;
  subject_stream: string;
  title: string;
  link: string;
  due_on: string | null;
  created_at: Date;
  read_at: Date | null;
  source_position: string | null;
}

const SELECT = `id, kind, subject_stream, title, link, due_on::text AS due_on, created_at, read_at, source_position`;

/** A person's notices (those they chose to see in the app) and preferences, from `notices.v1`. */
export class NoticeQueries {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Newest first, the last LIST_LIMIT; with the number still unread. */
  async list(userId: string, unreadOnly = false): Promise<{ items: NoticeItem[]; unread: number }> {
    const rows: NoticeRecord[] = await this.dataSource.query(
      `SELECT ${SELECT} FROM rm_notices WHERE user_id = $1 AND in_app ${unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY created_at DESC, id LIMIT ${LIST_LIMIT}`,
      [userId],
    );
    return { items: rows.map(noticeItem), unread: await this.unread(userId) };
  }

  async unread(userId: string): Promise<number> {
    const [{ count }] = await this.dataSource.query('SELECT count(*)::int AS count FROM rm_notices WHERE user_id = $1 AND in_app AND read_at IS NULL', [userId]);
    return count;
  }

  /** One of the person's notices shown in the app, or null (someone else's, or not in the app). */
  async byId(id: string, userId: string): Promise<NoticeItem | null> {
    const [row]: NoticeRecord[] = await this.dataSource.query(`SELECT ${SELECT} FROM rm_notices WHERE id = $1 AND user_id = $2 AND in_app`, [id, userId]);
    return row ? noticeItem(row) : null;
  }

  /** Marks one read (the first time only); NOT_FOUND when it is not the caller's. */
  async markRead(id: string, userId: string): Promise<NoticeItem> {
    await this.dataSource.query('UPDATE rm_notices SET read_at = $3 WHERE id = $1 AND user_id = $2 AND read_at IS NULL', [id, userId, this.clock()]);
    const notice = await this.byId(id, userId);
    if (!notice) throw notFound(`Không tìm thấy thông báo ${id}`, 'id');
    return notice;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, marked] = await this.dataSource.query('UPDATE rm_notices SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND in_app', [userId, this.clock()]);
    return marked;
  }
}

function noticeItem(r: NoticeRecord): NoticeItem {
  return { id: r.id, kind: r.kind, subjectStream: r.subject_stream, title: r.title, link: r.link, dueOn: r.due_on, createdAt: iso(r.created_at)!, readAt: iso(r.read_at), position: r.source_position };
}
