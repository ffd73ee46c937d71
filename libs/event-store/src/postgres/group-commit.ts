import { DatabaseError } from 'pg';
import { WrongExpectedVersionError } from '../errors';
import type { AdapterAppendResult, ExpectedRevision, RecordedEvent, StreamRead } from '../event-store.port';
import { appendError, isConnectionLoss, storeError } from './postgres-errors';

/** One append as `append_batch` takes it; `events` is its JSON array, already serialised. */
export interface PendingAppend {
  streamId: string;
  expected: ExpectedRevision;
  events: string;
  count: number;
  /** Another stream to read with the append (`appendAndRead`). */
  read?: StreamRead;
}

/** One row of `append_batch`, in array mode: next_revision, last_position, written, conflict; then what `read` found. */
export type BatchRow = [string | null, string | null, boolean, string | null, RecordedEvent[]?];

/** An append's outcome, with what its `read` found. */
export type GroupedAppendResult = AdapterAppendResult & { read?: RecordedEvent[] };

/** A group stays well under the 2^20 events a transaction may number, and small enough to keep its round trip short. */
const MAX_GROUP_EVENTS = 5_000;
const MAX_GROUP_APPENDS = 200;

interface Waiting {
  append: PendingAppend;
  resolve(result: GroupedAppendResult): void;
  reject(error: Error): void;
}

/**
 * Group commit: at most `concurrency` transactions append at once; appends that arrive while they
 * run wait, and the next free slot writes all of them in one transaction (one round trip, one WAL
 * flush). An idle store writes an append at once, alone, so a lone writer waits for nobody.
 * Each append keeps its own outcome: a refused expectation comes back in its row, and a group the
 * server refused as a whole (an event id taken elsewhere, a bad append) wrote nothing, so each of
 * its appends is retried alone and gets the answer it would have had alone.
 */
export class GroupCommit {
  private readonly waiting: Waiting[] = [];
  private running = 0;

  constructor(
    /** Runs `append_batch` on the appends, in one transaction, and answers its rows in order. */
    private readonly write: (appends: readonly PendingAppend[]) => Promise<BatchRow[]>,
    private readonly concurrency: number,
    /** Called once per committed group, so subscribers look again. */
    private readonly committed: () => void,
  ) {}

  append(append: PendingAppend): Promise<GroupedAppendResult> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ append, resolve, reject });
      this.start();
    });
  }

  private start(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const group = this.take();
      this.running++;
      void this.commit(group).finally(() => {
        this.running--;
        this.start();
      });
    }
  }

  /** The oldest waiting appends, as many as fit in one group (always at least one, however large). */
  private take(): Waiting[] {
    let count = 0;
    let events = 0;
    while (count < this.waiting.length && count < MAX_GROUP_APPENDS) {
      events += this.waiting[count].append.count;
      if (count > 0 && events > MAX_GROUP_EVENTS) break;
      count++;
    }
    return this.waiting.splice(0, count);
  }

  private async commit(group: readonly Waiting[]): Promise<void> {
    let rows: BatchRow[];
    try {
      rows = await this.write(group.map((w) => w.append));
    } catch (error) {
      if (group.length > 1 && error instanceof DatabaseError && !isConnectionLoss(error)) return this.commitEachAlone(group);
      // A lost connection: every append of the group may or may not have landed, together.
      for (const { append, reject } of group) reject(group.length === 1 ? appendError(error, append.streamId, append.expected) : storeError(error, true));
      return;
    }
    this.committed();
    group.forEach((waiting, i) => settle(waiting, rows[i]));
  }

  private async commitEachAlone(group: readonly Waiting[]): Promise<void> {
    for (const waiting of group) await this.commit([waiting]);
  }
}

function settle({ append, resolve, reject }: Waiting, [nextRevision, lastPosition, written, conflict, read]: BatchRow): void {
  if (conflict !== null) {
    reject(new WrongExpectedVersionError(append.streamId, append.expected, conflict === 'no_stream' ? 'no_stream' : BigInt(conflict)));
    return;
  }
  resolve({ nextExpectedRevision: BigInt(nextRevision!), position: BigInt(lastPosition!), storedAsGiven: written, ...(read ? { read } : {}) });
}
