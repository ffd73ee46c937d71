import { PassThrough } from 'node:stream';
import { Metadata, status } from '@grpc/grpc-js';
import type { ServiceError } from '@grpc/grpc-js';
import {
  AccessDeniedError,
  CancelledError,
  DeadlineExceededError,
  NotLeaderError,
  StreamNotFoundError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError as ClientWrongExpectedVersionError,
} from '@eventstore/db-client';
import type { AllStreamResolvedEvent, ResolvedEvent } from '@eventstore/db-client';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { ChainedEventStore } from '../chained-event-store';
import { EventStoreUnavailableError, InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type { EventStore, NewEvent, RecordedEvent } from '../event-store.port';
import { chain, GENESIS_HASH } from '../hash-chain';
import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { verifyChains } from '../verify-chains';
import { EventStoreDbAdapter } from './eventstoredb-event-store';
import {
  claimedActualRevision, commitPositionOf, EventStoreDbMappingError, isSystemEvent, mapClientError,
  startPositionAfter, strictlyAfter, toBigInt, toClientExpectedRevision, toEventData, toRecordedEvent, toWrongExpectedVersion,
} from './eventstoredb-mapping';
import { ReadableBatcher } from './readable-batcher';
import { KnownEventIds } from './known-event-ids';
import { FakeEsdbClient } from './testing/fake-esdb-client';

const metadata = { actorId: 'u-1', actorRole: 'clerk', correlationId: 'c-1', causationId: null, occurredAt: '2026-03-05T01:02:03.000Z', schemaVersion: 1 };
const chainedMetadata = { ...metadata, prevHash: GENESIS_HASH, hash: 'a'.repeat(64) };
let uuidCounter = 0;
const uuid = () => `00000000-0000-4000-8000-${(++uuidCounter).toString(16).padStart(12, '0')}`;
const newEvent = (n: number, type = 'DocumentReceived'): NewEvent => ({ eventId: uuid(), type, data: { n, title: 'Văn bản đến' }, metadata });
/** Short pauses, so that resubscribes and resends do not slow the tests; never asserted on. */
const fastRetry = {
  resubscribeDelayMs: { initial: 1, max: 4 },
  unknownOutcome: { resends: 3, delayMs: 1 },
  sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
};

/** A client event shaped exactly like the client's ResolvedEvent, with numeric fields as `number` or `bigint`. */
function clientEvent(kind: 'number' | 'bigint', from: 'stream' | 'all', overrides: Record<string, unknown> = {}): ResolvedEvent {
  const n = (value: bigint) => (kind === 'number' ? Number(value) : value);
  return {
    event: {
      streamId: 'document-1', id: '3F2504E0-4F89-41D3-9A0C-0305E82C3301', isJson: true, revision: n(7n), type: 'DocumentAssigned',
      created: new Date('2026-03-05T01:02:04.500Z'), data: { assignee: 'u-2' }, metadata: chainedMetadata,
      position: { commit: n(123_456n), prepare: n(123_456n) },
      ...overrides,
    },
    commitPosition: from === 'all' ? n(123_456n) : undefined,
  } as unknown as ResolvedEvent;
}

describe('EventStoreDB mapping (pure, no server)', () => {
  it('maps a client event identically whether positions and revisions arrive as number or bigint (client #423, #513)', () => {
    for (const from of ['stream', 'all'] as const) {
      const fromNumbers = toRecordedEvent(clientEvent('number', from));
      const fromBigints = toRecordedEvent(clientEvent('bigint', from));
      expect(fromNumbers).toEqual(fromBigints);
      expect(fromNumbers).toEqual({
        streamId: 'document-1', revision: 7n, position: 123_456n, eventId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301', type: 'DocumentAssigned',
        data: { assignee: 'u-2' }, metadata: chainedMetadata, recordedAt: '2026-03-05T01:02:04.500Z',
      });
      expect(typeof fromNumbers.revision).toBe('bigint');
      expect(typeof fromNumbers.position).toBe('bigint');
      expect(fromNumbers.revision + 1n).toBe(8n);
    }
  });

  it('takes the commit position from the record, else from the resolved event; rejects the 2^64-1 "no position" sentinel', () => {
    const sentinel = 18_446_744_073_709_551_615n;
    const onlyResolved = { ...clientEvent('bigint', 'all'), event: { ...clientEvent('bigint', 'all').event!, position: undefined } } as ResolvedEvent;
    expect(commitPositionOf(onlyResolved)).toBe(123_456n);
    const oldServerStreamRead = clientEvent('bigint', 'stream', { position: { commit: sentinel, prepare: sentinel } });
    expect(commitPositionOf(oldServerStreamRead)).toBeUndefined();
    expect(() => toRecordedEvent(oldServerStreamRead)).toThrow(/22\.6 or later/);
  });

  it('normalises integers from the client and refuses what cannot be one', () => {
    expect(toBigInt(5, 'x')).toBe(5n);
    expect(toBigInt(5n, 'x')).toBe(5n);
    expect(toBigInt('18446744073709551615', 'x')).toBe(18_446_744_073_709_551_615n);
    expect(() => toBigInt(2 ** 53 + 2, 'x')).toThrow(EventStoreDbMappingError); // precision already lost: never guess
    expect(() => toBigInt(1.5, 'x')).toThrow(EventStoreDbMappingError);
  });

  it('refuses events that are not ours instead of skipping them (binary data, non-object metadata)', () => {
    expect(() => toRecordedEvent(clientEvent('bigint', 'all', { isJson: false, data: new Uint8Array([1]) }))).toThrow(/not a JSON object/);
    expect(() => toRecordedEvent(clientEvent('bigint', 'all', { metadata: undefined }))).toThrow(/metadata/);
  });

  it('recognises system events by a $-prefixed type or stream', () => {
    expect(isSystemEvent(clientEvent('bigint', 'all'))).toBe(false);
    expect(isSystemEvent(clientEvent('bigint', 'all', { type: '$metadata' }))).toBe(true);
    expect(isSystemEvent(clientEvent('bigint', 'all', { streamId: '$stats-127.0.0.1:2113' }))).toBe(true);
    expect(isSystemEvent(clientEvent('bigint', 'all', { streamId: '$$document-1', type: 'x' }))).toBe(true);
    expect(isSystemEvent({ commitPosition: 5n } as AllStreamResolvedEvent)).toBe(true);
  });

  it('makes `after` exclusive: starts at the position itself (ESDB reads inclusively) and drops <= after', () => {
    expect(startPositionAfter(undefined)).toBe('start');
    expect(startPositionAfter(-1n)).toBe('start');
    expect(startPositionAfter(500n)).toEqual({ commit: 500n, prepare: 500n });
    const at = (position: bigint) => ({ position }) as RecordedEvent;
    expect(strictlyAfter([at(400n), at(500n), at(501n), at(900n)], 500n).map((e) => e.position)).toEqual([501n, 900n]);
    expect(strictlyAfter([at(400n)], undefined)).toHaveLength(1);
  });

  it('writes our event as a JSON event: our UUID, type, data, and the chained metadata as JSON metadata', () => {
    const [event] = chain([newEvent(1)], GENESIS_HASH);
    expect(toEventData(event)).toEqual({ id: event.eventId, contentType: 'application/json', type: 'DocumentReceived', data: event.data, metadata: event.metadata });
  });

  it('maps expected revisions to the client constants', () => {
    expect(toClientExpectedRevision('any')).toBe('any');
    expect(toClientExpectedRevision('no_stream')).toBe('no_stream');
    expect(toClientExpectedRevision('exists')).toBe('stream_exists');
    expect(toClientExpectedRevision(41n)).toBe(41n);
  });

  it("reads the client's WrongExpectedVersionError defensively and reports the later of its claim and a read", () => {
    const wev = (current: unknown) => new ClientWrongExpectedVersionError(undefined, { streamName: 's', expected: 3n, current: current as bigint });
    expect(claimedActualRevision(wev(5n))).toBe(5n);
    expect(claimedActualRevision(wev(5))).toBe(5n);
    expect(claimedActualRevision(wev('no_stream'))).toBe('no_stream');
    expect(claimedActualRevision(wev(-1n))).toBe('no_stream');
    expect(claimedActualRevision(wev(true))).toBe('unknown');
    const ours = toWrongExpectedVersion('s', 3n, wev(1n), 9n); // the error claimed 1, the stream says 9
    expect(ours).toBeInstanceOf(WrongExpectedVersionError);
    expect(ours.actual).toBe(9n);
    expect(toWrongExpectedVersion('s', 3n, wev(9n), 1n).actual).toBe(9n); // a read right after the conflict may miss the winner
    expect(toWrongExpectedVersion('s', 3n, wev('no_stream'), 0n).actual).toBe(0n);
    expect(toWrongExpectedVersion('s', 3n, wev(true), 'no_stream').actual).toBe('no_stream');
    expect(toWrongExpectedVersion('s', 3n, wev(1n)).actual).toBe(1n);
    expect(toWrongExpectedVersion('s', 'no_stream', undefined).actual).toBe('unknown');
  });

  it('maps transient client errors to EventStoreUnavailableError and leaves the others alone', () => {
    const grpc = (code: status, details: string, meta: Record<string, string> = {}): ServiceError => {
      const metadata = new Metadata();
      for (const [key, value] of Object.entries(meta)) metadata.set(key, value);
      return Object.assign(new Error(`${code} ${details}`), { code, details, metadata });
    };
    const transient = [
      new UnavailableError(grpc(status.UNAVAILABLE, 'Connection dropped')),
      new DeadlineExceededError(grpc(status.DEADLINE_EXCEEDED, 'Deadline exceeded')),
      new CancelledError(grpc(status.CANCELLED, 'Cancelled on server')),
      new TimeoutError(grpc(status.ABORTED, 'Operation timed out')),
      new NotLeaderError(grpc(status.NOT_FOUND, 'Leader info available', { 'leader-endpoint-host': 'node2', 'leader-endpoint-port': '2113' })),
      grpc(status.UNAVAILABLE, 'No connection established'),
      new Error('Failed to discover after 10 attempts.'),
    ];
    for (const error of transient) {
      const mapped = mapClientError(error, 'append to s');
      expect(mapped, String(error)).toBeInstanceOf(EventStoreUnavailableError);
      expect((mapped as EventStoreUnavailableError).cause).toBe(error);
    }
    const permanent = [new AccessDeniedError(grpc(status.PERMISSION_DENIED, 'Access denied')), new StreamNotFoundError(undefined, 's'), new TypeError('bug')];
    for (const error of permanent) expect(mapClientError(error, 'read')).toBe(error);
    const ours = new WrongExpectedVersionError('s', 1n, 2n);
    expect(mapClientError(ours, 'append')).toBe(ours);
  });
});

describe('ReadableBatcher (subscription batches with backpressure)', () => {
  it('hands over what is buffered, up to max, waits when empty, and ends with null', async () => {
    const source = new PassThrough({ objectMode: true, highWaterMark: 10 });
    const batcher = new ReadableBatcher<number>(source);
    for (const n of [1, 2, 3, 4, 5]) source.write(n);
    expect(await batcher.next(3)).toEqual([1, 2, 3]);
    expect(await batcher.next(3)).toEqual([4, 5]);
    const pending = batcher.next(3);
    setTimeout(() => source.write(6), 5);
    expect(await pending).toEqual([6]);
    source.end();
    expect(await batcher.next(3)).toBeNull();
  });

  it('delivers what arrived before an error, then throws the error', async () => {
    const source = new PassThrough({ objectMode: true });
    const batcher = new ReadableBatcher<number>(source);
    source.write(1);
    await new Promise((resolve) => setImmediate(resolve));
    source.destroy(new UnavailableError(undefined, 'dropped'));
    const first = await batcher.next(10).catch((error: unknown) => error);
    if (Array.isArray(first)) {
      expect(first).toEqual([1]);
      await expect(batcher.next(10)).rejects.toBeInstanceOf(UnavailableError);
    } else {
      expect(first).toBeInstanceOf(UnavailableError); // a destroyed stream may drop its buffer; the resubscribe re-reads it
    }
  });

  it('reads nothing while the consumer is busy, so the producer is told to stop (backpressure)', async () => {
    const source = new PassThrough({ objectMode: true, highWaterMark: 4 });
    const batcher = new ReadableBatcher<number>(source);
    const accepted = Array.from({ length: 10 }, (_, n) => source.write(n));
    expect(accepted.indexOf(false)).toBeGreaterThan(-1);
    expect(accepted.indexOf(false)).toBeLessThan(9);
    const drained = new Promise((resolve) => source.once('drain', resolve));
    const received: number[] = [];
    while (received.length < 10) received.push(...((await batcher.next(4)) ?? []));
    await drained;
    expect(received).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stop() releases a waiting consumer', async () => {
    const batcher = new ReadableBatcher<number>(new PassThrough({ objectMode: true }));
    const pending = batcher.next(5);
    batcher.stop();
    expect(await pending).toBeNull();
  });
});

describe('KnownEventIds (what a process knows about a stream\'s ids)', () => {
  const at = (eventId: string, revision: bigint) => ({ eventId, revision });

  it('learns only events that continue where its knowledge ends', () => {
    const known = new KnownEventIds();
    expect(known.upTo('s')).toBe(-1n);
    known.learn('s', [at('A', 0n), at('b', 1n)]);
    known.learn('s', [at('b', 1n), at('c', 2n), at('e', 4n)]); // 1 known already, 4 after a gap
    expect(known.upTo('s')).toBe(2n);
    expect(known.revisionOf('s', 'a')).toBe(0n);
    expect(known.revisionOf('s', 'e')).toBeUndefined();
    known.learn('t', [at('x', 3n)]);
    expect(known.upTo('t')).toBe(-1n);
  });

  it('finds an earlier attempt only when all ids sit in order at consecutive revisions', () => {
    const known = new KnownEventIds();
    known.learn('s', ['a', 'b', 'c', 'd'].map((id, i) => at(id, BigInt(i))));
    expect(known.lookUp('s', ['b', 'c'])).toEqual({ found: 'all', lastRevision: 2n });
    expect(known.lookUp('s', ['x', 'y'])).toEqual({ found: 'none' });
    expect(known.lookUp('s', ['c', 'b'])).toEqual({ found: 'conflict' });
    expect(known.lookUp('s', ['b', 'x'])).toEqual({ found: 'conflict' });
    expect(known.lookUp('s', ['x', 'b'])).toEqual({ found: 'conflict' });
    expect(known.lookUp('s', ['a', 'c'])).toEqual({ found: 'conflict' });
    expect(known.lookUp('other', ['a'])).toEqual({ found: 'none' });
  });

  it('forgets least recently used streams beyond its capacity, never the one it is learning', () => {
    const known = new KnownEventIds(4);
    known.learn('s1', [at('a', 0n), at('b', 1n)]);
    known.learn('s2', [at('c', 0n), at('d', 1n)]);
    known.learn('s1', [at('e', 2n)]); // s1 is now the most recent: s2 goes
    expect(known.upTo('s2')).toBe(-1n);
    expect(known.upTo('s1')).toBe(2n);
    known.learn('s3', ['f', 'g', 'h', 'i', 'j'].map((id, i) => at(id, BigInt(i))));
    expect(known.upTo('s3')).toBe(4n);
    expect(known.upTo('s1')).toBe(-1n);
  });
});

/** Adapter logic against a stand-in client that uses the client's own types and error classes (no server here). */
describe('EventStoreDbAdapter on a stand-in client', () => {
  const setup = (options: ConstructorParameters<typeof FakeEsdbClient>[0] = {}, readPageSize?: number) => {
    const client = new FakeEsdbClient(options);
    const adapter = new EventStoreDbAdapter(client, { ...fastRetry, readPageSize });
    return { client, adapter, store: new ChainedEventStore(adapter) };
  };
  const withoutTimes = (events: RecordedEvent[]) => events.map(({ recordedAt: _recordedAt, ...rest }) => rest);

  it('appends and reads back identical events whether the client hands out numbers or bigints', async () => {
    const results = [];
    for (const numbersAtRuntime of [false, true]) {
      uuidCounter = 100;
      const { store } = setup({ numbersAtRuntime });
      const first = await store.append('document-1', [newEvent(1)], 'no_stream');
      const second = await store.append('document-1', [newEvent(2), newEvent(3)], first.nextExpectedRevision);
      const third = await store.append('document-1', [newEvent(4)], 'any');
      const read = await store.readStream('document-1');
      expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n]);
      expect(read.every((e) => typeof e.position === 'bigint' && typeof e.revision === 'bigint')).toBe(true);
      expect(read[1].metadata.prevHash).toBe(read[0].metadata.hash);
      // The append result names the LAST appended event, although the server reports the first one's position.
      expect(second).toEqual({ nextExpectedRevision: 2n, position: read[2].position });
      expect(third).toEqual({ nextExpectedRevision: 3n, position: read[3].position });
      results.push({ read: withoutTimes(read), second, all: withoutTimes(await store.readAll({ maxCount: 10 })), head: await store.headPosition() });
    }
    expect(results[1]).toEqual(results[0]);
  });

  it('reads [] and null for a stream that does not exist', async () => {
    const { adapter } = setup();
    expect(await adapter.readStream('document-missing')).toEqual([]);
    expect(await adapter.readLastEvent('document-missing')).toBeNull();
  });

  it('pages stream reads and honours fromRevision and maxCount', async () => {
    const { store } = setup({}, 2);
    await store.append('document-1', [1, 2, 3, 4, 5].map((n) => newEvent(n)), 'no_stream');
    expect((await store.readStream('document-1')).map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5]);
    expect((await store.readStream('document-1', { fromRevision: 1n, maxCount: 3 })).map((e) => e.revision)).toEqual([1n, 2n, 3n]);
    expect(await store.readStream('document-1', { maxCount: 0 })).toEqual([]);
  });

  it('reports a real conflict as WrongExpectedVersionError with the revision read when the client claims an older one', async () => {
    const { store } = setup({ lyingWrongExpectedVersion: 0n });
    await store.append('document-1', [newEvent(1), newEvent(2), newEvent(3)], 'no_stream');
    const conflict = await store.append('document-1', [newEvent(4)], 0n).catch((error: unknown) => error);
    expect(conflict).toBeInstanceOf(WrongExpectedVersionError);
    expect(conflict).toMatchObject({ streamId: 'document-1', expected: 0n, actual: 2n });
    await expect(store.append('document-1', [newEvent(5)], 'no_stream')).rejects.toMatchObject({ actual: 2n });
    await expect(store.append('document-2', [newEvent(6)], 'exists')).rejects.toMatchObject({ actual: 'no_stream' });
  });

  it('answers an append whose outcome was unknown (connection lost after the write) with its result, written once', async () => {
    const { client, adapter } = setup();
    const events = chain([newEvent(1), newEvent(2)], GENESIS_HASH);
    client.faults.push('unavailable-after-write');
    const result = await adapter.append('document-1', events, 'no_stream');
    const stored = await adapter.readStream('document-1');
    expect(stored.map((e) => e.eventId)).toEqual(events.map((e) => e.eventId));
    expect(result).toEqual({ nextExpectedRevision: 1n, position: stored[1].position, storedAsGiven: true });
    expect(client.appendCalls).toBe(1); // found where it belongs: not sent again
  });

  it('answers a duplicate the server dropped before its first copy was acknowledged with the original result', async () => {
    const { client, store } = setup({ mode: 'dropped-duplicate' });
    const other = new ChainedEventStore(new EventStoreDbAdapter(client, fastRetry));
    const events = [newEvent(1), newEvent(2)];
    const [a, b] = await Promise.all([store.append('document-1', events, 'no_stream'), other.append('document-1', events, 'no_stream')]);
    expect(b).toEqual(a);
    // The dropped copy timed out, then was found where it belongs — or, when its lookup ran before the
    // first copy was readable, sent once more with the same ids and revision: a bounded number of times.
    expect(client.appendCalls).toBeGreaterThanOrEqual(2);
    expect(client.appendCalls).toBeLessThanOrEqual(2 + fastRetry.unknownOutcome.resends);
    expect(await store.readStream('document-1')).toHaveLength(2);
  });

  it('sends an append whose outcome stays unknown a bounded number of times, then reports the store unavailable', async () => {
    const { client, adapter } = setup();
    client.faults.push(...Array.from({ length: 4 }, () => 'unavailable-before-write' as const));
    await expect(adapter.append('document-1', chain([newEvent(1)], GENESIS_HASH), 'no_stream')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    expect(client.appendCalls).toBe(4);
    client.faults.push('unavailable-before-write');
    expect((await adapter.append('document-1', chain([newEvent(2)], GENESIS_HASH), 'no_stream')).nextExpectedRevision).toBe(0n);
  });

  it("reports the winner's revision to the loser although the loser's reads after the conflict do not show it yet", async () => {
    const { client, store } = setup({ mode: 'stale-read-after-conflict' });
    const other = new ChainedEventStore(new EventStoreDbAdapter(client, fastRetry));
    let expected: bigint | 'no_stream' = 'no_stream';
    for (let round = 0; round < 20; round++) {
      const outcomes = await Promise.allSettled([store.append('document-1', [newEvent(round)], expected), other.append('document-1', [newEvent(round)], expected)]);
      const next: bigint = expected === 'no_stream' ? 0n : expected + 1n;
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason)).toEqual([new WrongExpectedVersionError('document-1', expected, next)]);
      expected = next;
    }
  });

  it('refuses an append over the server\'s MaxAppendSize and one to a deleted stream as InvalidAppendError, writing nothing', async () => {
    const { client, store } = setup({ maxAppendSize: 2000 });
    await expect(store.append('document-1', [newEvent(1), { ...newEvent(2), data: { text: 'x'.repeat(2000) } }], 'no_stream'))
      .rejects.toThrow(new InvalidAppendError("append to document-1: larger than the server's MaxAppendSize (2000 bytes); nothing was written"));
    await store.append('document-2', [newEvent(3)], 'no_stream');
    client.tombstone('document-2');
    await expect(store.append('document-2', [newEvent(4)], 0n)).rejects.toThrow(/deleted in EventStoreDB/);
    expect(client.log.map((record) => record.streamId)).toEqual(['document-2']);
  });

  it('reads only the last events of a stream it does not know before appending to it at an exact revision', async () => {
    const { client, store } = setup();
    await store.append('document-1', Array.from({ length: 50 }, (_, n) => newEvent(n)), 'no_stream');
    const fresh = new ChainedEventStore(new EventStoreDbAdapter(client, fastRetry));
    const before = client.streamEventsRead;
    await fresh.append('document-1', [newEvent(50)], 49n);
    // The head for the chain, the last event again to rule out an earlier attempt of this append, the appended one for its position.
    expect(client.streamEventsRead - before).toBe(3);
    expect((await verifyChains(fresh, { streamId: 'document-1' })).ok).toBe(true);
  });

  it('treats a WrongExpectedVersion for events that did land as success (KurrentDB-Client-Dotnet #159)', async () => {
    const { client, adapter } = setup();
    const events = chain([newEvent(1), newEvent(2)], GENESIS_HASH);
    client.faults.push('wrong-expected-version-after-write');
    const result = await adapter.append('document-1', events, 'no_stream');
    const stored = await adapter.readStream('document-1');
    expect(stored).toHaveLength(2);
    expect(result).toEqual({ nextExpectedRevision: 1n, position: stored[1].position, storedAsGiven: true });
  });

  it('answers the original result for a retry that arrives after the stream moved on, in this or another process', async () => {
    const { client, store } = setup();
    const batch1 = [newEvent(1), newEvent(2)];
    const batch2 = [newEvent(3), newEvent(4), newEvent(5)];
    const result1 = await store.append('document-1', batch1, 'no_stream');
    const result2 = await store.append('document-1', batch2, 1n);
    const otherProcess = new ChainedEventStore(new EventStoreDbAdapter(client, fastRetry)); // knows nothing yet
    const appendsBefore = client.appendCalls;
    expect(await store.append('document-1', batch1, 'any')).toEqual(result1); // ESDB alone would store these again
    expect(await otherProcess.append('document-1', batch1, 'any')).toEqual(result1);
    expect(await otherProcess.append('document-1', batch2, 'exists')).toEqual(result2);
    expect(await store.append('document-1', batch2, 0n)).toEqual(result2); // ESDB alone: WrongExpectedVersion
    expect(await otherProcess.append('document-1', batch1, 'no_stream')).toEqual(result1);
    // Sent: the exact retry at an old revision (refused, then found by the read that follows) and the no_stream one (deduplicated there).
    expect(client.appendCalls - appendsBefore).toBe(2);
    expect((await store.readStream('document-1')).map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5]);
  });

  it('refuses a retry that only partly matches or comes in another order', async () => {
    const { store } = setup();
    const original = [newEvent(1), newEvent(2)];
    await store.append('document-1', original, 'no_stream');
    await expect(store.append('document-1', [original[0], newEvent(3)], 1n)).rejects.toMatchObject({ actual: 1n });
    await expect(store.append('document-1', [original[1], original[0]], 1n)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    await expect(store.append('document-1', [newEvent(4), original[1]], 'any')).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await store.readStream('document-1')).toHaveLength(2);
  });

  it('does not call a different append with the same expected revision idempotent', async () => {
    const { adapter } = setup();
    await adapter.append('document-1', chain([newEvent(1)], GENESIS_HASH), 'no_stream');
    await expect(adapter.append('document-1', chain([newEvent(2)], GENESIS_HASH), 'no_stream')).rejects.toMatchObject({ actual: 0n });
  });

  it('reads $all in pages, strictly after `after`, without system events, however the log interleaves them', async () => {
    const { client, store } = setup({}, 3);
    client.writeSystemEvent('$settings', '$settings');
    for (let n = 1; n <= 7; n++) {
      await store.append(`document-${n}`, [newEvent(n)], 'no_stream');
      client.writeSystemEvent();
      if (n % 3 === 0) for (let i = 0; i < 5; i++) client.writeSystemEvent('$$document-1', '$metadata');
    }
    const all = await store.readAll({ maxCount: 100 });
    expect(all.map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const paged: RecordedEvent[] = [];
    let after: bigint | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await store.readAll({ after, maxCount: 2 });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(2);
      paged.push(...page);
      after = page[page.length - 1].position;
    }
    expect(paged).toEqual(all);
    expect(await store.readAll({ after: all[6].position, maxCount: 5 })).toEqual([]);
    expect((await store.readAll({ after: all[2].position, maxCount: 1 })).map((e) => e.data.n)).toEqual([4]);
    expect(await store.readAll({ maxCount: 0 })).toEqual([]);
    await expect(store.readAll({ maxCount: -1 })).rejects.toBeInstanceOf(RangeError);
  });

  it('reports the head as the newest non-system event, -1n for a log without any', async () => {
    const { client, store } = setup({}, 2);
    expect(await store.headPosition()).toBe(-1n);
    client.writeSystemEvent('$settings', '$settings');
    expect(await store.headPosition()).toBe(-1n);
    const { position } = await store.append('document-1', [newEvent(1)], 'no_stream');
    for (let i = 0; i < 7; i++) client.writeSystemEvent();
    expect(await store.headPosition()).toBe(position);
  });

  describe('subscribeToAll', () => {
    const collect = async (store: EventStore, options: { after?: bigint; maxBatch?: number }, until: number, onBatch?: (batch: RecordedEvent[]) => Promise<void> | void) => {
      const batches: RecordedEvent[][] = [];
      const subscription = store.subscribeToAll(options);
      for await (const batch of subscription) {
        batches.push(batch);
        await onBatch?.(batch);
        if (batches.flat().length >= until) break;
      }
      return batches;
    };
    const expectOrderedBatches = (batches: RecordedEvent[][], maxBatch: number) => {
      for (const batch of batches) {
        expect(batch.length).toBeGreaterThan(0);
        expect(batch.length).toBeLessThanOrEqual(maxBatch);
      }
      const positions = batches.flat().map((e) => e.position);
      for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1]);
    };

    it('catches up in non-empty batches of at most maxBatch, then goes live, without system events', async () => {
      const { client, store } = setup();
      for (let n = 1; n <= 7; n++) {
        await store.append(`document-${n}`, [newEvent(n)], 'no_stream');
        client.writeSystemEvent();
        client.writeSystemEvent('$projections-$all', 'ProjectionCheckpoint'); // passes the server's event-type filter
      }
      let appended = false;
      const batches = await collect(store, { maxBatch: 3 }, 9, async () => {
        if (!appended) {
          appended = true;
          setTimeout(() => void store.append('document-8', [newEvent(8), newEvent(9)], 'no_stream'), 5);
        }
      });
      expectOrderedBatches(batches, 3);
      expect(batches.flat().map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    });

    it('resumes strictly after `after` although the server replays from the position inclusively', async () => {
      const { store } = setup();
      const results = [];
      for (let n = 1; n <= 4; n++) results.push(await store.append(`document-${n}`, [newEvent(n)], 'no_stream'));
      const batches = await collect(store, { after: results[1].position }, 2);
      expect(batches.flat().map((e) => e.data.n)).toEqual([3, 4]);
    });

    it('resubscribes after a drop or an end from the last event handed over: no gap, no repeat', async () => {
      const { client, adapter } = setup();
      const drops: unknown[] = [];
      const supervised = new EventStoreDbAdapter(client, { ...fastRetry, onSubscriptionDropped: (error) => drops.push(error) });
      const store = new ChainedEventStore(supervised);
      for (let n = 1; n <= 5; n++) await store.append(`document-${n}`, [newEvent(n)], 'no_stream');
      let round = 0;
      const batches = await collect(store, { maxBatch: 2 }, 12, async () => {
        round++;
        if (round === 1) client.dropSubscriptions(); // mid catch-up, with events still buffered
        if (round === 3) {
          for (let n = 6; n <= 9; n++) await store.append(`document-${n}`, [newEvent(n)], 'no_stream');
          client.endSubscriptions();
        }
        if (round === 5) {
          setTimeout(() => {
            void store.append('document-10', [newEvent(10), newEvent(11), newEvent(12)], 'no_stream').then(() => client.dropSubscriptions());
          }, 10);
        }
      });
      expectOrderedBatches(batches, 2);
      expect(batches.flat().map((e) => e.data.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
      expect(drops.length).toBeGreaterThanOrEqual(2);
      expect(drops.every((error) => error instanceof EventStoreUnavailableError)).toBe(true);
      expect(client.subscribeCalls).toBeGreaterThanOrEqual(3);
      await adapter.close();
    });

    it('survives a drop while waiting live, and delivers what was appended meanwhile exactly once', async () => {
      const { client } = setup();
      const drops: unknown[] = [];
      const store = new ChainedEventStore(new EventStoreDbAdapter(client, { ...fastRetry, onSubscriptionDropped: (error, attempt) => drops.push([error, attempt]) }));
      await store.append('document-1', [newEvent(1)], 'no_stream');
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value.map((e: RecordedEvent) => e.data.n)).toEqual([1]);
      const next = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 5));
      client.dropSubscriptions();
      await store.append('document-2', [newEvent(2), newEvent(3)], 'no_stream');
      expect((await next).value.map((e: RecordedEvent) => e.data.n)).toEqual([2, 3]);
      expect(drops).toHaveLength(1);
      expect(client.subscribeCalls).toBe(2);
      await store.append('document-3', [newEvent(4)], 'no_stream');
      expect((await iterator.next()).value.map((e: RecordedEvent) => e.data.n)).toEqual([4]);
      await subscription.close();
    });

    it('ends with the error when the drop is permanent (access denied) instead of retrying forever', async () => {
      const { client, store } = setup();
      await store.append('document-1', [newEvent(1)], 'no_stream');
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      expect((await iterator.next()).value).toHaveLength(1);
      const next = iterator.next();
      client.dropSubscriptions(new AccessDeniedError(undefined, 'Access denied'));
      await expect(next).rejects.toBeInstanceOf(AccessDeniedError);
      expect(client.liveSubscriptions).toBe(0);
    });

    it('close() ends a waiting consumer and releases the server subscription; adapter.close() disposes the client', async () => {
      const { client, adapter, store } = setup();
      const subscription = store.subscribeToAll();
      const iterator = subscription[Symbol.asyncIterator]();
      const pending = iterator.next();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(client.liveSubscriptions).toBe(1);
      await subscription.close();
      expect(await pending).toEqual({ done: true, value: undefined });
      expect(client.liveSubscriptions).toBe(0);
      const other = store.subscribeToAll();
      const otherNext = other[Symbol.asyncIterator]().next();
      await adapter.close();
      expect(await otherNext).toEqual({ done: true, value: undefined });
      expect(client.disposed).toBe(true);
      expect(() => adapter.subscribeToAll()).toThrow(/closed/);
    });
  });
});

/**
 * The shared conformance suite on the stand-in client, under each of the server's behaviours a naive stand-in hides
 * (`FakeEsdbMode`), at small scale: a stand-in's speed and memory say nothing about the server's.
 */
for (const mode of ['stale-read-after-conflict', 'dropped-duplicate', 'full-buffer'] as const) {
  describeEventStoreConformance(`EventStoreDbAdapter on the stand-in client, ${mode}`, EventStoreDbAdapter.capabilities, async () => {
    const client = new FakeEsdbClient({ mode });
    const stores: EventStore[] = [];
    const open = async (): Promise<EventStore> => {
      const store = new ChainedEventStore(new EventStoreDbAdapter(client, fastRetry));
      stores.push(store);
      return store;
    };
    return { store: await open(), openAnother: open, teardown: async () => void (await Promise.all(stores.map((store) => store.close()))) };
  }, { scale: 'small' });
}

/** The shared conformance suite, against a real server when one is configured (see docs/eventstoredb.md). */
(process.env.EVENTSTORE_CONNECTION_STRING ? describe : describe.skip)('EventStoreDB (real server)', () => {
  const connectionString = process.env.EVENTSTORE_CONNECTION_STRING as string;
  describeEventStoreConformance('EventStoreDbAdapter', EventStoreDbAdapter.capabilities, async () => {
    const stores: EventStore[] = [];
    const open = async (): Promise<EventStore> => {
      const store = new ChainedEventStore(new EventStoreDbAdapter(connectionString));
      stores.push(store);
      return store;
    };
    return {
      store: await open(),
      openAnother: open,
      teardown: async () => {
        await Promise.all(stores.map((store) => store.close()));
      },
    };
  }, { scale: 'full' });
});
