import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  FORWARDS,
  StreamNotFoundError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AllStreamSubscription, Position, ReadPosition } from '@eventstore/db-client';
import type { Readable } from 'node:stream';
import { EventStoreUnavailableError } from '../errors';
import type {
  AdapterAppendOptions, AdapterAppendResult, AdapterCapabilities, AllSubscription, ChainedEvent, EventStoreAdapter, ExpectedRevision,
  ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions,
} from '../event-store.port';
import {
  comparePositions, EventStoreDbMappingError, isSystemEvent, isTransientClientError, mapAppendError, mapClientError,
  rawPositionOf, startPositionAfter, toClientExpectedRevision, toEventData, toRecordedEvent, toWrongExpectedVersion,
  type ClientResolvedEvent,
} from './eventstoredb-mapping';
import { KnownEventIds } from './known-event-ids';
import { ReadableBatcher } from './readable-batcher';

/** The part of the official client the adapter uses (so tests can hand in a stand-in built on the client's own types). */
export type EsdbClient = Pick<EventStoreDBClient, 'appendToStream' | 'readStream' | 'readAll' | 'subscribeToAll' | 'dispose'>;

export interface EventStoreDbAdapterOptions {
  /** Events per gRPC read when paging streams and `$all`; default 1000. Reads are never unbounded (client #169). */
  readPageSize?: number;
  /** Resubscribe backoff after a dropped subscription: first delay and ceiling in ms; defaults 100 and 5000. */
  resubscribeDelayMs?: { initial: number; max: number };
  /** Called each time a subscription dropped with a transient error and is about to resubscribe (logs, metrics). */
  onSubscriptionDropped?: (error: unknown, attempt: number) => void;
  /** How many event ids the adapter remembers to recognise retried appends without re-reading streams; default 200,000. */
  knownEventIdsCapacity?: number;
  /** After an append timed out or found no server: how often it is sent again, and the first delay (doubling); defaults 3 and 200 ms. */
  unknownOutcome?: { resends: number; delayMs: number };
  /** Injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
}

const DEFAULT_PAGE = 1000;
const DEFAULT_MAX_BATCH = 500;
/** gRPC multiplexes reads over one connection: a few in flight hide its round trips without flooding the server. */
const PARALLEL_STREAM_READS = 8;

/**
 * The event store port on EventStoreDB / KurrentDB through `@eventstore/db-client` v6 (gRPC, server >= 22.6).
 * Mapping decisions (positions, system events, errors) are documented in `eventstoredb-mapping.ts`.
 *
 * Idempotency (appending the same event ids again appends nothing and answers the original result):
 * - ESDB itself deduplicates a retry that lands at the same revisions with the same exact expected revision, and
 *   `ChainedEventStore` always passes an exact one. But ESDB writes an append at the current revision without
 *   looking at its ids, so before an exact append the adapter reads the last events up to that revision: a retry
 *   whose first attempt brought the stream there has its ids in them. It never reads a stream's history for that.
 * - A retry of a loose append (`any`/`exists`, which ChainedEventStore turns into the current head) after the
 *   stream moved on is not a duplicate to ESDB: before appending, the adapter looks the ids up among the stream's
 *   known ids (`KnownEventIds`, completed by reading only the revisions it has not seen), and returns the original result.
 * - On WrongExpectedVersion it reads the rest of the stream and checks again: all ids in order at consecutive
 *   revisions = an earlier attempt landed (an old exact revision, an unknown outcome, or Dotnet #159) → its
 *   result; some ids = conflict.
 * - On a timeout or an unreachable server it looks for the ids where the append would have put them, and else
 *   sends it again, a bounded number of times (the server drops a duplicate it cannot check yet).
 * Not enforced: the same event id in ANOTHER stream. ESDB has no index by event id (KurrentDB #1173, #1970), so
 * refusing it would need a global lookup this adapter does not have: `capabilities.globalEventIdUniqueness` is false.
 */
export class EventStoreDbAdapter implements EventStoreAdapter {
  static readonly capabilities: AdapterCapabilities = { globalEventIdUniqueness: false };
  readonly capabilities = EventStoreDbAdapter.capabilities;
  private readonly client: EsdbClient;
  private readonly pageSize: number;
  private readonly subscriptions = new Set<EsdbAllSubscription>();
  private readonly knownIds: KnownEventIds;
  private readonly unknownOutcome: { resends: number; delayMs: number };
  private readonly sleep: (ms: number) => Promise<void>;
  private closed = false;

  /** `connection`: an `esdb://…` connection string, or a client (the adapter then owns it and disposes it on close). */
  constructor(connection: string | EsdbClient, private readonly options: EventStoreDbAdapterOptions = {}) {
    this.client = typeof connection === 'string' ? EventStoreDBClient.connectionString(connection) : connection;
    this.pageSize = positiveInteger(options.readPageSize ?? DEFAULT_PAGE, 'readPageSize');
    this.knownIds = new KnownEventIds(options.knownEventIdsCapacity);
    this.unknownOutcome = options.unknownOutcome ?? { resends: 3, delayMs: 200 };
    this.sleep = options.sleep ?? defaultSleep;
  }

  async append(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision, options: AdapterAppendOptions = {}): Promise<AdapterAppendResult> {
    this.assertOpen();
    // ESDB writes an append at the current revision without looking at its ids: a retry of it, if it landed
    // before, must be found here. A loose one may have landed anywhere; an exact one sits right before `expected`.
    const earlier = isLoose(expected) || options.loose
      ? await this.learnIds(streamId, typeof expected === 'bigint' ? expected : undefined).then(() => this.earlierAttempt(streamId, events, expected))
      : typeof expected === 'bigint' ? await this.attemptEndingAt(streamId, events, expected, expected) : undefined;
    if (earlier) return earlier;
    for (let resend = 0; ; resend++) {
      try {
        return await this.appendOnce(streamId, events, expected);
      } catch (error) {
        if (!(error instanceof EventStoreUnavailableError) || resend >= this.unknownOutcome.resends) throw error;
        await this.sleep(this.unknownOutcome.delayMs * 2 ** resend);
        const landed = await this.landed(streamId, events, expected);
        if (landed) return landed;
        if (isLoose(expected)) throw error; // ESDB would store a loose append again: only an exact one may be sent twice
      }
    }
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const from = options.fromRevision ?? 0n;
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (from < 0n) throw new RangeError(`fromRevision must be >= 0 (got ${from})`);
    if (limit !== Number.POSITIVE_INFINITY) nonNegativeInteger(limit, 'maxCount');
    const events: RecordedEvent[] = [];
    let next = from;
    while (events.length < limit) {
      const want = Math.min(this.pageSize, limit - events.length);
      const page = await this.readStreamPage(streamId, next, want, FORWARDS);
      events.push(...page);
      this.knownIds.learn(streamId, page);
      if (page.length < want) break;
      next = page[page.length - 1].revision + 1n;
    }
    return events;
  }

  /** EventStoreDB reads one stream per call: the streams are read `PARALLEL_STREAM_READS` at a time over the one connection. */
  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]> {
    const results: RecordedEvent[][] = new Array(streamIds.length);
    let next = 0;
    const reader = async () => {
      for (let i = next++; i < streamIds.length; i = next++) results[i] = await this.readStream(streamIds[i]);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL_STREAM_READS, streamIds.length) }, reader));
    return results;
  }

  async readLastEvent(streamId: string): Promise<RecordedEvent | null> {
    this.assertOpen();
    const [last] = await this.readStreamPage(streamId, END, 1, BACKWARDS);
    return last ?? null;
  }

  /** One page of the log strictly after `after`, system events left out; several gRPC pages if system events fill them. */
  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    this.assertOpen();
    const maxCount = nonNegativeInteger(options.maxCount, 'maxCount');
    const after = options.after;
    const events: RecordedEvent[] = [];
    if (maxCount === 0) return events;
    // +1: a `$all` read is inclusive of its start, so every page after the first begins with the cursor event.
    const rawPage = Math.min(maxCount, this.pageSize) + 1;
    let from: ReadPosition = startPositionAfter(after);
    let cursor: Position | undefined;
    while (events.length < maxCount) {
      const raw = await this.readAllPage(from, rawPage, FORWARDS);
      let advanced = false;
      for (const resolved of raw) {
        const position = rawPositionOf(resolved);
        if (!position) throw new EventStoreDbMappingError('a $all read returned an event without a position');
        if (cursor && comparePositions(position, cursor) <= 0) continue;
        cursor = position;
        advanced = true;
        if (isSystemEvent(resolved)) continue;
        const event = toRecordedEvent(resolved);
        if (after !== undefined && event.position <= after) continue;
        events.push(event);
        if (events.length === maxCount) break;
      }
      if (raw.length < rawPage || !advanced || !cursor) break; // end of the log
      from = cursor;
    }
    return events;
  }

  /** Commit position of the newest non-system event, -1n when there is none. */
  async headPosition(): Promise<bigint> {
    this.assertOpen();
    const page = Math.min(this.pageSize, 100);
    let from: ReadPosition = END;
    let cursor: Position | undefined;
    for (;;) {
      const raw = await this.readAllPage(from, page, BACKWARDS);
      let advanced = false;
      for (const resolved of raw) {
        const position = rawPositionOf(resolved);
        if (!position) throw new EventStoreDbMappingError('a $all read returned an event without a position');
        if (cursor && comparePositions(position, cursor) >= 0) continue;
        cursor = position;
        advanced = true;
        if (!isSystemEvent(resolved)) return position.commit;
      }
      if (raw.length < page || !advanced || !cursor) return -1n;
      from = cursor;
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): AllSubscription {
    this.assertOpen();
    const maxBatch = positiveInteger(options.maxBatch ?? DEFAULT_MAX_BATCH, 'maxBatch');
    const subscription = new EsdbAllSubscription(this.client, options.after, maxBatch, {
      initialDelayMs: this.options.resubscribeDelayMs?.initial ?? 100,
      maxDelayMs: this.options.resubscribeDelayMs?.max ?? 5000,
      onDropped: this.options.onSubscriptionDropped,
      sleep: this.sleep,
      onClosed: (closed) => this.subscriptions.delete(closed),
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  /** One append request; a conflict is resolved (earlier attempt or real conflict), other failures are the port's errors. */
  private async appendOnce(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): Promise<AdapterAppendResult> {
    let result;
    try {
      result = await this.client.appendToStream(streamId, events.map(toEventData), { expectedRevision: toClientExpectedRevision(expected) });
    } catch (error) {
      if (error instanceof ClientWrongExpectedVersionError) return this.resolveConflict(streamId, events, expected, error);
      throw mapAppendError(error, streamId);
    }
    // With `throwOnAppendFailure=false` in the connection string the client reports a conflict as success: false.
    if (!result.success) return this.resolveConflict(streamId, events, expected, undefined);
    const appended = await this.locateAppended(streamId, events, BigInt(result.nextExpectedRevision));
    const first = appended.nextExpectedRevision - BigInt(events.length - 1);
    this.knownIds.learn(streamId, events.map((event, i) => ({ eventId: event.eventId, revision: first + BigInt(i) })));
    return appended;
  }

  /**
   * After a timeout or an unreachable server the append may have landed, may land later, or may have been dropped:
   * the server drops a duplicate that arrives before its first copy is indexed and waits for the client to retry.
   * The result when its ids are where it would have put them; undefined when they are not (yet), or the stream
   * cannot be read now: the caller then sends the same ids at the same exact revision again, which ESDB
   * deduplicates if the first copy landed meanwhile.
   */
  private async landed(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): Promise<AdapterAppendResult | undefined> {
    try {
      if (isLoose(expected)) {
        await this.learnIds(streamId);
        return await this.earlierAttempt(streamId, events, expected);
      }
      return await this.attemptEndingAt(streamId, events, (expected === 'no_stream' ? -1n : expected) + BigInt(events.length), expected);
    } catch (error) {
      if (error instanceof EventStoreUnavailableError) return undefined;
      throw error;
    }
  }

  /**
   * The append was refused. Either an earlier attempt with the same ids already landed (retry after an unknown
   * outcome, or a client reporting WEV for a write that succeeded: KurrentDB-Client-Dotnet #159) and its result is
   * returned, or it is a real conflict, reported with the later of the revision the client claims and the one the
   * read of the rest of the stream saw (that read may not show the winner's events yet).
   */
  private async resolveConflict(
    streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision, clientError: ClientWrongExpectedVersionError | undefined,
  ): Promise<AdapterAppendResult> {
    await this.learnIds(streamId); // the whole rest of the stream: an earlier attempt may sit at any revision
    const earlier = await this.earlierAttempt(streamId, events, expected);
    if (earlier) return earlier;
    throw toWrongExpectedVersion(streamId, expected, clientError, this.knownHead(streamId));
  }

  /**
   * An earlier attempt of this append that ends at `lastRevision`: its result when the events up to there are
   * exactly its ids, undefined when none of its ids is among them, WEV when only some are. Reads only those events.
   */
  private async attemptEndingAt(
    streamId: string, events: readonly ChainedEvent[], lastRevision: bigint, expected: ExpectedRevision,
  ): Promise<AdapterAppendResult | undefined> {
    const first = lastRevision - BigInt(events.length) + 1n;
    const from = first < 0n ? 0n : first;
    const window = await this.readStreamPage(streamId, from, Number(lastRevision - from + 1n), FORWARDS, true);
    const ids = events.map((event) => event.eventId.toLowerCase());
    if (!window.some((event) => ids.includes(event.eventId))) return undefined;
    if (window.length === ids.length && window.every((event, i) => event.eventId === ids[i])) return appendResultOf(window[window.length - 1], events);
    throw toWrongExpectedVersion(streamId, expected, undefined, window[window.length - 1].revision);
  }

  /** The result of an earlier attempt of this very append (all ids, in order, consecutive); WEV when only some ids are there. */
  private async earlierAttempt(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision): Promise<AdapterAppendResult | undefined> {
    const ids = events.map((event) => event.eventId);
    let match = this.knownIds.lookUp(streamId, ids);
    if (match.found === 'conflict') {
      await this.learnIds(streamId); // the rest of the ids may lie beyond what was known
      match = this.knownIds.lookUp(streamId, ids);
    }
    if (match.found === 'none') return undefined;
    if (match.found === 'all') return this.locateAppended(streamId, events, match.lastRevision);
    throw toWrongExpectedVersion(streamId, expected, undefined, this.knownHead(streamId));
  }

  /** The last revision this process has read of the stream: after `learnIds(streamId)`, its head as that read saw it. */
  private knownHead(streamId: string): bigint | 'no_stream' {
    const upTo = this.knownIds.upTo(streamId);
    return upTo >= 0n ? upTo : 'no_stream';
  }

  /** Completes `knownIds` for the stream up to `upTo` (default: its end), reading only what is not known yet, in pages. */
  private async learnIds(streamId: string, upTo?: bigint): Promise<void> {
    for (;;) {
      const from = this.knownIds.upTo(streamId) + 1n;
      if (upTo !== undefined && from > upTo) return;
      const want = upTo === undefined || upTo - from + 1n > BigInt(this.pageSize) ? this.pageSize : Number(upTo - from + 1n);
      const page = await this.readStreamPage(streamId, from, want, FORWARDS, true);
      this.knownIds.learn(streamId, page);
      if (page.length < want || this.knownIds.upTo(streamId) < page[page.length - 1].revision) return;
    }
  }

  /**
   * Revision and position of the last appended event, read back from the stream. The append response's commit
   * position is not used: for a multi-event append the server reports the transaction's first record, and for a
   * deduplicated retry whatever its idempotency check found; the log itself is unambiguous.
   */
  private async locateAppended(streamId: string, events: readonly ChainedEvent[], lastRevision: bigint): Promise<AdapterAppendResult> {
    const [last] = await this.readStreamPage(streamId, lastRevision, 1, FORWARDS, true);
    const expectedId = events[events.length - 1].eventId.toLowerCase();
    if (!last || last.eventId !== expectedId) {
      throw new EventStoreUnavailableError(
        `append to ${streamId} reported revision ${lastRevision} but the event there is ${last ? last.eventId : 'missing'}, not ${expectedId}`,
      );
    }
    return appendResultOf(last, events);
  }

  /** One bounded stream read; [] for a stream that does not exist. */
  private async readStreamPage(
    streamId: string, fromRevision: bigint | typeof END, maxCount: number, direction: typeof FORWARDS | typeof BACKWARDS, requiresLeader = false,
  ): Promise<RecordedEvent[]> {
    if (maxCount === 0) return [];
    const events: RecordedEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(streamId, { fromRevision, maxCount, direction, requiresLeader })) {
        events.push(toRecordedEvent(resolved));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw mapClientError(error, `read of ${streamId}`);
    }
    return events;
  }

  /** One bounded `$all` read, raw (system events included: the client's readAll has no server-side filter). */
  private async readAllPage(fromPosition: ReadPosition, maxCount: number, direction: typeof FORWARDS | typeof BACKWARDS): Promise<ClientResolvedEvent[]> {
    const events: ClientResolvedEvent[] = [];
    try {
      for await (const resolved of this.client.readAll({ fromPosition, maxCount, direction, resolveLinkTos: false })) events.push(resolved);
    } catch (error) {
      throw mapClientError(error, 'read of $all');
    }
    return events;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('EventStoreDbAdapter is closed');
  }
}

interface SupervisorOptions {
  initialDelayMs: number;
  maxDelayMs: number;
  onDropped?: (error: unknown, attempt: number) => void;
  sleep: (ms: number) => Promise<void>;
  onClosed: (subscription: EsdbAllSubscription) => void;
}

/** A server subscription that ended without an error: catch-up subscriptions are meant to run forever. */
class SubscriptionEndedError extends EventStoreUnavailableError {}

/**
 * Catch-up then live subscription to `$all` with a supervisor loop. Subscriptions are ephemeral in ESDB and must
 * be re-created after a drop (KurrentDB #1097, PR #2367); this one resubscribes after any transient error or end,
 * with exponential backoff, from the position of the last event it HANDED OVER (not merely received), dropping
 * everything at or before it: never a gap, never a repeat. A permanent error (access denied, an event it cannot
 * map) ends the iteration with that error instead of spinning.
 */
class EsdbAllSubscription implements AllSubscription {
  private closed = false;
  private lastDelivered: bigint | undefined;
  private current: { subscription: AllStreamSubscription; batcher: ReadableBatcher<ClientResolvedEvent> } | undefined;
  private iterator: AsyncIterator<RecordedEvent[]> | undefined;
  private wakeSleeper: (() => void) | undefined;

  constructor(
    private readonly client: EsdbClient,
    after: bigint | undefined,
    private readonly maxBatch: number,
    private readonly options: SupervisorOptions,
  ) {
    this.lastDelivered = after !== undefined && after >= 0n ? after : undefined;
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    this.iterator ??= this.batches();
    return this.iterator;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wakeSleeper?.();
    await this.dropCurrent();
    this.options.onClosed(this);
  }

  private async *batches(): AsyncGenerator<RecordedEvent[]> {
    let attempt = 0;
    try {
      while (!this.closed) {
        let raw: ClientResolvedEvent[] | null;
        try {
          const current = this.current ?? this.open();
          raw = await current.batcher.next(this.maxBatch);
          if (raw === null && !this.closed) throw new SubscriptionEndedError('EventStoreDB ended the subscription');
        } catch (error) {
          if (this.closed) return;
          await this.dropCurrent();
          const mapped = mapClientError(error, 'subscription to $all');
          if (!isTransientClientError(mapped)) throw mapped;
          attempt++;
          this.options.onDropped?.(mapped, attempt);
          await this.pause(Math.min(this.options.maxDelayMs, this.options.initialDelayMs * 2 ** Math.min(attempt - 1, 20)));
          continue;
        }
        if (raw === null) return; // closed
        const batch = this.deliverable(raw);
        if (batch.length === 0) continue;
        attempt = 0;
        this.lastDelivered = batch[batch.length - 1].position;
        yield batch;
      }
    } finally {
      await this.close();
    }
  }

  /** Ours, in order, strictly after what was handed over already. */
  private deliverable(raw: readonly ClientResolvedEvent[]): RecordedEvent[] {
    const batch: RecordedEvent[] = [];
    let last = this.lastDelivered;
    for (const resolved of raw) {
      if (isSystemEvent(resolved)) continue;
      const event = toRecordedEvent(resolved);
      if (last !== undefined && event.position <= last) continue;
      batch.push(event);
      last = event.position;
    }
    return batch;
  }

  private open(): { subscription: AllStreamSubscription; batcher: ReadableBatcher<ClientResolvedEvent> } {
    const subscription = this.client.subscribeToAll(
      { fromPosition: startPositionAfter(this.lastDelivered), filter: excludeSystemEvents(), resolveLinkTos: false },
      { highWaterMark: this.maxBatch },
    );
    // The client types its streams against its own @types/node (16): with the test run's lib (jest's types
    // add ESNext.Disposable) that Readable no longer matches ours, though it is the same stream at run time.
    this.current = { subscription, batcher: new ReadableBatcher<ClientResolvedEvent>(subscription as unknown as Readable) };
    return this.current;
  }

  private async dropCurrent(): Promise<void> {
    const current = this.current;
    this.current = undefined;
    if (!current) return;
    current.batcher.stop();
    current.subscription.on('error', () => undefined); // a late error of a dropped subscription must not crash the process
    try {
      await current.subscription.unsubscribe();
    } catch {
      // the gRPC stream never opened or is gone already
    }
    current.subscription.destroy();
  }

  private async pause(ms: number): Promise<void> {
    if (this.closed) return;
    await Promise.race([this.options.sleep(ms), new Promise<void>((resolve) => { this.wakeSleeper = resolve; })]);
    this.wakeSleeper = undefined;
  }
}

/** The result of an append whose last event is `last`; stored as given only if its hash is ours (an earlier attempt may carry other metadata). */
function appendResultOf(last: RecordedEvent, events: readonly ChainedEvent[]): AdapterAppendResult {
  return { nextExpectedRevision: last.revision, position: last.position, storedAsGiven: last.metadata.hash === events[events.length - 1].metadata.hash };
}

function isLoose(expected: ExpectedRevision): expected is 'any' | 'exists' {
  return expected === 'any' || expected === 'exists';
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function positiveInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer (got ${value})`);
  return value;
}

function nonNegativeInteger(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer (got ${value})`);
  return value;
}
