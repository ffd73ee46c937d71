import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { documentStreamName, dossierStreamName, meetingStreamName, numberingStreamName, type NumberSeriesKey } from '@office/domain';
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
 * settles such reservations of the current year's series (and of the series other contexts hand
 * it, such as the desk's daily ones), at start and every minute: used when the document exists,
 * voided otherwise — so the register never has a silent gap.
 */
@Injectable()
export class NumberReconciler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NumberReconciler');
  private timer?: NodeJS.Timeout;
  private readonly sources: NumberedRecords[];

  constructor(
    private readonly numbers: NumberAllocator,
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.sources = [{ seriesAt: documentSeriesAt, written: (id, number, key) => (key.direction === 'incoming' ? registered(store, id) : issuedWith(store, id, number)) }];
  }

  onApplicationBootstrap(): void {
    void this.run();
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Settles `records`' series too (the one-stop desk's daily series); call before the application starts. */
  settle(records: NumberedRecords): void {
    this.sources.push(records);
  }

  async run(): Promise<void> {
    const now = this.clock().toISOString();
    const context: CommandContext = { actor: { userId: SYSTEM_ACTOR_ID, roles: ['admin'], departmentId: null }, actorRole: 'system', now, correlationId: `reconcile-${now}` };
    for (const source of this.sources) {
      for (const key of source.seriesAt(now)) {
        const name = numberingStreamName(key);
        try {
          const settled = await this.numbers.reconcile(key, context, GRACE_MS, (id, number) => source.written(id, number, key));
          if (settled.used + settled.voided > 0) this.logger.warn(`${name}: ${settled.used} reservations closed, ${settled.voided} numbers voided`);
        } catch (error) {
          this.logger.error(`reconciling ${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
  }
}

/** The records a context numbers: the series worth settling at `now`, and whether the record holding a number was written. */
export interface NumberedRecords {
  seriesAt(now: string): NumberSeriesKey[];
  written(id: string, number: number, key: NumberSeriesKey): Promise<boolean>;
}

/** An incoming number is used once its document exists: registration is the document's first event. */
async function registered(store: EventStore, documentId: string): Promise<boolean> {
  return (await store.readStream(documentStreamName(documentId), { maxCount: 1 })).length > 0;
}

/**
 * An outgoing number is used only when the record that took it was issued WITH it: the record
 * (a document, a dossier's result, a meeting's conclusion notice — they share the year's outgoing
 * register) exists long before it is issued, so its existence proves nothing.
 */
async function issuedWith(store: EventStore, id: string, number: number): Promise<boolean> {
  for (const stream of [documentStreamName(id), dossierStreamName(id), meetingStreamName(id)]) {
    const events = await store.readStream(stream);
    if (events.length > 0) return events.some((event) => (event.data as { outgoingNumber?: unknown }).outgoingNumber === number);
  }
  return false;
}

/** The current year's incoming and outgoing series, normal and confidential. */
function documentSeriesAt(now: string): NumberSeriesKey[] {
  const year = Number(now.slice(0, 4));
  return (['incoming', 'outgoing'] as const).flatMap((direction) => (['normal', 'confidential'] as const).map((series) => ({ direction, year, series })));
}
