import type { NoticeKind } from '@office/domain';
import { createTransport, type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';

export interface NoticeMailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://…` (SMTP_URL). */
  smtpUrl: string;
  /** The sender (MAIL_FROM). */
  from: string;
  /** Where staff open the web app: links in the mail are made absolute with it. */
  baseUrl: string;
  clock?: () => Date;
  /** Notices older than this are never mailed (a backlog, a preference turned on late). */
  windowHours?: number;
  /** Notices claimed per round. */
  batch?: number;
}

interface Claimed {
  notice_id: string;
  recipient: string;
  attempts: number;
  kind: NoticeKind;
  title: string;
  link: string;
  full_name: string;
}

/** While one process sends a notice no other takes it; past this, a crashed sender's claim lapses. */
const CLAIM_MS = 2 * 60_000;
const FIRST_RETRY_MS = 30_000;
const LAST_RETRY_MS = 60 * 60_000;

const SUBJECT_PREFIX: Record<NoticeKind, string> = {
  new_work: 'Việc mới',
  due_soon: 'Sắp đến hạn',
  overdue: 'Quá hạn',
  returned: 'Bị trả lại',
};

/**
 * Sends by e-mail each notice its person chose to receive so (`by_email`), through the outbox
 * `notice_deliveries`: a notice is claimed (one process at a time, however many projectors run),
 * sent, then marked `sent_at`, and never sent again after that; a failure is retried with a
 * doubling wait (30 s … 1 h). A process dying between the server's acceptance and the mark is
 * the one case SMTP cannot make exactly-once; it resends once the claim lapses.
 */
export class NoticeMailer {
  private readonly transport: Transporter;
  private readonly clock: () => Date;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: NoticeMailerOptions,
  ) {
    this.transport = createTransport(options.smtpUrl);
    this.clock = options.clock ?? (() => new Date());
  }

  /** One round: claims what is due and sends it. Answers how many were sent and how many failed. */
  async runOnce(): Promise<{ sent: number; failed: number }> {
    const claimed = await this.claim();
    let sent = 0;
    let failed = 0;
    for (const notice of claimed) {
      try {
        await this.transport.sendMail(this.message(notice));
        await this.dataSource.query('UPDATE notice_deliveries SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE notice_id = $1', [notice.notice_id, this.clock()]);
        sent++;
      } catch (error) {
        const wait = Math.min(FIRST_RETRY_MS * 2 ** notice.attempts, LAST_RETRY_MS);
        await this.dataSource.query('UPDATE notice_deliveries SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 WHERE notice_id = $1', [
          notice.notice_id, new Date(this.clock().getTime() + wait), error instanceof Error ? error.message.slice(0, 500) : String(error),
        ]);
        failed++;
      }
    }
    return { sent, failed };
  }

  close(): void {
    this.transport.close();
  }

  private async claim(): Promise<Claimed[]> {
    const now = this.clock();
    const since = new Date(now.getTime() - (this.options.windowHours ?? 48) * 3_600_000);
    return this.dataSource.query(
      `WITH due AS (
          SELECT n.id, u.email FROM rm_notices n JOIN org_users u ON u.id = n.user_id LEFT JOIN notice_deliveries d ON d.notice_id = n.id
           WHERE n.by_email AND u.email IS NOT NULL AND n.created_at >= $2 AND (d.notice_id IS NULL OR (d.sent_at IS NULL AND d.next_attempt_at <= $1))
           ORDER BY n.created_at, n.id LIMIT $4),
        claimed AS (
          INSERT INTO notice_deliveries (notice_id, recipient, attempts, next_attempt_at) SELECT id, email, 0, $3 FROM due
          ON CONFLICT (notice_id) DO UPDATE SET next_attempt_at = EXCLUDED.next_attempt_at
            WHERE notice_deliveries.sent_at IS NULL AND notice_deliveries.next_attempt_at <= $1
          RETURNING notice_id, recipient, attempts)
       SELECT c.notice_id, c.recipient, c.attempts, n.kind, n.title, n.link, u.full_name
         FROM claimed c JOIN rm_notices n ON n.id = c.notice_id JOIN org_users u ON u.id = n.user_id`,
      [now, since, new Date(now.getTime() + CLAIM_MS), this.options.batch ?? 20],
    );
  }

  private message(notice: Claimed) {
    const link = new URL(notice.link, this.options.baseUrl).toString();
    const subject = `[${SUBJECT_PREFIX[notice.kind]}] ${notice.title}`.slice(0, 200);
    const text = [
      `Kính gửi ${notice.full_name},`,
      '',
      notice.title,
      '',
      `Xem và xử lý tại: ${link}`,
      '',
      'Thư này do hệ thống Quản lý văn bản của Văn phòng UBND tỉnh gửi tự động; xin đừng trả lời.',
      'Chọn loại thông báo nhận qua thư điện tử tại: ' + new URL('/cai-dat-thong-bao', this.options.baseUrl).toString(),
    ].join('\n');
    return { from: this.options.from, to: notice.recipient, subject, text };
  }
}
