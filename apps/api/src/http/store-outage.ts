import type { LoggerService } from '@nestjs/common';

/** How often the store is tried while it is away, and how long one try may take. */
const PROBE_EVERY_MS = 1_000;
const PROBE_TIMEOUT_MS = 2_000;

/**
 * While the store is away every request answers 503 STORE_UNAVAILABLE: one warning when the
 * first one does, a count of the others, and one line when the store answers again (tried every
 * second, so the line comes even when no request does). An error with a stack per request would
 * bury an outage of a few seconds under thousands of identical lines.
 */
export class StoreOutage {
  private since: number | null = null;
  private answered = 0;
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly logger: LoggerService,
    private readonly now: () => number = Date.now,
    private readonly probeEveryMs = PROBE_EVERY_MS,
  ) {}

  /**
   * A request was answered 503 STORE_UNAVAILABLE because of `error`, `waitedMs` after it came: the
   * outage is counted from its arrival (a request may wait seconds for a connection that never comes).
   */
  refused(request: { id: string; method: string; url: string }, error: unknown, waitedMs = 0): void {
    this.answered++;
    if (this.since !== null) return;
    this.since = this.now() - waitedMs;
    const reason = error instanceof Error ? error.message : String(error);
    this.logger.warn({ summary: 'store unavailable: answering 503 STORE_UNAVAILABLE until it is back', requestId: request.id, method: request.method, url: request.url.split('?')[0], error: reason });
    this.timer = setInterval(() => void this.tryStore(), this.probeEveryMs);
    this.timer.unref();
  }

  /** The store answered: closes the outage with its one line (nothing when there was none). */
  back(): void {
    if (this.since === null) return;
    const seconds = Math.round((this.now() - this.since) / 100) / 10;
    this.logger.warn({ summary: `store unavailable for ${seconds} s, ${this.answered} requests answered 503`, unavailableSeconds: seconds, answered503: this.answered });
    this.stop();
  }

  /** Forgets the outage and stops trying the store (the application closes). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.since = null;
    this.answered = 0;
  }

  private async tryStore(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    let timeout: NodeJS.Timeout | undefined;
    try {
      await Promise.race([this.probe(), new Promise((_, reject) => (timeout = setTimeout(() => reject(new Error('no answer')), PROBE_TIMEOUT_MS)))]);
      this.back();
    } catch {
      // Still away: the next tick tries again.
    } finally {
      clearTimeout(timeout);
      this.probing = false;
    }
  }
}
