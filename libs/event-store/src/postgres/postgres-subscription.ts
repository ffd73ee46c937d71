import type { AllSubscription, ReadAllOptions, RecordedEvent } from '../event-store.port';
import type { AppendSignal } from './append-signal';

/** Fallback when no signal comes (other process without NOTIFY, lost LISTEN connection). */
const POLL_MS = 200;
/**
 * Events are committed but hidden behind an older open transaction. Those usually end within
 * milliseconds, so look again soon, backing off a little; one open for longer is looked at as
 * seldom as an idle log.
 */
const HELD_BACK_FIRST_MS = 2;
const HELD_BACK_MAX_MS = 10;
const HELD_BACK_LONG_MS = 1_000;

/** What a subscription reads; the adapter provides it. */
export interface LogReader {
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Whether any committed event lies past `after`, readable or still held back by the visibility bound. */
  anyEventAfter(after: bigint): Promise<boolean>;
}

/**
 * Catch-up and live are the same loop: read the next page after the checkpoint; if it is empty,
 * sleep until a signal, the poll timer, or close. It reads only when the consumer asks for a batch,
 * so a slow consumer holds at most one batch.
 */
export class PostgresSubscription implements AllSubscription {
  private readonly abort = new AbortController();
  private readonly batches: AsyncGenerator<RecordedEvent[]>;
  private after: bigint;

  constructor(
    private readonly reader: LogReader,
    private readonly signal: AppendSignal,
    options: { after?: bigint; maxBatch?: number },
    private readonly onClosed: (subscription: PostgresSubscription) => void,
  ) {
    this.after = options.after ?? -1n;
    this.batches = this.read(options.maxBatch ?? 500);
    signal.acquire();
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    return this.batches;
  }

  async close(): Promise<void> {
    if (this.abort.signal.aborted) return;
    this.abort.abort();
    this.onClosed(this);
    await this.signal.release();
  }

  private async *read(maxBatch: number): AsyncGenerator<RecordedEvent[]> {
    const closed = this.abort.signal;
    const heldBack = new HeldBackDelay();
    try {
      while (!closed.aborted) {
        const seen = this.signal.current;
        const batch = await this.reader.readAll({ after: this.after, maxCount: maxBatch });
        if (closed.aborted) return;
        if (batch.length > 0) {
          this.after = batch[batch.length - 1].position;
          heldBack.reset();
          yield batch;
        } else if (await this.reader.anyEventAfter(this.after)) {
          // New commits do not help until the older transaction ends, so signals are no reason to read sooner.
          await pause(heldBack.next(), closed);
        } else {
          heldBack.reset();
          await this.signal.wait(seen, POLL_MS, closed);
        }
      }
    } catch (error) {
      // Closing ends the pool under a read in flight; that is the end of the iteration, not a failure.
      if (!closed.aborted) throw error;
    } finally {
      await this.close();
    }
  }
}

/** How long to wait before looking again while events are held back. */
class HeldBackDelay {
  private since?: number;
  private ms = HELD_BACK_FIRST_MS;

  next(): number {
    this.since ??= Date.now();
    if (Date.now() - this.since > HELD_BACK_LONG_MS) return POLL_MS;
    const ms = this.ms;
    this.ms = Math.min(ms * 2, HELD_BACK_MAX_MS);
    return ms;
  }

  reset(): void {
    this.since = undefined;
    this.ms = HELD_BACK_FIRST_MS;
  }
}

function pause(ms: number, abort: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      abort.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    abort.addEventListener('abort', done, { once: true });
  });
}
