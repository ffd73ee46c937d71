import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { documentStreamName, type NumberSeriesKey } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import type { CommandContext } from '../../commands/command-context';
import { CLOCK, type Clock } from '../../commands/request-context';
import { NumberAllocator } from './number-allocator';

/** The office's own account for settling numbers left open by a crash (recorded as the actor). */
export const SYSTEM_ACTOR_ID = '00000000-0000-4000-8000-000000000000';
/** A reservation younger than this may still be in flight on another instance. */
const GRACE_MS = 2 * 60_000;
const EVERY_MS = 60_000;

/**
 * A crash between taking a number and writing the document leaves the reservation open. This
 * settles such reservations of the current year's series, at start and every minute: used when
 * the document exists, voided otherwise — so the register never has a silent gap.
 */
@Injectable()
export class NumberReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NumberReconciler');
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly numbers: NumberAllocator,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  async run(): Promise<void> {
    const now = this.clock().toISOString();
    const context: CommandContext = { actor: { userId: SYSTEM_ACTOR_ID, roles: ['admin'], departmentId: null }, actorRole: 'system', now, correlationId: `reconcile-${now}` };
    const year = Number(now.slice(0, 4));
    for (const key of seriesOf(year)) {
      try {
        const settled = await this.numbers.reconcile(key, context, GRACE_MS, async (id) => (await this.store.readStream(documentStreamName(id), { maxCount: 1 })).length > 0);
        if (settled.used + settled.voided > 0) this.logger.warn(`${key.direction} ${key.year} ${key.series}: ${settled.used} reservations closed, ${settled.voided} numbers voided`);
      } catch (error) {
        this.logger.error(`reconciling ${key.direction} ${key.year} ${key.series}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

function seriesOf(year: number): NumberSeriesKey[] {
  return (['incoming', 'outgoing'] as const).flatMap((direction) => (['normal', 'confidential'] as const).map((series) => ({ direction, year, series })));
}
