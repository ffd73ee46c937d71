import { randomUUID } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import {
  ANY,
  BACKWARDS,
  END,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
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

export interface FakeEsdbOptions {
  /** Hand out positions and revisions as JS numbers, as client versions did at runtime (#423, #513). */
  numbersAtRuntime?: boolean;
  /** Make WrongExpectedVersionError claim this current revision, whatever the truth (Dotnet #374). */
  lyingWrongExpectedVersion?: bigint | 'no_stream';
}

/**
 * A stand-in for `EventStoreDBClient` with EventStoreDB's semantics where the adapter depends on them:
 * exact-revision idempotency, WrongExpectedVersionError and StreamNotFoundError from the client's own classes,
 * non-contiguous commit positions (commit = prepare), inclusive `$all` reads from a position, exclusive backward
 * reads, system events interleaved in `$all`, a subscription that replays INCLUSIVELY from its start and can be
 * dropped, and Readables with a highWaterMark. Faults can be injected. Test code only.
 */
export class FakeEsdbClient implements EsdbClient {
  readonly log: StoredRecord[] = [];
  private nextPosition = 1000n;
  private readonly live = new Set<{ stream: PassThrough; filter?: Filter }>();
  /** Faults: each is consumed by the next append. */
  readonly faults: Array<'unavailable-before-write' | 'unavailable-after-write' | 'wrong-expected-version-after-write'> = [];
  appendCalls = 0;
  readAllCalls = 0;
  subscribeCalls = 0;
  disposed = false;

  constructor(private readonly options: FakeEsdbOptions = {}) {}

  /** Writes a system event ($-type or $-stream) into the log, as the server does for metadata, settings, stats. */
  writeSystemEvent(streamId = '$stats-127.0.0.1:2113', type = '$statsCollected'): void {
    this.write(streamId, [{ id: randomUUID(), type, data: {}, metadata: undefined }]);
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
    const expected = options?.expectedRevision ?? ANY;
    const current = this.currentRevision(streamName);
    const ids = list.map((event) => event.id);
    if (expected === NO_STREAM || typeof expected === 'bigint') {
      // ESDB idempotency with an exact expectation: the same ids at the same revisions = success, nothing written.
      const first = expected === NO_STREAM ? 0n : expected + 1n;
      const there = this.streamRecords(streamName).filter((r) => r.revision >= first).slice(0, ids.length);
      if (there.length === ids.length && there.every((r, i) => r.id === ids[i] && r.revision === first + BigInt(i))) {
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
    if (fault === 'unavailable-after-write') throw new UnavailableError(undefined, '14 UNAVAILABLE: Connection dropped');
    if (fault === 'wrong-expected-version-after-write') {
      throw new WrongExpectedVersionError(undefined, { streamName, expected, current: current === -1n ? NO_STREAM : current });
    }
    // Like the server for a multi-event append: the position of the transaction's FIRST record.
    return this.result(written[written.length - 1].revision, written[0].position);
  };

  readStream: EsdbClient['readStream'] = ((streamName: string, options: ReadStreamOptions = {}) => {
    const records = this.streamRecords(streamName);
    if (records.length === 0) {
      const stream = new Readable({ objectMode: true, read() {} });
      process.nextTick(() => stream.destroy(new StreamNotFoundError(undefined, streamName)));
      return stream;
    }
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromRevision ?? (options.direction === BACKWARDS ? END : START);
    let selected: StoredRecord[];
    if (options.direction === BACKWARDS) {
      const top = from === END ? BigInt(records.length - 1) : from === START ? 0n : from;
      selected = records.filter((r) => r.revision <= top).reverse().slice(0, max);
    } else {
      const bottom = from === START ? 0n : from === END ? BigInt(records.length) : from;
      selected = records.filter((r) => r.revision >= bottom).slice(0, max);
    }
    return Readable.from(selected.map((r) => this.resolved(r, false)), { objectMode: true });
  }) as EsdbClient['readStream'];

  readAll: EsdbClient['readAll'] = ((options: ReadAllOptions = {}) => {
    this.readAllCalls++;
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const from = options.fromPosition ?? (options.direction === BACKWARDS ? END : START);
    let selected: StoredRecord[];
    if (options.direction === BACKWARDS) {
      selected = this.log.filter((r) => from === END || (from !== START && r.position < from.commit)).reverse().slice(0, max); // exclusive
    } else {
      selected = this.log.filter((r) => from === START || (from !== END && r.position >= from.commit)).slice(0, max); // inclusive
    }
    return Readable.from(selected.map((r) => this.resolved(r, true)), { objectMode: true });
  }) as EsdbClient['readAll'];

  subscribeToAll: EsdbClient['subscribeToAll'] = ((options: SubscribeToAllOptions = {}, readableOptions: { highWaterMark?: number } = {}) => {
    this.subscribeCalls++;
    const stream = new PassThrough({ objectMode: true, highWaterMark: readableOptions.highWaterMark ?? 16 });
    const entry = { stream, filter: options.filter };
    const from = options.fromPosition ?? START;
    for (const record of this.log) {
      if (from === START || (from !== END && record.position >= from.commit)) this.push(entry, record); // inclusive start: worst case
    }
    this.live.add(entry);
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
    const records = this.streamRecords(streamName);
    return records.length === 0 ? -1n : records[records.length - 1].revision;
  }

  private streamRecords(streamName: string): StoredRecord[] {
    return this.log.filter((r) => r.streamId === streamName);
  }

  private write(streamName: string, events: readonly Pick<EventData, 'id' | 'type' | 'data' | 'metadata'>[]): StoredRecord[] {
    let revision = this.currentRevision(streamName);
    const written = events.map((event) => {
      revision += 1n;
      this.nextPosition += 137n + BigInt(JSON.stringify(event.data ?? null).length); // not contiguous, like log positions
      // The server stores bytes: what comes back is a JSON round trip.
      const record: StoredRecord = {
        streamId: streamName, id: event.id, type: event.type, revision, position: this.nextPosition, created: new Date(),
        data: JSON.parse(JSON.stringify(event.data)) as unknown,
        metadata: event.metadata === undefined ? undefined : (JSON.parse(JSON.stringify(event.metadata)) as unknown),
      };
      this.log.push(record);
      return record;
    });
    for (const entry of this.live) for (const record of written) this.push(entry, record);
    return written;
  }

  private push(entry: { stream: PassThrough; filter?: Filter }, record: StoredRecord): void {
    if (entry.filter && 'regex' in entry.filter) {
      const subject = entry.filter.filterOn === 'eventType' ? record.type : record.streamId;
      if (!new RegExp(entry.filter.regex).test(subject)) return;
    }
    entry.stream.write(this.resolved(record, true)); // buffers past highWaterMark, as gRPC would until flow control kicks in
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
