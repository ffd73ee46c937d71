/**
 * Pure mapping between our port (`event-store.port.ts`) and `@eventstore/db-client` v6.
 * Nothing here talks to a server, so every decision below is unit-tested without one.
 *
 * Decisions (also in docs/eventstoredb.md):
 *
 * - Event = JSON event: `data` is our JSON data, the event's JSON metadata is our whole `ChainedMetadata`
 *   (actor, correlation, causation, occurredAt, schemaVersion, prevHash, hash), the ESDB event id is our UUID.
 *
 * - Global position = the `$all` COMMIT position, as a bigint. Every number that comes out of the client goes
 *   through `BigInt(...)`: it is typed `bigint` but has been a JS `number` at runtime (KurrentDB-Client-NodeJS
 *   #423 commitPosition, #513 revision), where `revision === 0n` is false and `revision + 1n` throws.
 *   Assumption: a commit position identifies ONE event. That holds for everything written through gRPC
 *   (ESDB >= 20): each event of an append is written as a self-committed prepare record (flag IsCommitted), and
 *   `$all` reports such a record at (commit, prepare) = (its log position, its log position), so two events
 *   never share a commit position (KurrentDB `StorageWriterService` writes `PrepareFlags.Data | IsCommitted`;
 *   `AllReader` returns `new CommitEventRecord(eventRecord, prepare.LogPosition)`). Only explicit transactions
 *   of the legacy TCP API put several events behind one commit record; this product never writes those.
 *
 * - `after: p` (exclusive) becomes `fromPosition {commit: p, prepare: p}` and we drop every event whose
 *   position is <= p: `$all` reads are inclusive of their start position, subscriptions may be either way,
 *   and after a resubscribe the same events can arrive again. Dropping <= p handles all three.
 *
 * - System events (`$`-prefixed type or stream: `$metadata`, `$>` links, `$settings`, projections, stats…)
 *   are never ours and are filtered out of readAll, subscriptions and headPosition.
 *
 * - Stream reads must carry `$all` positions; servers before 22.6 send the "unknown" sentinel 2^64-1
 *   (KurrentDB PR #3459 added them for gRPC, non-transactional events), so those servers are refused clearly.
 */
import {
  ANY,
  CancelledError,
  DeadlineExceededError,
  jsonEvent,
  MaxAppendSizeExceededError,
  NO_STREAM,
  NotLeaderError,
  START,
  STREAM_EXISTS,
  StreamDeletedError,
  TimeoutError,
  UnavailableError,
  UnknownError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import type {
  AllStreamResolvedEvent,
  AppendExpectedRevision,
  EventData,
  Position,
  ReadPosition,
  ResolvedEvent,
} from '@eventstore/db-client';
import { EventStoreUnavailableError, InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type { ChainedEvent, ChainedMetadata, ExpectedRevision, JsonObject, RecordedEvent } from '../event-store.port';

/** What a read, a `$all` read or a subscription hands over. */
export type ClientResolvedEvent = ResolvedEvent | AllStreamResolvedEvent;

/** Positions are int64 on the server; 2^64-1 (ulong -1) is its "no position" sentinel. */
const MAX_POSITION = (1n << 63n) - 1n;

/** An event the adapter cannot turn into ours: never skipped silently, an audit log has no holes. */
export class EventStoreDbMappingError extends Error {
  override readonly name = 'EventStoreDbMappingError';
}

/** `BigInt` on whatever the client hands over at runtime (bigint, number, decimal string). */
export function toBigInt(value: unknown, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return BigInt(value);
  throw new EventStoreDbMappingError(`${what} is not an integer: ${String(value)}`);
}

/** A usable `$all` position, or undefined for a missing/sentinel/negative one. */
function validPosition(value: unknown): bigint | undefined {
  if (value === undefined || value === null) return undefined;
  const position = toBigInt(value, 'position');
  return position >= 0n && position <= MAX_POSITION ? position : undefined;
}

/** The event's `$all` commit position (our global position), or undefined when the server did not send one. */
export function commitPositionOf(resolved: ClientResolvedEvent): bigint | undefined {
  return validPosition(resolved.event?.position?.commit) ?? validPosition(resolved.commitPosition);
}

/** Full (commit, prepare) pair, bigint-normalised; the cursor for paging through `$all` including system events. */
export function rawPositionOf(resolved: ClientResolvedEvent): Position | undefined {
  const commit = commitPositionOf(resolved);
  if (commit === undefined) return undefined;
  const prepare = validPosition(resolved.event?.position?.prepare) ?? commit;
  return { commit, prepare };
}

export function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** `$`-prefixed type or stream: ESDB's own events (metadata, links, settings, projections, stats). */
export function isSystemEvent(resolved: ClientResolvedEvent): boolean {
  const event = resolved.event;
  if (!event) return true; // a link whose target is gone: nothing of ours
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** Where an exclusive `after` starts reading: START, or the position itself (then drop <= after). */
export function startPositionAfter(after: bigint | undefined): ReadPosition {
  return after === undefined || after < 0n ? START : { commit: after, prepare: after };
}

/** Keeps only events strictly after `after` (all when undefined). */
export function strictlyAfter(events: readonly RecordedEvent[], after: bigint | undefined): RecordedEvent[] {
  return after === undefined ? [...events] : events.filter((event) => event.position > after);
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function toIsoInstant(created: unknown, eventId: string): string {
  const date = created instanceof Date ? created : new Date(created as string | number);
  if (Number.isNaN(date.getTime())) throw new EventStoreDbMappingError(`event ${eventId}: invalid created timestamp ${String(created)}`);
  return date.toISOString();
}

/** A client event (stream read, `$all` read or subscription) as our `RecordedEvent`. */
export function toRecordedEvent(resolved: ClientResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new EventStoreDbMappingError('resolved event without an event record');
  const where = `event ${event.id} (${event.streamId}@${String(event.revision)})`;
  if (!event.isJson || !isJsonObject(event.data)) throw new EventStoreDbMappingError(`${where}: data is not a JSON object`);
  if (!isJsonObject(event.metadata)) throw new EventStoreDbMappingError(`${where}: metadata is not a JSON object`);
  const position = commitPositionOf(resolved);
  if (position === undefined) {
    throw new EventStoreDbMappingError(`${where}: no $all position from the server (EventStoreDB 22.6 or later is required)`);
  }
  return {
    streamId: event.streamId,
    revision: toBigInt(event.revision, `${where} revision`),
    position,
    eventId: event.id.toLowerCase(),
    type: event.type,
    data: event.data,
    metadata: event.metadata as unknown as ChainedMetadata,
    recordedAt: toIsoInstant(event.created, event.id),
  };
}

/** Our chained event as a client JSON event: our UUID, our type, JSON data, our metadata as JSON metadata. */
export function toEventData(event: ChainedEvent): EventData {
  return jsonEvent({ id: event.eventId, type: event.type, data: event.data, metadata: event.metadata });
}

export function toClientExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any': return ANY;
    case 'no_stream': return NO_STREAM;
    case 'exists': return STREAM_EXISTS;
    default: return expected;
  }
}

/**
 * The current revision a client WrongExpectedVersionError claims, normalised. Only a fallback: the fields of
 * WEV errors are unreliable across clients (KurrentDB-Client-Dotnet #374, #159), and in this very client the
 * `throwOnAppendFailure=false` batch path computes `BigInt(hasCurrentStreamRevision())`, i.e. 0n or 1n.
 */
export function claimedActualRevision(error: ClientWrongExpectedVersionError): bigint | 'no_stream' | 'unknown' {
  const actual: unknown = error.actualVersion;
  if (actual === NO_STREAM) return 'no_stream';
  try {
    const revision = toBigInt(actual, 'actual revision');
    return revision >= 0n ? revision : revision === -1n ? 'no_stream' : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Our WrongExpectedVersionError. `actual` is the later of the client's claim and what a read of the stream saw:
 * the server checks a conflict against writes its read index may not show yet, so a read right after it can miss
 * the winner's events, and the claim is unreliable in some clients (see `claimedActualRevision`).
 */
export function toWrongExpectedVersion(
  streamId: string,
  expected: ExpectedRevision,
  clientError: ClientWrongExpectedVersionError | undefined,
  seen?: bigint | 'no_stream',
): WrongExpectedVersionError {
  const claimed = clientError ? claimedActualRevision(clientError) : 'unknown';
  return new WrongExpectedVersionError(streamId, expected, later(claimed, seen ?? 'unknown'));
}

/** The later of two revisions; 'no_stream' comes before revision 0, 'unknown' only when both are. */
function later(a: bigint | 'no_stream' | 'unknown', b: bigint | 'no_stream' | 'unknown'): bigint | 'no_stream' | 'unknown' {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a > b ? a : b;
  if (typeof a === 'bigint' || b === 'unknown') return a;
  return typeof b === 'bigint' || a === 'unknown' ? b : a;
}

const TRANSIENT_GRPC_CODES = new Set([1 /* CANCELLED */, 4 /* DEADLINE_EXCEEDED */, 8 /* RESOURCE_EXHAUSTED */, 10 /* ABORTED */, 14 /* UNAVAILABLE */]);

/** True for failures after which the server may or may not have acted: unreachable, deadline, cancelled, leader change. */
export function isTransientClientError(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (
    error instanceof UnavailableError || error instanceof DeadlineExceededError || error instanceof CancelledError ||
    error instanceof TimeoutError || error instanceof NotLeaderError || error instanceof UnknownError
  ) {
    return true;
  }
  if (!(error instanceof Error)) return false;
  if (/^Failed to discover after \d+ attempts/.test(error.message)) return true; // thrown by the client's gossip discovery
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' && TRANSIENT_GRPC_CODES.has(code) && !('type' in error); // a raw gRPC ServiceError
}

/**
 * Client errors as port errors: transient ones become EventStoreUnavailableError (for a write: outcome unknown,
 * retry with the same ids and the same expected revision). Everything else is returned unchanged.
 */
export function mapClientError(error: unknown, operation: string): unknown {
  if (error instanceof EventStoreUnavailableError || error instanceof WrongExpectedVersionError) return error;
  if (isTransientClientError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new EventStoreUnavailableError(`EventStoreDB unavailable during ${operation}: ${message}`, error);
  }
  return error;
}

/**
 * A failed append as the port's error. The server refuses these two as a whole, so nothing was written: a stream
 * an administrator deleted, and an append over its MaxAppendSize (1 MiB of data and metadata by default). The
 * adapter does not split such an append: its parts could not be atomic, and a conflict between them would leave
 * half of it in the stream.
 */
export function mapAppendError(error: unknown, streamId: string): unknown {
  if (error instanceof MaxAppendSizeExceededError) {
    return new InvalidAppendError(`append to ${streamId}: larger than the server's MaxAppendSize (${error.maxAppendSize} bytes); nothing was written`);
  }
  if (error instanceof StreamDeletedError) return new InvalidAppendError(`append to ${streamId}: the stream was deleted in EventStoreDB; nothing was written`);
  return mapClientError(error, `append to ${streamId}`);
}
