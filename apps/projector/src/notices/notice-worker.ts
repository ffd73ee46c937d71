import { NoticeSweep } from '@office/read-models';
import type { DataSource } from 'typeorm';
import type { ProjectorLogger } from '../projector';
import { NoticeMailer } from './notice-mailer';

export interface NoticeWorkerOptions {
  /** Minutes between two sweeps (NOTICE_SWEEP_MINUTES). */
  sweepMinutes: number;
  /** SMTP_URL; undefined: no e-mail. */
  smtpUrl?: string;
  mailFrom: string;
  /** Where the web app is reached, for the links in e-mails. */
  baseUrl: string;
  /** How often the outbox is looked at (default 5 s). */
  mailPollMs?: number;
  clock?: () => Date;
  logger: ProjectorLogger;
}

/**
 * The projector's periodic work besides projections: the due-soon/overdue sweep (every
 * `sweepMinutes`, and once at start) and, when SMTP is configured, the mailer. Both are safe to
 * run in every projector process at once (derived ids; claimed deliveries). Rounds never overlap.
 */
export class NoticeWorker {
  private readonly sweep: NoticeSweep;
  private readonly mailer?: NoticeMailer;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<Promise<unknown>>();
  private busy = { sweep: false, mail: false };

  constructor(
    dataSource: DataSource,
    private readonly options: NoticeWorkerOptions,
  ) {
    this.sweep = new NoticeSweep(dataSource, options.clock);
    if (options.smtpUrl) this.mailer = new NoticeMailer(dataSource, { smtpUrl: options.smtpUrl, from: options.mailFrom, baseUrl: options.baseUrl, clock: options.clock });
  }

  start(): void {
    this.round('sweep', () => this.sweep.run());
    this.timers.push(setInterval(() => this.round('sweep', () => this.sweep.run()), this.options.sweepMinutes * 60_000));
    const mailer = this.mailer;
    if (mailer) this.timers.push(setInterval(() => this.round('mail', () => mailer.runOnce()), this.options.mailPollMs ?? 5_000));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers.length = 0;
    await Promise.allSettled([...this.running]);
    this.mailer?.close();
  }

  private round(kind: 'sweep' | 'mail', work: () => Promise<unknown>): void {
    if (this.busy[kind]) return;
    this.busy[kind] = true;
    const done = work()
      .catch((error) => this.options.logger.warn(`notice ${kind} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.busy[kind] = false;
        this.running.delete(done);
      });
    this.running.add(done);
  }
}
