import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { publishDigest } from '@office/audit';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock } from '../../commands/request-context';
import { SYSTEM_ACTOR_ID } from '../../documents/numbering/number-reconciler';

/**
 * The first look five minutes after start (start-up stays quick, and short-lived processes such
 * as test runs leave the log alone), then every ten minutes.
 */
const FIRST_CHECK_MS = 5 * 60_000;
const EVERY_MS = 10 * 60_000;

/**
 * Publishes the day's digest (Asia/Ho_Chi_Minh) once per day, from whichever API instance looks
 * first: `publishDigest` makes the others find it there and do nothing.
 */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DigestScheduler');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setTimeout(() => this.tick(), FIRST_CHECK_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Publishes today's daily digest unless it exists; answers whether this call published it. */
  async publishDaily(): Promise<boolean> {
    const now = this.clock();
    const { digest, published } = await publishDigest(this.store, this.dataSource, {
      kind: 'daily',
      now,
      actorId: SYSTEM_ACTOR_ID,
      actorRole: 'system',
      correlationId: `daily-digest-${now.toISOString()}`,
    });
    if (published) this.logger.log(`daily digest ${digest.day}: position ${digest.headPosition}, ${digest.streams} streams, hash ${digest.hash}`);
    return published;
  }

  private tick(): void {
    if (this.stopped) return;
    this.running = this.publishDaily()
      .then(() => undefined)
      .catch((error) => this.logger.error(`daily digest: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        this.timer = setTimeout(() => this.tick(), EVERY_MS);
        this.timer.unref();
      });
  }
}
