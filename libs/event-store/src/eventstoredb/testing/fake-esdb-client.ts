import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  DeadlineExceededError,
  END,
  MaxAppendSizeExceededError,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AppendResult as ClientAppendResult, AppendToStreamOptions, EventData, Filter, ReadAllOptions, ReadStreamOptions, SubscribeToAllOptions } from '@eventstore/db-client';
import type { EsdbClient } from '../eventstoredb-event-store';

interface StoredRecord {
  streamId: string;
  id: string;
  type: string;
  data: unknown;
  metadata: unknown;
  revision: bigint;
  position: bigint;
  created: Date;
}

/**
 * How the real server differs from a store whose writes are readable at once and whose subscriptions buffer
 * without limit. Each mode is one behaviour of EventStoreDB the adapter must survive; the conformance suite runs
 * under each.
 * - `stale-read-after-conflict`: a write is readable only once it is acknowledged, but the conflict check sees it
 *   before (KurrentDB IndexWriter checks against pending commits): the loser of a race reads the stream
 *   without the winner's events.
 * - `dropped-duplicate`: the same, and an append whose ids arrive while their first copy is not acknowledged yet
 *   is dropped without an answer ("wait for the client to retry"): the client times out.
 * - `full-buffer`: a subscription holds what its consumer has not taken up to its highWaterMark; catch-up then
 *   waits (flow control), and a live event that finds it full ends the subscription with the server's
 *   "Consumer too slow to handle event while live. Client resubscription required." (gRPC ABORTED).
 */
export type FakeEsdbMode = 'stale-read-after-conflict' | 'dropped-duplicate' | 'full-buffer';

export interface FakeEsdbOptions {
  /** Hand out positions and revisions as JS numbers, as client versions did at runtime (#423, #513). */
  numbersAtRuntime?: boolean;
  /** Make WrongExpectedVersionError claim this current revision, whatever the truth (Dotnet #374). */
  lyingWrongExpectedVersion?: bigint | 'no_stream';
  mode?: FakeEsdbMode;
  /** The server's MaxAppendSize in bytes of data and metadata per append (the server's default is 1 MiB); none by default. */
  maxAppendSize?: number;
}

interface LiveSubscription {
  stream: PassThrough;
  filter?: Filter;
  /** Index into the log of the next record to hand over. */
  next: number;
  live: boolean;
  waitingForDrain: boolean;
}

/**
 * A stand-in for `EventStoreDBClient` with EventStoreDB's semantics where the adapter depends on them:
 * exact-revision idempotency, WrongExpectedVersionError and StreamNotFoundError from the client's own classes,
 * non-contiguous commit positions (commit = prepare), inclusive `$all` reads from a position, exclusive backward
 * reads, system events interleaved in `$all`, a subscription that replays INCLUSIVELY from its start and can be
 * dropped, and Readables with a highWaterMark. Faults can be injected per append, and `mode` turns on one of the
 * server's behaviours that a naive stand-in hides. Test code only.
 */
export class FakeEsdbClient implements EsdbClient {
  readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private nextPosition = 1000n;
  private readonly live = new Set<LiveSubscription>();
  /** Per stream, how many of its last records are written but not acknowledged yet (see `FakeEsdbMode`). */
  private readonly pending = new Map<string, number>();
  private readonly deleted = new Set<string>();
  /** Faults: each is consumed by the next append. */
  readonly faults: Array<'unavailable-before-write' | 'unavailable-after-write' | 'wrong-expected-version-after-write'> = [];
  appendCalls = 0;
  readAllCalls = 0;
  subscribeCalls = 0;
  /** Events handed out by stream reads, to tell how much of a stream the adapter read. */
  streamEventsRead = 0;
  disposed = false;

  constructor(private readonly options: FakeEsdbOptions = {}) {}

  /** Writes a system event ($-type or $-stream) into the log, as the server does for metadata, settings, stats. */
  writeSystemEvent(streamId = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    this.write(streamId, [{ id: randomUUID(), type, data: {}, metadata: undefined }]);
  }

  /** Tombstones a stream, as an administrator can: appends then fail with StreamDeletedError. */
  tombstone(streamId: string): void {
    this.deleted.add(streamId);
  }

  /** Ends every live subscription with an error, as a server restart or leader change does. */
  dropSubscriptions(error: Error = new UnavailableError(undefined, '14 UNAVAILABLE: Connection dropped')): void {
    for (const entry of this.live) entry.stream.destroy(error);
    this.live.clear();
  }

  /** Ends every live subscription cleanly (the server closed the call). */
  endSubscriptions(): void {
    for (const entry of this.live) entry.stream.end();
    this.live.clear();
  }

  get liveSubscriptions(): number {
    return this.live.size;
  }

  appendToStream: EsdbClient['appendToStream'] = async (streamName: string, events: EventData | EventData[], options?: AppendToStreamOptions): Promise<ClientAppendResult> => {
    this.appendCalls++;
    const list = Array.isArray(events) ? events : [events];
    const fault = this.faults.shift();
    if (fault === 'unavailable-before-write') throw new UnavailableError(undefined, '14 UNAVAILABLE: No connection established');
    if (this.deleted.has(streamName)) throw StreamDeletedError.fromStreamName(streamName);
    const size = list.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event.data)) + Buffer.byteLength(JSON.stringify(event.metadata ?? null)), 0);
    if (this.options.maxAppendSize !== undefined && size > this.options.maxAppendSize) throw MaxAppendSizeExceededError.fromMaxAppendSize(this.options.maxAppendSize);
    const expected = options?.expectedRevision ?? ANY;
    const current = this.currentRevision(streamName);
    const ids = list.map((event) => event.id);
    if (expected === NO_STREAM || typeof expected === 'bigint') {
      // ESDB idempotency with an exact expectation: the same ids at the same revisions = success, nothing written.
      const first = expected === NO_STREAM ? 0n : expected + 1n;
      const there = this.streamRecords(streamName).slice(Number(first), Number(first) + ids.length);
      if (there.length === ids.length && there.every((r, i) => r.id === ids[i])) {
        if (this.options.mode === 'dropped-duplicate' && there[0].revision >= this.readableLength(streamName)) {
          throw new DeadlineExceededError(undefined, '4 DEADLINE_EXCEEDED: Deadline exceeded');
        }
        return this.result(there[there.length - 1].revision, there[0].position);
      }
    }
    const ok = expected === ANY || (expected === NO_STREAM && current === -1n) || (expected === STREAM_EXISTS && current >= 0n) ||
      (typeof expected === 'bigint' && expected === current);
    if (!ok) {
      throw new WrongExpectedVersionError(undefined, {
        streamName,
        expected,
        current: this.options.lyingWrongExpectedVersion ?? (current === -1n ? NO_STREAM : current),
      });
    }
    const written = this.write(streamName, list);
    if (this.options.mode === 'stale-read-after-conflict' || this.options.mode === 'dropped-duplicate') await this.acknowledge(streamName, written.length);
    if (fault === 'unavailable-after-write') throw new UnavailableError(undefined, '14 UNAVAILABLE: Connection dropped');
    if (fault === 'wrong-expected-version-after-write') {
      throw new WrongExpectedVersionError(undefined, { streamName, expected, current: current === -1n ? NO_STREAM : current });
    }
    // Like the server for a multi-event append: the position of the transaction's FIRST record.
    return this.result(written[written.length - 1].revision, written[0].position);
  };

  /** A read is a round trip: the server answers a turn of the event loop later, with the stream as it is then. */
  readStream: EsdbClient['readStream'] = ((streamName: string, options: ReadStreamOptions = {}) => {
    const stream = new Readable({ objectMode: true, read() {} });
    setImmediate(() => {
      const records = this.streamRecords(streamName).slice(0, this.readableLength(streamName));
      if (records.length === 0) {
        stream.destroy(new StreamNotFoundError(undefined, streamName));
        return;
      }
      for (const record of this.selectFromStream(records, options)) stream.push(this.resolved(record, false));
      stream.push(null);
    });
    return stream;
  }) as unknown as EsdbClient['readStream'];

  private selectFromStream(records: readonly StoredRecord[], options: ReadStreamOptions): StoredRecord[] {
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromRevision ?? (options.direction === BACKWARDS ? END : START);
    let selected: StoredRecord[];
    if (options.direction === BACKWARDS) {
      const top = from === END ? records.length - 1 : from === START ? 0 : Math.min(Number(from), records.length - 1);
      selected = records.slice(Math.max(0, top - max + 1), top + 1).reverse();
    } else {
      const bottom = from === START ? 0 : from === END ? records.length : Number(from);
      selected = records.slice(bottom, bottom + max);
    }
    this.streamEventsRead += selected.length;
    return selected;
  }

  readAll: EsdbClient['readAll'] = ((options: ReadAllOptions = {}) => {
    this.readAllCalls++;
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition ?? (options.direction === BACKWARDS ? END : START);
    let selected: StoredRecord[];
    if (options.direction === BACKWARDS) {
      const end = from === END ? this.log.length : from === START ? 0 : this.indexAtOrAfter(from.commit); // exclusive
      selected = this.log.slice(Math.max(0, end - max), end).reverse();
    } else {
      const start = from === START ? 0 : from === END ? this.log.length : this.indexAtOrAfter(from.commit); // inclusive
      selected = this.log.slice(start, start + max);
    }
    return Readable.from(selected.map((r) => this.resolved(r, true)), { objectMode: true });
  }) as unknown as EsdbClient['readAll'];

  subscribeToAll: EsdbClient['subscribeToAll'] = ((options: SubscribeToAllOptions = {}, readableOptions: { highWaterMark?: number } = {}) => {
    this.subscribeCalls++;
    const stream = new PassThrough({ objectMode: true, highWaterMark: readableOptions.highWaterMark ?? 16 });
    const from = options.fromPosition ?? START;
    const next = from === START ? 0 : from === END ? this.log.length : this.indexAtOrAfter(from.commit); // inclusive start: worst case
    const entry: LiveSubscription = { stream, filter: options.filter, next, live: false, waitingForDrain: false };
    this.live.add(entry);
    this.pump(entry);
    const subscription = Object.assign(stream, {
      unsubscribe: async () => { this.live.delete(entry); stream.destroy(); },
    });
    return subscription;
  }) as unknown as EsdbClient['subscribeToAll'];

  dispose = async (): Promise<void> => {
    this.disposed = true;
    for (const entry of this.live) entry.stream.destroy();
    this.live.clear();
  };

  private currentRevision(streamName: string): bigint {
    return BigInt(this.streamRecords(streamName).length - 1);
  }

  private streamRecords(streamName: string): StoredRecord[] {
    return this.streams.get(streamName) ?? [];
  }

  /**
   * Keeps the last `count` records of the stream from readers until the writer is answered, three turns of the
   * event loop later: a loser that reads twice right after its conflict (each read takes a turn) sees the stream
   * without the winner's events both times, as a read index lagging the conflict check would show it.
   */
  private async acknowledge(streamName: string, count: number): Promise<void> {
    this.pending.set(streamName, (this.pending.get(streamName) ?? 0) + count);
    for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    // Acknowledgements come in write order, so the records still pending are always the stream's last ones.
    this.pending.set(streamName, (this.pending.get(streamName) ?? 0) - count);
  }

  /** How many of the stream's records a reader sees. */
  private readableLength(streamName: string): number {
    return this.streamRecords(streamName).length - (this.pending.get(streamName) ?? 0);
  }

  /** Index of the first record of the log at or after `position` (positions rise with the index). */
  private indexAtOrAfter(position: bigint): number {
    let low = 0;
    let high = this.log.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.log[middle].position < position) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private write(streamName: string, events: readonly Pick<EventData, 'id' | 'type' | 'data' | 'metadata'>[]): StoredRecord[] {
    const records = this.streams.get(streamName) ?? [];
    this.streams.set(streamName, records);
    const written = events.map((event) => {
      this.nextPosition += 137n + BigInt(JSON.stringify(event.data ?? null).length); // not contiguous, like log positions
      // The server stores bytes: what comes back is a JSON round trip.
      const record: StoredRecord = {
        streamId: streamName, id: event.id, type: event.type, revision: BigInt(records.length), position: this.nextPosition, created: new Date(),
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: event.metadata === undefined ? undefined : (JSON.parse(JSON.stringify(event.metadata)) as unknown),
      };
      records.push(record);
      this.log.push(record);
      return record;
    });
    for (const entry of this.live) this.pump(entry);
    return written;
  }

  /**
   * Hands the subscription what the log holds past its cursor. Without `full-buffer` everything is buffered at
   * once; with it, catch-up waits for the consumer and a live event that finds the buffer full ends the call.
   */
  private pump(entry: LiveSubscription): void {
    const fullBuffer = this.options.mode === 'full-buffer';
    while (entry.next < this.log.length && !entry.stream.destroyed) {
      if (fullBuffer && entry.stream.writableNeedDrain) {
        if (entry.live) {
          this.live.delete(entry);
          entry.stream.destroy(new TimeoutError(undefined, 'Consumer too slow to handle event while live. Client resubscription required.'));
        } else if (!entry.waitingForDrain) {
          entry.waitingForDrain = true;
          entry.stream.once('drain', () => { entry.waitingForDrain = false; this.pump(entry); });
        }
        return;
      }
      const record = this.log[entry.next++];
      if (!entry.filter || !('regex' in entry.filter) || new RegExp(entry.filter.regex).test(entry.filter.filterOn === 'eventType' ? record.type : record.streamId)) {
        entry.stream.write(this.resolved(record, true));
      }
    }
    entry.live = true;
  }

  private num(value: bigint): bigint {
    return (this.options.numbersAtRuntime ? Number(value) : value) as bigint;
  }

  private resolved(record: StoredRecord, fromAll: boolean) {
    const position = { commit: this.num(record.position), prepare: this.num(record.position) };
    return {
      event: {
        streamId: record.streamId, id: record.id, type: record.type, revision: this.num(record.revision), created: record.created,
        isJson: true, data: record.data, metadata: record.metadata, position,
      },
      commitPosition: fromAll ? this.num(record.position) : undefined,
    };
  }

  private result(nextExpectedRevision: bigint, position: bigint): ClientAppendResult {
    return { success: true, nextExpectedRevision: this.num(nextExpectedRevision), position: { commit: this.num(position), prepare: this.num(position) } };
  }
}
