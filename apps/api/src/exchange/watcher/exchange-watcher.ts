import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PackageDelivery } from '../delivery/package-delivery';
import { EXCHANGE, type ExchangeRuntime } from '../exchange-runtime';
import { InboxIntake } from './inbox-intake';
import { StatusReactor } from './status-reactor';

/**
 * The exchange's loop, in the API process: every EXCHANGE_POLL_MS it delivers what was sent and not
 * yet delivered, reads the inbox (packages, then statuses) and tells senders what changed. In the API rather than the projector because every
 * step it takes is a command through the CommandPipeline and it needs the attachment store, which
 * live here. Polling, not fs.watch: the exchange root may be a network share, where change
 * notifications are not delivered. With API_WORKERS > 1 each worker polls; the deciders record
 * each package and status once, so a race only costs a retried tick.
 */
@Injectable()
export class ExchangeWatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Exchange');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly intake: InboxIntake,
    private readonly reactor: StatusReactor,
    private readonly delivery: PackageDelivery,
  ) {}

  onApplicationBootstrap(): void {
    if (this.runtime) this.schedule(0);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One pass: what tests and the routes call to act at once instead of waiting for the next tick. */
  async tick(): Promise<void> {
    await this.delivery.pending();
    await this.intake.packages();
    await this.intake.statuses();
    await this.reactor.report();
  }

  private schedule(delay: number): void {
    if (this.stopped || !this.runtime) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((error: unknown) => this.logger.warn(`exchange pass failed, retried in ${this.runtime?.pollMs} ms: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          this.running = null;
          this.schedule(this.runtime?.pollMs ?? 0);
        });
    }, delay);
    this.timer.unref();
  }
}
