import {
  ChainedEventStore, PostgresEventStore,
  type AdapterAppendResult, type AllSubscription, type ChainedEvent, type EventStore, type EventStoreAdapter, type ExpectedRevision,
  type ReadAllOptions, type ReadStreamOptions, type RecordedEvent, type SubscribeOptions,
} from '@office/event-store';
import { Pool } from 'pg';

/** Pending stream heads kept before they are forgotten (bounds the memory of a 10M-event run). */
const KNOWN_HEADS = 100_000;
/** Events per INSERT: one transaction each, far below the 2^20 events a transaction's positions can number. */
const FLUSH_AT = 10_000;
/** INSERTs in flight at once, each on its own connection: the server parses and indexes one batch while the next is built. */
const LANES = 2;

/**
 * Writes chained events into the product's `event_store.events` in large set-based INSERTs (arrays
 * unnested server-side), numbering positions as `append_events` does: (transaction id << 20) + index,
 * so readers' "below the oldest running transaction" rule and the rewound-counter check hold as for
 * any append. Revisions and hash chains come from the caller (the real `chain()`): the rows are the
 * ones the product would have written, minus one round trip and one function call per stream.
 *
 * Batches take their transaction ids in the order they were sent, whatever lane writes them: a
 * stream's next events may sit in the next batch, and the product never gives a later revision a
 * lower position (an append waits for the one before it to commit). Two lanes racing for their ids
 * did exactly that (found on a 3M log: projections then met DocumentIssued before DocumentSigned).
 */
export class BulkLog {
  private readonly pool: Pool;
  private rows: Array<{ stream: string; revision: bigint; event: ChainedEvent }> = [];
  private readonly lanes: Array<Promise<void>> = Array.from({ length: LANES }, () => Promise.resolve());
  private nextLane = 0;
  /** Settles once the last batch sent has its transaction id: the next batch takes its own after it. */
  private lastIdTaken: Promise<void> = Promise.resolve();
  written = 0;

  constructor(url: string) {
    this.pool = new Pool({ connectionString: url, max: LANES });
  }

  get pending(): number {
    return this.rows.length;
  }

  add(stream: string, firstRevision: bigint, events: readonly ChainedEvent[]): void {
    events.forEach((event, i) => this.rows.push({ stream, revision: firstRevision + BigInt(i), event }));
  }

  /** Starts writing what is buffered once a batch is full; waits for the lane's previous write (the callers' backpressure). */
  async flushIfFull(): Promise<void> {
    if (this.rows.length >= FLUSH_AT) await this.send();
  }

  /** Writes everything buffered; resolves once every write started so far is done (several producers share one log). */
  async flush(): Promise<void> {
    if (this.rows.length > 0) void this.send().catch(() => undefined); // its failure surfaces through its lane below
    await Promise.all(this.lanes);
  }

  /** Queues the buffer on the next lane, its batches' turns to take a transaction id fixed now; answers that lane's previous write. */
  private send(): Promise<void> {
    const rows = this.rows;
    this.rows = [];
    const batches: Array<{ rows: BulkLog['rows']; turn: Promise<void>; taken: () => void }> = [];
    for (let from = 0; from < rows.length; from += FLUSH_AT) {
      const turn = this.lastIdTaken;
      let taken!: () => void;
      this.lastIdTaken = new Promise<void>((resolve) => (taken = resolve));
      batches.push({ rows: rows.slice(from, from + FLUSH_AT), turn, taken });
    }
    const lane = this.nextLane++ % LANES;
    const previous = this.lanes[lane];
    this.lanes[lane] = previous.then(async () => {
      for (const batch of batches) await this.insert(batch);
    });
    return previous;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.pool.end();
  }

  private async insert({ rows, turn, taken }: { rows: BulkLog['rows']; turn: Promise<void>; taken: () => void }): Promise<void> {
    try {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await turn;
        const { rows: [{ id }] } = await client.query<{ id: string }>('SELECT pg_current_xact_id()::text AS id');
        taken();
        await client.query(
          `INSERT INTO event_store.events (position, stream_id, revision, event_id, type, data, metadata)
           SELECT ($7::bigint << 20) + x.i - 1, x.stream, x.revision, x.event_id, x.type, x.data, x.metadata
             FROM unnest($1::text[], $2::bigint[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[]) WITH ORDINALITY AS x(stream, revision, event_id, type, data, metadata, i)`,
          [
            rows.map((r) => r.stream), rows.map((r) => r.revision.toString()), rows.map((r) => r.event.eventId), rows.map((r) => r.event.type),
            rows.map((r) => JSON.stringify(r.event.data)), rows.map((r) => JSON.stringify(r.event.metadata)), id,
          ],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } finally {
      taken(); // a batch that failed before its id must not hold the next one back
    }
    this.written += rows.length;
  }
}

/**
 * An `EventStore` whose appends go to a `BulkLog` (the only writer: expected revisions are trusted,
 * answered positions are -1) and whose reads are the real adapter's, after a flush. Under the
 * `ChainedEventStore`, so generators written against the port (the synthetic office) run unchanged
 * and their chains are the product's own.
 */
export function bulkEventStore(url: string, log: BulkLog): EventStore {
  return new ChainedEventStore(new BulkAdapter(new PostgresEventStore({ connectionString: url, poolSize: 2 }), log));
}

class BulkAdapter implements EventStoreAdapter {
  readonly capabilities = PostgresEventStore.capabilities;
  /** Last event of each stream appended since the last flush: the chain's next link reads it before the row is written. */
  private readonly heads = new Map<string, RecordedEvent>();

  constructor(
    private readonly reader: PostgresEventStore,
    private readonly log: BulkLog,
  ) {}

  async append(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): Promise<AdapterAppendResult> {
    if (typeof expected !== 'bigint' && expected !== 'no_stream') throw new Error(`the bulk log takes exact expectations only, not ${expected}`);
    const first = expected === 'no_stream' ? 0n : expected + 1n;
    this.log.add(streamId, first, events);
    const last = first + BigInt(events.length) - 1n;
    this.heads.set(streamId, { ...events[events.length - 1], streamId, revision: last, position: -1n, recordedAt: '' });
    // Forgetting is always safe: readLastEvent flushes before it asks the real adapter.
    if (this.heads.size > KNOWN_HEADS) this.heads.clear();
    await this.log.flushIfFull();
    return { nextExpectedRevision: last, position: -1n, storedAsGiven: true };
  }

  async readLastEvent(streamId: string): Promise<RecordedEvent | null> {
    const pending = this.heads.get(streamId);
    if (pending) return pending;
    await this.log.flush();
    return this.reader.readLastEvent(streamId);
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    await this.log.flush();
    this.heads.clear();
    return this.reader.readStream(streamId, options);
  }

  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]> {
    await this.log.flush();
    this.heads.clear();
    return this.reader.readStreams(streamIds);
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.reader.readAll(options);
  }

  headPosition(): Promise<bigint> {
    return this.reader.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): AllSubscription {
    return this.reader.subscribeToAll(options);
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}
