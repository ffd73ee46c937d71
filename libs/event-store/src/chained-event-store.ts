import { InvalidAppendError, WrongExpectedVersionError } from './errors';
import {
  MAX_STREAMS_PER_READ,
  type AdapterAppendOptions, type AdapterAppendResult, type AllSubscription, type AppendResult, type ChainedEvent, type EventStore, type EventStoreAdapter,
  type EventUpcaster, type ExpectedRevision, type NewEvent, type ReadAllOptions, type ReadStreamOptions, type RecordedEvent, type StreamRead, type SubscribeOptions,
} from './event-store.port';
import { chain, GENESIS_HASH } from './hash-chain';
import { Upcasters } from './upcasting';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_EVENTS_PER_APPEND = 10_000;
const RETRIES_FOR_LOOSE_EXPECTATIONS = 20;
const KNOWN_HEADS = 50_000;

/** The adapter call an append ends in: `append`, or `appendAndRead` with its read. */
type AdapterWrite = (events: readonly ChainedEvent[], expected: bigint | 'no_stream', options: AdapterAppendOptions) => Promise<AdapterAppendResult>;

interface Head {
  revision: bigint;
  hash: string;
}

/**
 * The `EventStore` callers use: validates appends, computes the hash chain once for every adapter,
 * and always hands the adapter an exact expected revision so a chain can never fork.
 *
 * The hash of revision r of a stream never changes, so a small cache of "revision r has hash h"
 * is safe across processes: it is used only when the caller expects exactly r (or, expecting
 * `any`/`exists`, as the first guess of the head), and the adapter's atomic revision check
 * rejects the append if the stream has moved on meanwhile. It holds only hashes read from the
 * store or written by this very append: an append that turned out to repeat an earlier one
 * (same ids, perhaps other metadata) says nothing about the hashes stored, so it forgets the head.
 *
 * It is also the one place events are decoded for callers: every read (stream, log, subscription) of every
 * adapter passes the registered upcasters, so old events arrive in the newest version of their type.
 */
export class ChainedEventStore implements EventStore {
  private readonly heads = new Map<string, Head>();
  private readonly upcasters: Upcasters;

  constructor(
    private readonly adapter: EventStoreAdapter,
    options: { upcasters?: readonly EventUpcaster[] } = {},
  ) {
    this.upcasters = new Upcasters(options.upcasters ?? []);
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appending(streamId, events, expected, (chained, exactly, options) => this.adapter.append(streamId, chained, exactly, options));
  }

  async appendAndRead(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, read: StreamRead): Promise<{ appended: AppendResult; read: RecordedEvent[] }> {
    if (read.streamId === streamId) throw new InvalidAppendError(`appendAndRead: the stream read must not be ${streamId}, the one appended to`);
    let tail: RecordedEvent[] = [];
    const appended = await this.appending(streamId, events, expected, async (chained, exactly, options) => {
      const written = this.adapter.appendAndRead
        ? await this.adapter.appendAndRead(streamId, chained, exactly, options, read)
        : await Promise.all([this.adapter.append(streamId, chained, exactly, options), this.adapter.readStream(read.streamId, { fromRevision: read.fromRevision })]).then(([result, found]) => ({ ...result, read: found }));
      tail = written.read;
      return written;
    });
    return { appended, read: this.readFrom(read.streamId, tail) };
  }

  /** Validates, chains and hands the append to `write`, always with an exact expectation; a loose one is retried on a stale head. */
  private async appending(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, write: AdapterWrite): Promise<AppendResult> {
    const normalised = validate(streamId, events);
    if (typeof expected === 'bigint' || expected === 'no_stream') return this.appendExactly(streamId, normalised, expected, false, write);
    for (let attempt = 0; ; attempt++) {
      // The head this process last saw first: a stream it appends to often (an access log) then costs no read; a stale one is refused, then read.
      const head = (attempt === 0 ? this.heads.get(streamId) : undefined) ?? (await this.readHead(streamId));
      if (!head && expected === 'exists') throw new WrongExpectedVersionError(streamId, expected, 'no_stream');
      try {
        return await this.appendExactly(streamId, normalised, head ? head.revision : 'no_stream', true, write, head);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= RETRIES_FOR_LOOSE_EXPECTATIONS) throw error;
      }
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.readFrom(streamId, await this.adapter.readStream(streamId, options));
  }

  /** Events of one stream as the adapter read them: their head remembered, then upcast. */
  private readFrom(streamId: string, events: RecordedEvent[]): RecordedEvent[] {
    const last = events.at(-1);
    if (last) this.remember(streamId, { revision: last.revision, hash: last.metadata.hash });
    return this.upcasters.upcastAll(events);
  }

  /** Heads are not remembered: a bulk reader exports, it does not append, and thousands of heads would evict the writers'. */
  async readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]> {
    if (streamIds.length > MAX_STREAMS_PER_READ) throw new RangeError(`readStreams: at most ${MAX_STREAMS_PER_READ} streams at once (got ${streamIds.length})`);
    if (streamIds.length === 0) return [];
    return (await this.adapter.readStreams(streamIds)).map((events) => this.upcasters.upcastAll(events));
  }

  async readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.upcasters.upcastAll(await this.adapter.readAll(options));
  }

  headPosition(): Promise<bigint> {
    return this.adapter.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): AllSubscription {
    return this.upcasters.subscription(this.adapter.subscribeToAll(options));
  }

  close(): Promise<void> {
    return this.adapter.close();
  }

  private async appendExactly(
    streamId: string, events: readonly NewEvent[], expected: bigint | 'no_stream', loose: boolean, write: AdapterWrite, known?: Head,
  ): Promise<AppendResult> {
    const prevHash = expected === 'no_stream' ? GENESIS_HASH : (await this.hashOf(streamId, expected, known));
    const chained = chain(events, prevHash);
    const { storedAsGiven, nextExpectedRevision, position } = await write(chained, expected, { loose });
    const result = { nextExpectedRevision, position };
    // Landing right after `expected` also means prevHash was the known hash of `expected` (hashOf guesses only for a stream past it).
    const landedAsExpected = result.nextExpectedRevision === (expected === 'no_stream' ? -1n : expected) + BigInt(chained.length);
    if (storedAsGiven && landedAsExpected) this.remember(streamId, { revision: result.nextExpectedRevision, hash: chained[chained.length - 1].metadata.hash });
    else this.heads.delete(streamId);
    return result;
  }

  /**
   * Hash of revision `revision`. A stream already past it cannot take the append (the adapter refuses it or finds
   * an earlier attempt), so any hash will do there. A stream not yet at it is refused here: another writer could
   * bring it to `revision` before the append lands, which would then chain onto a hash that is not its predecessor's.
   */
  private async hashOf(streamId: string, revision: bigint, known?: Head): Promise<string> {
    const cached = known ?? this.heads.get(streamId);
    if (cached && cached.revision === revision) return cached.hash;
    const head = await this.readHead(streamId);
    if (!head || head.revision < revision) throw new WrongExpectedVersionError(streamId, revision, head ? head.revision : 'no_stream');
    return head.hash;
  }

  private async readHead(streamId: string): Promise<Head | undefined> {
    const last = await this.adapter.readLastEvent(streamId);
    if (!last) return undefined;
    const head = { revision: last.revision, hash: last.metadata.hash };
    this.remember(streamId, head);
    return head;
  }

  private remember(streamId: string, head: Head): void {
    this.heads.delete(streamId);
    this.heads.set(streamId, head);
    if (this.heads.size > KNOWN_HEADS) this.heads.delete(this.heads.keys().next().value as string);
  }
}

/**
 * EventStoreDB reserves `$` for its own streams and event types and leaves them out of `$all` reads and
 * subscriptions: such an event would be stored but never projected nor verified. Refused for every adapter, so
 * that moving the log from one store to another never loses events.
 */
const RESERVED_PREFIX = '$';

function validate(streamId: string, events: readonly NewEvent[]): NewEvent[] {
  if (!streamId || streamId.length > 200) throw new InvalidAppendError('streamId must be 1 to 200 characters');
  if (streamId.startsWith(RESERVED_PREFIX)) throw new InvalidAppendError(`stream "${streamId}": names starting with $ are reserved for the store`);
  if (events.length === 0) throw new InvalidAppendError(`append to ${streamId}: at least one event is required`);
  if (events.length > MAX_EVENTS_PER_APPEND) throw new InvalidAppendError(`append to ${streamId}: at most ${MAX_EVENTS_PER_APPEND} events at once`);
  const ids = new Set<string>();
  return events.map((event) => {
    if (!UUID.test(event.eventId)) throw new InvalidAppendError(`event id "${event.eventId}" is not a UUID`);
    if (ids.has(event.eventId)) throw new InvalidAppendError(`event id ${event.eventId} appears twice in one append`);
    ids.add(event.eventId);
    if (!event.type) throw new InvalidAppendError(`event ${event.eventId}: type is required`);
    if (event.type.startsWith(RESERVED_PREFIX)) throw new InvalidAppendError(`event ${event.eventId}: types starting with $ are reserved for the store`);
    // No copy of the data: canonicalJson follows JSON.stringify's rules, so what is hashed is what any store keeps.
    return { ...event, eventId: event.eventId.toLowerCase() };
  });
}
