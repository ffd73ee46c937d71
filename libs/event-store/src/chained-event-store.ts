import { InvalidAppendError, WrongExpectedVersionError } from './errors';
import type {
  AllSubscription, AppendResult, EventStore, EventStoreAdapter, ExpectedRevision, NewEvent,
  ReadAllOptions, ReadStreamOptions, RecordedEvent, SubscribeOptions,
} from './event-store.port';
import { chain, GENESIS_HASH } from './hash-chain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_EVENTS_PER_APPEND = 10_000;
const RETRIES_FOR_LOOSE_EXPECTATIONS = 20;
const KNOWN_HEADS = 50_000;

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
 * rejects the append if the stream has moved on meanwhile.
 */
export class ChainedEventStore implements EventStore {
  private readonly heads = new Map<string, Head>();

  constructor(private readonly adapter: EventStoreAdapter) {}

  async append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    const normalised = validate(streamId, events);
    if (typeof expected === 'bigint' || expected === 'no_stream') return this.appendExactly(streamId, normalised, expected);
    for (let attempt = 0; ; attempt++) {
      // The head this process last saw first: a stream it appends to often (an access log) then costs no read; a stale one is refused, then read.
      const head = (attempt === 0 ? this.heads.get(streamId) : undefined) ?? (await this.readHead(streamId));
      if (!head && expected === 'exists') throw new WrongExpectedVersionError(streamId, expected, 'no_stream');
      try {
        return await this.appendExactly(streamId, normalised, head ? head.revision : 'no_stream', head);
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= RETRIES_FOR_LOOSE_EXPECTATIONS) throw error;
      }
    }
  }

  async readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    const events = await this.adapter.readStream(streamId, options);
    const last = events.at(-1);
    if (last) this.remember(streamId, { revision: last.revision, hash: last.metadata.hash });
    return events;
  }

  readAll(options: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.adapter.readAll(options);
  }

  headPosition(): Promise<bigint> {
    return this.adapter.headPosition();
  }

  subscribeToAll(options?: SubscribeOptions): AllSubscription {
    return this.adapter.subscribeToAll(options);
  }

  close(): Promise<void> {
    return this.adapter.close();
  }

  private async appendExactly(streamId: string, events: readonly NewEvent[], expected: bigint | 'no_stream', known?: Head): Promise<AppendResult> {
    const prevHash = expected === 'no_stream' ? GENESIS_HASH : (await this.hashOf(streamId, expected, known));
    const chained = chain(events, prevHash);
    const result = await this.adapter.append(streamId, chained, expected);
    this.remember(streamId, { revision: result.nextExpectedRevision, hash: chained[chained.length - 1].metadata.hash });
    return result;
  }

  /** Hash of revision `revision`; if the stream is elsewhere, any hash will do: the adapter refuses or deduplicates. */
  private async hashOf(streamId: string, revision: bigint, known?: Head): Promise<string> {
    const cached = known ?? this.heads.get(streamId);
    if (cached && cached.revision === revision) return cached.hash;
    const head = await this.readHead(streamId);
    return head?.hash ?? GENESIS_HASH;
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

function validate(streamId: string, events: readonly NewEvent[]): NewEvent[] {
  if (!streamId || streamId.length > 200) throw new InvalidAppendError('streamId must be 1 to 200 characters');
  if (events.length === 0) throw new InvalidAppendError(`append to ${streamId}: at least one event is required`);
  if (events.length > MAX_EVENTS_PER_APPEND) throw new InvalidAppendError(`append to ${streamId}: at most ${MAX_EVENTS_PER_APPEND} events at once`);
  const ids = new Set<string>();
  return events.map((event) => {
    if (!UUID.test(event.eventId)) throw new InvalidAppendError(`event id "${event.eventId}" is not a UUID`);
    if (ids.has(event.eventId)) throw new InvalidAppendError(`event id ${event.eventId} appears twice in one append`);
    ids.add(event.eventId);
    if (!event.type) throw new InvalidAppendError(`event ${event.eventId}: type is required`);
    // No copy of the data: canonicalJson follows JSON.stringify's rules, so what is hashed is what any store keeps.
    return { ...event, eventId: event.eventId.toLowerCase() };
  });
}
