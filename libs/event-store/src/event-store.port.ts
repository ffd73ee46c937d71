/**
 * The event store port. Semantics are EventStoreDB's; every adapter passes `event-store.conformance.ts`.
 * Positions and revisions are `bigint` end to end (JSON: strings).
 */

/** Plain JSON: what an event's data may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** `no_stream`: must not exist; `exists`: must exist; `any`: no check; a bigint: the stream's last revision must be exactly it. */
export type ExpectedRevision = 'no_stream' | 'any' | 'exists' | bigint;

/** Who did it, why and when: supplied by the caller, never by the store. */
export interface EventMetadata {
  actorId: string;
  actorRole: string;
  correlationId: string;
  causationId: string | null;
  /** ISO-8601 UTC instant from the injected clock. */
  occurredAt: string;
  schemaVersion: number;
}

/** Metadata as stored: the caller's, plus the per-stream hash chain (DOMAIN.md §5). */
export interface ChainedMetadata extends EventMetadata {
  /** `hash` of the previous event in the stream; 64 zeros for the first. */
  prevHash: string;
  /** SHA-256 hex of prevHash + canonical JSON of {eventId, type, data, metadata without hash}. */
  hash: string;
}

export interface NewEvent {
  /** UUID chosen by the caller; appending the same ids again appends nothing. */
  eventId: string;
  /** Fixed forever (`DocumentAssigned`), never derived from a class name. */
  type: string;
  data: JsonObject;
  metadata: EventMetadata;
}

/** A new event with its chain computed, as handed to an adapter. */
export interface ChainedEvent extends NewEvent {
  metadata: ChainedMetadata;
}

export interface RecordedEvent {
  streamId: string;
  /** 0-based, gap-free within the stream. */
  revision: bigint;
  /** Global order in the log: strictly increasing, not contiguous. */
  position: bigint;
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: ChainedMetadata;
  /** When the store committed it (ISO-8601 UTC). */
  recordedAt: string;
  /**
   * Present when reading upcast the event (`data` and `metadata.schemaVersion` above are then the newest version's):
   * the event as stored, which is what its hash covers. See `Upcasters`.
   */
  stored?: { data: JsonObject; metadata: ChainedMetadata };
}

/**
 * Brings the data of one event type from `fromVersion` to `fromVersion + 1`. Pure: no clock, no lookups, so that
 * reading the same stored event always gives the same answer. Declared by the domain beside its events; the
 * application hands them to the store, which applies them on every read (`ChainedEventStore`).
 */
export interface EventUpcaster {
  readonly type: string;
  readonly fromVersion: number;
  upcast(data: JsonObject): JsonObject;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append. */
  nextExpectedRevision: bigint;
  /** Global position of the last appended event. */
  position: bigint;
}

export interface ReadStreamOptions {
  /** First revision to read (inclusive); default 0. */
  fromRevision?: bigint;
  /** Default: all. */
  maxCount?: number;
}

/** The stream `EventStore.appendAndRead` reads beside its append. */
export interface StreamRead {
  streamId: string;
  /** First revision to read (inclusive); default 0. */
  fromRevision?: bigint;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; default: from the start of the log. */
  after?: bigint;
  /** Page size; required so that nobody reads a whole log into memory by accident. */
  maxCount: number;
}

export interface SubscribeOptions {
  /** Resume strictly after this position (a checkpoint); default: from the start of the log. */
  after?: bigint;
  /** Largest batch handed over at once; default 500. */
  maxBatch?: number;
}

/**
 * A catch-up-then-live subscription to the whole log. Each iteration waits until at least one
 * event is there and yields a batch in strictly increasing position. Nothing more is read until
 * the consumer asks for the next batch (backpressure).
 */
export interface AllSubscription extends AsyncIterable<RecordedEvent[]> {
  close(): Promise<void>;
}

/** `readStreams` holds every event of the streams asked at once: callers read a bounded batch at a time. */
export const MAX_STREAMS_PER_READ = 1_000;

/** What callers use. Chains are computed here, once, above the adapters. */
export interface EventStore {
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** Events of one stream in revision order; [] for a stream that does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * Every event of several streams, as `readStream` gives each: `result[i]` is that of `streamIds[i]`. One round trip
   * where the storage allows it, for readers of thousands of streams (an export); at most `MAX_STREAMS_PER_READ` ids.
   */
  readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]>;
  /**
   * `append` to `streamId`, and `readStream` of another stream (`read`), in one round trip where the storage allows it:
   * a read that must go on record as it is answered costs one trip, not two. The read sees the other stream as it stood
   * when the append was made; either failing fails both, and the append is retried as `append` would be.
   */
  appendAndRead(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision, read: StreamRead): Promise<{ appended: AppendResult; read: RecordedEvent[] }>;
  /** One page of the log in global order. */
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Position of the last event a reader may see now; -1n for an empty log. */
  headPosition(): Promise<bigint>;
  subscribeToAll(options?: SubscribeOptions): AllSubscription;
  close(): Promise<void>;
}

/**
 * Guarantees that differ between adapters. The conformance suite tests each one in both directions, so a
 * `false` is a documented behaviour, never a skipped case.
 */
export interface AdapterCapabilities {
  /**
   * Ids already stored in one stream are refused in every other stream (PostgreSQL: a unique index). EventStoreDB
   * has no index by event id and stores them again; callers derive ids from the stream name, so they never rely on it.
   */
  globalEventIdUniqueness: boolean;
}

export interface AdapterAppendOptions {
  /**
   * The caller asked for `any` or `exists` and `ChainedEventStore` turned that into the exact `expected`: a retry
   * of such an append may find its ids anywhere in the stream, not only after `expected`.
   */
  loose?: boolean;
}

export interface AdapterAppendResult extends AppendResult {
  /**
   * The stream now holds exactly the events handed in, hashes included, at the revisions that end at
   * `nextExpectedRevision`. False when an earlier attempt with the same ids was found: its metadata, hence its
   * hashes, may differ, so the caller must not take its own hashes for the stored ones.
   */
  storedAsGiven: boolean;
}

/** What an adapter implements: storage with exact semantics; it never computes hashes. */
export interface EventStoreAdapter {
  readonly capabilities: AdapterCapabilities;
  /** Appends events whose chain the caller computed; the expected-revision check and the idempotency check are atomic with the write. */
  append(streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision, options?: AdapterAppendOptions): Promise<AdapterAppendResult>;
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /** `append` and `readStream` of `read` in one round trip; an adapter without it has the two sent side by side. */
  appendAndRead?(
    streamId: string, events: readonly ChainedEvent[], expected: ExpectedRevision, options: AdapterAppendOptions, read: StreamRead,
  ): Promise<AdapterAppendResult & { read: RecordedEvent[] }>;
  /** Every event of each stream, `result[i]` that of `streamIds[i]` ([] when it does not exist); the ids are already checked. */
  readStreams(streamIds: readonly string[]): Promise<RecordedEvent[][]>;
  /** The stream's last event, or null when the stream does not exist. */
  readLastEvent(streamId: string): Promise<RecordedEvent | null>;
  readAll(options: ReadAllOptions): Promise<RecordedEvent[]>;
  headPosition(): Promise<bigint>;
  subscribeToAll(options?: SubscribeOptions): AllSubscription;
  close(): Promise<void>;
}

/** The DI token under which apps receive the `EventStore`. */
export const EVENT_STORE = Symbol('EVENT_STORE');
