import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { InvalidAppendError, WrongExpectedVersionError } from '../errors';
import {
  MAX_STREAMS_PER_READ, type AdapterCapabilities, type AppendResult, type EventStore, type ExpectedRevision, type JsonObject, type NewEvent, type RecordedEvent,
} from '../event-store.port';
import { eventHash, GENESIS_HASH } from '../hash-chain';
import { verifyChains } from '../verify-chains';

/** Which edits behind the store's back the subject can make (its `tamper`): declared when the suite is defined. */
export type Tampering = 'none' | 'edit' | 'edit-and-swap';

/**
 * How much the scale tests write. `full` for a real store (PostgreSQL, a real EventStoreDB): its speed and
 * memory under a large log are what they measure. `small` for a stand-in client, whose behaviour at scale says
 * nothing about a server: the same properties at sizes that still read many pages and still hand a live
 * subscriber many batches (its maxBatch shrinks with the events), without the heap measurement, which needs
 * the full size to tell a reader that keeps what it read from the noise.
 *
 * The full sizes are what the properties need, no more (#10: they were 100,000 and 20,000, 45 s of a loaded
 * run): 50,000 events are 50 pages of readAll, and kept they would take ~35 MB, twice the 16 MB bound, so a
 * reader that keeps what it read still fails it; 8,000 live events from 8 writers are 1,000 appends or more
 * racing their commits, delivered in 16 batches or more.
 */
export type Scale = 'full' | 'small';

const SIZES = {
  full: { largeLog: 50_000, perAppend: 100, readPage: 1_000, liveEvents: 8_000, liveBatch: 500, verifyPage: 5_000 },
  small: { largeLog: 4_000, perAppend: 20, readPage: 100, liveEvents: 2_000, liveBatch: 50, verifyPage: 500 },
} as const satisfies Record<Scale, Record<string, number>>;

/** What the suite is told up front, so that its test names and skips are known before the subject exists. */
export interface ConformanceOptions {
  scale: Scale;
  tampering?: Tampering;
}

/** What an adapter's spec hands to the suite. */
export interface ConformanceSubject {
  /** A `ChainedEventStore` over the adapter, on empty or shared storage (tests use fresh stream names). */
  store: EventStore;
  /** A second, independent instance on the same storage, as another process would have; `teardown` closes it. */
  openAnother?(): Promise<EventStore>;
  /** Edits behind the store's back, as a rogue administrator would. */
  tamper?: {
    alterData(streamId: string, revision: bigint): Promise<void>;
    deleteEvent(streamId: string, revision: bigint): Promise<void>;
    swapEvents?(streamId: string, a: bigint, b: bigint): Promise<void>;
  };
  teardown(): Promise<void>;
}

/**
 * The semantics every adapter must have (ARCHITECTURE.md, "The event store port"). Tests share one
 * storage and run in order; each works on streams of its own and filters the global log by them.
 * `capabilities` are the adapter's declared ones (its static `capabilities`): each is tested for what it promises.
 */
export function describeEventStoreConformance(name: string, capabilities: AdapterCapabilities, factory: () => Promise<ConformanceSubject>, options: ConformanceOptions): void {
  const { scale, tampering = 'none' } = options;
  const sizes = SIZES[scale];
  // Known before the tests run, so that a test the subject cannot serve is reported skipped, not passed.
  const itEdits = tampering === 'none' ? it.skip : it;
  const itSwaps = tampering === 'edit-and-swap' ? it : it.skip;
  describe(`event store conformance: ${name} (${scale} scale)`, () => {
    let subject: ConformanceSubject;
    let store: EventStore;
    /** Another instance when the subject offers one, so races cross processes; else the same store. */
    let second: EventStore;
    /** The stream whose data the first tamper test alters. */
    let altered: { streamId: string; read: RecordedEvent[] };

    beforeAll(async () => {
      subject = await factory();
      if ((tampering !== 'none') !== Boolean(subject.tamper) || (tampering === 'edit-and-swap') !== Boolean(subject.tamper?.swapEvents)) {
        throw new Error(`the subject's tamper functions do not match the declared tampering "${tampering}"`);
      }
      store = subject.store;
      second = subject.openAnother ? await subject.openAnother() : store;
      // Written first, so that the whole-log walk that must name its altered event reads a few events, not the large log.
      if (tampering !== 'none') altered = await appendFive('altered');
    });

    afterAll(() => subject?.teardown());

    describe('appending and reading a stream', () => {
      it('creates a stream with no_stream and chains, numbers and positions its events', async () => {
        const streamId = stream('create');
        const events = [newEvent({ title: 'Công văn số 12/UBND', pages: 3 }), newEvent({ nested: { list: [1, 'a', null, true] } }), newEvent()];
        const first = await store.append(streamId, events, 'no_stream');
        expect(first.nextExpectedRevision).toBe(2n);
        const more = await store.append(streamId, [newEvent(), newEvent()], 2n);
        expect(more.nextExpectedRevision).toBe(4n);
        expect(more.position).toBeGreaterThan(first.position);

        const read = await store.readStream(streamId);
        expect(read.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect(read[2].position).toBe(first.position);
        expect(read[4].position).toBe(more.position);
        expectIncreasing(read.map((e) => e.position));
        read.forEach((event, i) => {
          expect(event.streamId).toBe(streamId);
          expect(Number.isNaN(Date.parse(event.recordedAt))).toBe(false);
          expect(event.recordedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
          expect(event.metadata.prevHash).toBe(i === 0 ? GENESIS_HASH : read[i - 1].metadata.hash);
          expect(eventHash(event)).toBe(event.metadata.hash);
        });
        events.forEach((sent, i) => {
          expect(read[i]).toMatchObject({ eventId: sent.eventId, type: sent.type, data: sent.data });
          expect(read[i].metadata).toEqual({ ...sent.metadata, prevHash: read[i].metadata.prevHash, hash: read[i].metadata.hash });
        });
      });

      it('reads from a revision, at most a count, and nothing for a missing stream', async () => {
        const streamId = stream('read');
        await store.append(streamId, newEvents(10), 'no_stream');
        expect((await store.readStream(streamId, { fromRevision: 7n })).map((e) => e.revision)).toEqual([7n, 8n, 9n]);
        expect((await store.readStream(streamId, { fromRevision: 2n, maxCount: 3 })).map((e) => e.revision)).toEqual([2n, 3n, 4n]);
        expect(await store.readStream(streamId, { fromRevision: 10n })).toEqual([]);
        expect(await store.readStream(stream('missing'))).toEqual([]);
      });

      it('reads several streams at once, each whole as readStream gives it, in the order asked, [] for a missing one', async () => {
        const [a, b, c, missing] = [stream('many-a'), stream('many-b'), stream('many-c'), stream('many-missing')];
        await store.append(a, newEvents(3), 'no_stream');
        await store.append(b, newEvents(1), 'no_stream');
        await store.append(a, newEvents(2), 2n); // a's events are not next to each other in the log
        await store.append(c, newEvents(4), 'no_stream');
        const asked = [c, missing, a, b];
        const streams = await store.readStreams(asked);
        expect(streams).toEqual(await Promise.all(asked.map((streamId) => store.readStream(streamId))));
        expect(streams.map((events) => events.map((e) => e.revision))).toEqual([[0n, 1n, 2n, 3n], [], [0n, 1n, 2n, 3n, 4n], [0n]]);
        expect(await store.readStreams([])).toEqual([]);
        await expect(store.readStreams(Array.from({ length: MAX_STREAMS_PER_READ + 1 }, () => missing))).rejects.toThrow(RangeError);
      });

      it('appends and reads another stream in one call: the append chained as any, the read as readStream gives it', async () => {
        const [log, read, missing] = [stream('aar-log'), stream('aar-read'), stream('aar-missing')];
        await store.append(read, newEvents(4), 'no_stream');
        const first = await store.appendAndRead(log, [newEvent()], 'any', { streamId: read });
        expect(first.read).toEqual(await store.readStream(read));
        const second = await store.appendAndRead(log, [newEvent()], 0n, { streamId: read, fromRevision: 2n });
        expect(second.read).toEqual(await store.readStream(read, { fromRevision: 2n }));
        expect(second.appended.nextExpectedRevision).toBe(1n);
        expect((await store.appendAndRead(log, newEvents(2), 'exists', { streamId: missing })).read).toEqual([]);
        expect((await store.appendAndRead(log, [newEvent()], 'any', { streamId: read, fromRevision: 4n })).read).toEqual([]);
        const appended = await store.readStream(log);
        expect(appended.map((e) => e.revision)).toEqual([0n, 1n, 2n, 3n, 4n]);
        expect(appended.at(-1)!.position).toBeGreaterThan(first.appended.position);
        expect(await verifyChains(store, { streamId: log })).toMatchObject({ ok: true });
      });

      it('appendAndRead refuses what append refuses, appending nothing, and a read of the stream it appends to', async () => {
        const [log, read] = [stream('aar-refused'), stream('aar-refused-read')];
        await store.append(log, newEvents(2), 'no_stream');
        await expect(store.appendAndRead(log, [newEvent()], 0n, { streamId: read })).rejects.toThrow(WrongExpectedVersionError);
        await expect(store.appendAndRead(log, [newEvent()], 'any', { streamId: log })).rejects.toThrow(InvalidAppendError);
        expect((await store.readStream(log)).length).toBe(2);
      });

      it('keeps data and metadata exactly as given', async () => {
        const streamId = stream('exact');
        const data: JsonObject = {
          text: 'Quyết định — “trích yếu” 😀 \\ "quoted" \n line', empty: {}, list: [], zero: 0, negative: -12.5, small: 1e-7,
          big: 9007199254740991, flags: [true, false, null], deep: { a: { b: { c: ['x', { d: 1 }] } } }, 'key with spaces': 'v',
        };
        const event = { ...newEvent(data), metadata: { ...newEvent().metadata, causationId: randomUUID(), schemaVersion: 3 } };
        await store.append(streamId, [event], 'no_stream');
        const [read] = await store.readStream(streamId);
        expect(read.data).toEqual(data);
        expect(read.metadata).toEqual({ ...event.metadata, prevHash: GENESIS_HASH, hash: read.metadata.hash });
      });

      it('refuses a wrong exact revision and says which revision the stream is at', async () => {
        const streamId = stream('exact-revision');
        await store.append(streamId, newEvents(2), 'no_stream');
        await expectWrongExpectedVersion(store.append(streamId, [newEvent()], 0n), streamId, 0n, 1n);
        await expectWrongExpectedVersion(store.append(streamId, [newEvent()], 5n), streamId, 5n, 1n);
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('refuses no_stream on an existing stream', async () => {
        const streamId = stream('no-stream');
        await store.append(streamId, newEvents(2), 'no_stream');
        await expectWrongExpectedVersion(store.append(streamId, [newEvent()], 'no_stream'), streamId, 'no_stream', 1n);
        expect(await store.readStream(streamId)).toHaveLength(2);
      });

      it('refuses exists and an exact revision on a missing stream', async () => {
        const streamId = stream('missing');
        await expectWrongExpectedVersion(store.append(streamId, [newEvent()], 'exists'), streamId, 'exists', 'no_stream');
        await expectWrongExpectedVersion(store.append(streamId, [newEvent()], 0n), streamId, 0n, 'no_stream');
        expect(await store.readStream(streamId)).toEqual([]);
      });

      it('refuses stream names and event types that start with $ (EventStoreDB keeps them out of $all)', async () => {
        const streamId = stream('reserved');
        await expect(store.append(`$${streamId}`, [newEvent()], 'no_stream')).rejects.toBeInstanceOf(InvalidAppendError);
        await expect(store.append(streamId, [newEvent(), { ...newEvent(), type: '$metadata' }], 'no_stream')).rejects.toBeInstanceOf(InvalidAppendError);
        expect(await store.readStream(streamId)).toEqual([]);
      });

      it('always appends with any, and with exists once the stream is there', async () => {
        const streamId = stream('any');
        expect((await store.append(streamId, [newEvent()], 'any')).nextExpectedRevision).toBe(0n);
        expect((await store.append(streamId, newEvents(2), 'any')).nextExpectedRevision).toBe(2n);
        expect((await second.append(streamId, [newEvent()], 'any')).nextExpectedRevision).toBe(3n);
        expect((await store.append(streamId, [newEvent()], 'exists')).nextExpectedRevision).toBe(4n);
        expect((await verifyChains(store, { streamId })).ok).toBe(true);
      });
    });

    describe('optimistic concurrency', () => {
      it('lets exactly one of two concurrent appends at the same expected revision win, 200 times in a row', async () => {
        const streamId = stream('race');
        let expected: bigint | 'no_stream' = 'no_stream';
        for (let round = 0; round < 200; round++) {
          const outcomes = await Promise.allSettled([
            store.append(streamId, [newEvent({ round, writer: 'a' })], expected),
            second.append(streamId, [newEvent({ round, writer: 'b' })], expected),
          ]);
          const won = outcomes.filter((o): o is PromiseFulfilledResult<AppendResult> => o.status === 'fulfilled');
          const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
          expect(won, `round ${round}`).toHaveLength(1);
          const next: bigint = expected === 'no_stream' ? 0n : expected + 1n;
          expect(won[0].value.nextExpectedRevision).toBe(next);
          expect(lost[0].reason).toBeInstanceOf(WrongExpectedVersionError);
          expect((lost[0].reason as WrongExpectedVersionError).actual).toBe(next);
          expected = next;
        }
        expect(await store.readStream(streamId)).toHaveLength(200);
        expect((await verifyChains(store, { streamId })).ok).toBe(true);
      });
    });

    describe('idempotent appends', () => {
      it('appends nothing when the same event ids come again, and answers the original result', async () => {
        const streamId = stream('retry');
        const batch1 = newEvents(2);
        const batch2 = newEvents(3);
        const result1 = await store.append(streamId, batch1, 'no_stream');
        expect(await store.append(streamId, batch1, 'no_stream')).toEqual(result1);
        const result2 = await store.append(streamId, batch2, 1n);
        expect(await second.append(streamId, batch2, 1n)).toEqual(result2);
        // Retries that arrive after the stream moved on, with whatever expectation the first try had.
        expect(await second.append(streamId, batch1, 'no_stream')).toEqual(result1);
        expect(await store.append(streamId, batch1, 'any')).toEqual(result1);
        expect(await store.append(streamId, batch2, 'exists')).toEqual(result2);
        expect(await store.append(streamId, batch2, 0n)).toEqual(result2);
        expect((await store.readStream(streamId)).map((e) => e.eventId)).toEqual([...batch1, ...batch2].map((e) => e.eventId));
      });

      it('refuses a retry that only partly matches', async () => {
        const streamId = stream('partial');
        const original = newEvents(2);
        await store.append(streamId, original, 'no_stream');
        await expectWrongExpectedVersion(store.append(streamId, [original[0], newEvent()], 1n), streamId, 1n);
        await expectWrongExpectedVersion(store.append(streamId, [original[1], original[0]], 1n), streamId, 1n);
        await expectWrongExpectedVersion(store.append(streamId, [newEvent(), original[1]], 1n), streamId, 1n);
        expect((await store.readStream(streamId)).map((e) => e.eventId)).toEqual(original.map((e) => e.eventId));
      });

      if (capabilities.globalEventIdUniqueness) {
        it('refuses ids that belong to another stream (capability globalEventIdUniqueness)', async () => {
          const { original, elsewhere } = await appendTwoAndPickAnotherStream();
          await expectWrongExpectedVersion(store.append(elsewhere, original, 'no_stream'), elsewhere, 'no_stream');
          expect(await store.readStream(elsewhere)).toEqual([]);
        });
      } else {
        it('stores ids of another stream again, as new events (no globalEventIdUniqueness: callers derive ids per stream)', async () => {
          const { original, elsewhere } = await appendTwoAndPickAnotherStream();
          expect((await store.append(elsewhere, original, 'no_stream')).nextExpectedRevision).toBe(1n);
          expect((await store.readStream(elsewhere)).map((e) => e.eventId)).toEqual(original.map((e) => e.eventId));
          expect((await verifyChains(store, { streamId: elsewhere })).ok).toBe(true);
        });
      }

      it('answers the original result to a retry with the same ids but new metadata, and the next append still chains onto what is stored', async () => {
        for (const target of [store, second]) {
          const streamId = stream('retry-metadata');
          const original = newEvents(2);
          const result = await store.append(streamId, original, 'no_stream');
          // A retried request rebuilds its envelope: same derived ids, a later occurredAt and another correlation id.
          const rebuilt = original.map((event) => ({ ...event, metadata: { ...event.metadata, occurredAt: new Date(Date.parse(event.metadata.occurredAt) + 1000).toISOString(), correlationId: randomUUID() } }));
          expect(await target.append(streamId, rebuilt, 'no_stream')).toEqual(result);
          await target.append(streamId, [newEvent()], result.nextExpectedRevision);
          await target.append(streamId, [newEvent()], 'any');
          expect(await verifyChains(store, { streamId })).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 4 });
        }
      });

      it('stores events once when the same append runs twice at the same time', async () => {
        for (let round = 0; round < 20; round++) {
          const streamId = stream('twin');
          const events = newEvents(3);
          const [a, b] = await Promise.all([store.append(streamId, events, 'no_stream'), second.append(streamId, events, 'no_stream')]);
          expect(a).toEqual(b);
          expect(await store.readStream(streamId)).toHaveLength(3);
        }
      });
    });

    // A store may write appends that arrive together in one transaction (PostgreSQL's group commit): each must still keep its own outcome.
    describe('appends arriving together', () => {
      it('keeps every one of 64 concurrent appends to as many streams, each at its own expected revision', async () => {
        const existing = Array.from({ length: 32 }, () => stream('together-existing'));
        await Promise.all(existing.map((streamId) => store.append(streamId, newEvents(2), 'no_stream')));
        const fresh = Array.from({ length: 32 }, () => stream('together-fresh'));
        const results = await Promise.all([
          ...existing.map((streamId, i) => (i % 2 === 0 ? store : second).append(streamId, newEvents(1 + (i % 3)), 1n)),
          ...fresh.map((streamId, i) => (i % 2 === 0 ? second : store).append(streamId, newEvents(1 + (i % 4)), 'no_stream')),
        ]);
        results.slice(0, 32).forEach((result, i) => expect(result.nextExpectedRevision).toBe(1n + BigInt(1 + (i % 3))));
        results.slice(32).forEach((result, i) => expect(result.nextExpectedRevision).toBe(BigInt(i % 4)));
        expect(new Set(results.map((r) => r.position)).size).toBe(64);
        for (const streamId of [...existing, ...fresh]) expect((await verifyChains(store, { streamId })).ok).toBe(true);
      });

      it('fails only the append whose expectation is wrong, never the others of the same burst', async () => {
        for (let round = 0; round < 10; round++) {
          const good = Array.from({ length: 12 }, () => stream('burst-good'));
          const stale = stream('burst-stale');
          const contested = stream('burst-contested');
          const retried = stream('burst-retried');
          const retry = newEvents(2);
          await Promise.all([...good, stale, contested].map((streamId) => store.append(streamId, newEvents(2), 'no_stream')));
          const original = await store.append(retried, retry, 'no_stream');
          const { original: taken, elsewhere } = await appendTwoAndPickAnotherStream();

          const outcomes = await Promise.allSettled([
            ...good.map((streamId) => store.append(streamId, [newEvent({ round })], 1n)),
            store.append(stale, [newEvent()], 0n),
            store.append(stale, [newEvent()], 'no_stream'),
            store.append(contested, [newEvent({ writer: 'a' })], 1n),
            store.append(contested, [newEvent({ writer: 'b' })], 1n),
            store.append(retried, retry, 'no_stream'),
            store.append(elsewhere, taken, 'no_stream'),
          ]);
          const [staleExact, staleNoStream, contestedA, contestedB, retriedAgain, takenIds] = outcomes.slice(good.length);
          outcomes.slice(0, good.length).forEach((outcome) => expect(outcome).toMatchObject({ status: 'fulfilled', value: { nextExpectedRevision: 2n } }));
          expect(staleExact).toMatchObject({ status: 'rejected', reason: { name: 'WrongExpectedVersionError', streamId: stale, expected: 0n, actual: 1n } });
          expect(staleNoStream).toMatchObject({ status: 'rejected', reason: { name: 'WrongExpectedVersionError', streamId: stale, expected: 'no_stream', actual: 1n } });
          expect([contestedA, contestedB].map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
          expect(retriedAgain).toEqual({ status: 'fulfilled', value: original });
          expect(takenIds.status).toBe(capabilities.globalEventIdUniqueness ? 'rejected' : 'fulfilled');

          for (const streamId of good) expect(await store.readStream(streamId)).toHaveLength(3);
          expect(await store.readStream(stale)).toHaveLength(2);
          expect(await store.readStream(contested)).toHaveLength(3);
          expect(await store.readStream(retried)).toHaveLength(2);
          expect((await verifyChains(store, { streamId: contested })).ok).toBe(true);
        }
      });

      it('never lets a live subscriber skip an event: 32 writers of single events on two instances, each delivered once, in order', async () => {
        const from = await store.headPosition();
        const prefix = `no-skip-${randomUUID()}`;
        const subscription = store.subscribeToAll({ after: from, maxBatch: 100 });
        const delivered = new Map<string, bigint>();
        let last = from;
        let outOfOrder = 0;
        let repeated = 0;
        const acknowledged = new Map<string, bigint>();
        let writing = true;
        const consuming = (async () => {
          for await (const batch of subscription) {
            for (const event of batch) {
              if (event.position <= last) outOfOrder++;
              last = event.position;
              if (!event.streamId.startsWith(prefix)) continue;
              if (delivered.has(event.eventId)) repeated++;
              delivered.set(event.eventId, event.position);
            }
            if (!writing && delivered.size >= acknowledged.size) break;
          }
        })();
        await Promise.all(
          Array.from({ length: 32 }, async (_, writer) => {
            const target = writer % 2 === 0 ? store : second;
            let head: bigint | 'no_stream' = 'no_stream';
            for (let i = 0; i < 40; i++) {
              const event = newEvent({ writer, i });
              const result = await target.append(`${prefix}-${writer}`, [event], head);
              head = result.nextExpectedRevision;
              acknowledged.set(event.eventId, result.position);
            }
          }),
        );
        writing = false;
        await second.append(stream('no-skip-last'), [newEvent()], 'no_stream'); // wakes a subscriber already holding every event
        await withDeadline(consuming, 60_000, () => subscription.close());
        await subscription.close();
        expect({ delivered: delivered.size, outOfOrder, repeated }).toEqual({ delivered: 32 * 40, outOfOrder: 0, repeated: 0 });
        expect(delivered).toEqual(acknowledged);
      });
    });

    describe('global order', () => {
      it('puts an append acknowledged before another started first in readAll, and revisions rise with position', async () => {
        const before = await store.headPosition();
        const streams = Array.from({ length: 16 }, () => stream('order'));
        const appends: { eventId: string; started: number; acknowledged: number; position: bigint }[] = [];
        await Promise.all(
          Array.from({ length: 8 }, async (_, writer) => {
            const target = writer % 2 === 0 ? store : second;
            for (let i = 0; i < 60; i++) {
              const event = newEvent({ writer, i });
              const started = performance.now();
              const { position } = await target.append(streams[(writer * 7 + i * 5) % streams.length], [event], 'any');
              appends.push({ eventId: event.eventId, started, acknowledged: performance.now(), position });
            }
          }),
        );

        // Sweep by start time: every append acknowledged before this one started must have a lower position.
        const byAck = [...appends].sort((a, b) => a.acknowledged - b.acknowledged);
        let acked = 0;
        let highestAcked = -1n;
        for (const append of [...appends].sort((a, b) => a.started - b.started)) {
          while (acked < byAck.length && byAck[acked].acknowledged < append.started) highestAcked = max(highestAcked, byAck[acked++].position);
          expect(highestAcked).toBeLessThan(append.position);
        }

        const streamSet = new Set(streams);
        const log = await readLog(store, before, (e) => streamSet.has(e.streamId), max(...appends.map((a) => a.position)));
        expectIncreasing(log.map((e) => e.position));
        expect(new Map(log.map((e) => [e.eventId, e.position]))).toEqual(new Map(appends.map((a) => [a.eventId, a.position])));
        expectGapFreeStreams(log);
      });

      it(`gives a live subscriber every event of 8 concurrent writers (${grouped(sizes.liveEvents)} in all) once, in position order`, async () => {
        const total = sizes.liveEvents;
        const from = await store.headPosition();
        const prefix = `live-${randomUUID()}`;
        const subscription = store.subscribeToAll({ after: from, maxBatch: sizes.liveBatch });
        const seen = new Set<string>();
        let last = from;
        let repeated = 0;
        let outOfOrder = 0;
        let oversized = 0;
        const consuming = (async () => {
          for await (const batch of subscription) {
            if (batch.length === 0 || batch.length > sizes.liveBatch) oversized++;
            for (const event of batch) {
              if (event.position <= last) outOfOrder++;
              last = event.position;
              if (!event.streamId.startsWith(prefix)) continue;
              if (seen.has(event.eventId)) repeated++;
              seen.add(event.eventId);
            }
            if (seen.size >= total) break;
          }
        })();

        const written = new Set<string>();
        await Promise.all(
          Array.from({ length: 8 }, async (_, writer) => {
            const target = writer % 2 === 0 ? store : second;
            const heads = new Map<string, bigint>();
            for (let count = 0, i = 0; count < total / 8; i++) {
              const streamId = `${prefix}-${writer}-${i % 5}`;
              const events = newEvents(Math.min(1 + ((i * 7) % 10), total / 8 - count), { writer, i });
              const head = heads.get(streamId);
              heads.set(streamId, (await target.append(streamId, events, head ?? 'no_stream')).nextExpectedRevision);
              events.forEach((e) => written.add(e.eventId));
              count += events.length;
            }
          }),
        );
        expect(written.size).toBe(total);
        await withDeadline(consuming, 60_000, () => subscription.close());
        expect({ received: seen.size, repeated, outOfOrder, oversized }).toEqual({ received: total, repeated: 0, outOfOrder: 0, oversized: 0 });
        expect([...written].every((id) => seen.has(id))).toBe(true);
      });

      it('resumes from a checkpoint without loss or repeat, and close() ends the iteration', async () => {
        const before = await store.headPosition();
        const streamId = stream('resume');
        const events = newEvents(10);
        await store.append(streamId, events.slice(0, 5), 'no_stream');
        await second.append(streamId, events.slice(5), 4n);
        const ours = (batch: RecordedEvent[]) => batch.filter((e) => e.streamId === streamId).map((e) => e.eventId);

        const first = store.subscribeToAll({ after: before, maxBatch: 4 });
        const received: string[] = [];
        let checkpoint = before;
        for await (const batch of first) {
          expect(batch.length).toBeGreaterThan(0);
          expect(batch.length).toBeLessThanOrEqual(4);
          received.push(...ours(batch));
          checkpoint = batch[batch.length - 1].position;
          if (received.length >= 4) break;
        }
        expect(await first[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });

        const resumed = second.subscribeToAll({ after: checkpoint, maxBatch: 4 });
        const iterator = resumed[Symbol.asyncIterator]();
        while (received.length < events.length) {
          const next = await withDeadline(iterator.next(), 30_000, () => resumed.close());
          if (next.done) break;
          received.push(...ours(next.value));
        }
        expect(received).toEqual(events.map((e) => e.eventId));

        const pending = iterator.next();
        await new Promise((resolve) => setTimeout(resolve, 50));
        await resumed.close();
        const ended = await withDeadline(pending, 5_000, () => Promise.reject(new Error('close() left next() pending')));
        expect(ended).toEqual({ done: true, value: undefined });
      });
    });

    describe('a large log', () => {
      it(`reads ${grouped(sizes.largeLog)} events with readAll in pages of ${grouped(sizes.readPage)}, in order${scale === 'full' ? ', with bounded memory' : ''}`, async () => {
        const total = sizes.largeLog;
        const before = await store.headPosition();
        const prefix = `large-${randomUUID()}`;
        let last = -1n;
        // Four builders, each with streams of its own.
        await Promise.all(
          Array.from({ length: 4 }, async (_, builder) => {
            const target = builder % 2 === 0 ? store : second;
            const heads = new Map<string, bigint>();
            for (let i = 0; i < total / sizes.perAppend / 4; i++) {
              const streamId = `${prefix}-${builder}-${i % 10}`;
              const head = heads.get(streamId);
              const result = await target.append(streamId, newEvents(sizes.perAppend, { builder, i }), head ?? 'no_stream');
              heads.set(streamId, result.nextExpectedRevision);
              last = max(last, result.position);
            }
          }),
        );
        await waitForHead(store, last);

        const heapBefore = heapAfterCollection();
        const revisions = new Map<string, bigint>();
        let count = 0;
        let previous = before;
        let disorder = 0;
        for (let after = before; after < last; ) {
          const page = await store.readAll({ after, maxCount: sizes.readPage });
          expect(page.length).toBeGreaterThan(0);
          expect(page.length).toBeLessThanOrEqual(sizes.readPage);
          for (const event of page) {
            if (event.position <= previous) disorder++;
            previous = event.position;
            if (!event.streamId.startsWith(prefix)) continue;
            if (event.revision !== (revisions.get(event.streamId) ?? -1n) + 1n) disorder++;
            revisions.set(event.streamId, event.revision);
            count++;
          }
          after = page[page.length - 1].position;
        }
        const growth = heapAfterCollection() - heapBefore;
        expect({ count, disorder }).toEqual({ count: total, disorder: 0 });
        // Kept, 50,000 events would take about 35 MB (100,000: 70 MB); a reader that keeps nothing stays far below this.
        if (scale === 'full') expect(growth).toBeLessThan(16 * 1024 * 1024);
      });
    });

    describe('hash chains', () => {
      it('verify for every stream of the log', async () => {
        const progress: number[] = [];
        const result = await verifyChains(store, { pageSize: sizes.verifyPage, onProgress: (checked) => progress.push(checked) });
        expect(result.firstBroken).toBeUndefined();
        expect(result.ok).toBe(true);
        expect(result.eventsChecked).toBeGreaterThan(sizes.largeLog + sizes.liveEvents);
        expect(result.streamsChecked).toBeGreaterThan(100);
        expectIncreasing(progress);
        expect(progress.at(-1)).toBe(result.eventsChecked);
      });

      it('verify for one stream read page by page', async () => {
        const streamId = stream('verify');
        await store.append(streamId, newEvents(10), 'no_stream');
        await second.append(streamId, newEvents(15), 9n);
        expect(await verifyChains(store, { streamId, pageSize: 10 })).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 25 });
      });

      // The first tamper test also checks the whole log, so it must be the first to break a chain.
      itEdits('name the event whose data was altered in the database', async () => {
        const { streamId, read } = altered;
        await subject.tamper!.alterData(streamId, 2n);
        const broken = { streamId, revision: 2n, eventId: read[2].eventId, position: read[2].position, reason: 'hash mismatch' };
        expect(await verifyChains(store, { streamId })).toMatchObject({ ok: false, firstBroken: broken });
        expect(await verifyChains(store)).toMatchObject({ ok: false, firstBroken: broken });
      });

      itEdits('detect a deleted event', async () => {
        const { streamId, read } = await appendFive('deleted');
        await subject.tamper!.deleteEvent(streamId, 2n);
        expect(await verifyChains(store, { streamId })).toMatchObject({
          ok: false,
          firstBroken: { streamId, revision: 3n, eventId: read[3].eventId, reason: 'revision gap: expected 2, found 3' },
        });
      });

      itSwaps('detect swapped events', async () => {
        const { streamId } = await appendFive('swapped');
        await subject.tamper!.swapEvents!(streamId, 1n, 3n);
        const result = await verifyChains(store, { streamId });
        expect(result.ok).toBe(false);
        expect(result.firstBroken?.revision).toBe(1n);
      });
    });

    async function appendTwoAndPickAnotherStream(): Promise<{ original: NewEvent[]; elsewhere: string }> {
      const original = newEvents(2);
      await store.append(stream('owner'), original, 'no_stream');
      return { original, elsewhere: stream('elsewhere') };
    }

    async function appendFive(label: string): Promise<{ streamId: string; read: RecordedEvent[] }> {
      const streamId = stream(label);
      await store.append(streamId, newEvents(5), 'no_stream');
      const read = await store.readStream(streamId);
      expect((await verifyChains(store, { streamId })).ok).toBe(true);
      return { streamId, read };
    }
  });
}

function stream(label: string): string {
  return `conformance-${label}-${randomUUID()}`;
}

function newEvent(data: JsonObject = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ConformanceChecked',
    data,
    metadata: {
      actorId: 'conformance',
      actorRole: 'clerk',
      correlationId: randomUUID(),
      causationId: null,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
    },
  };
}

function newEvents(count: number, data: JsonObject = {}): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent({ ...data, n }));
}

async function expectWrongExpectedVersion(append: Promise<unknown>, streamId: string, expected: ExpectedRevision, actual?: bigint | 'no_stream'): Promise<void> {
  const error = await append.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  expect(error).toMatchObject({ streamId, expected, ...(actual === undefined ? {} : { actual }) });
}

function expectIncreasing(values: readonly (bigint | number)[]): void {
  const firstDisorder = values.findIndex((value, i) => i > 0 && value <= values[i - 1]);
  expect(firstDisorder, `not increasing at ${firstDisorder}`).toBe(-1);
}

/** In position order, each stream's revisions must run 0, 1, 2, … */
function expectGapFreeStreams(log: readonly RecordedEvent[]): void {
  const revisions = new Map<string, bigint>();
  for (const event of log) {
    expect(event.revision, event.streamId).toBe((revisions.get(event.streamId) ?? -1n) + 1n);
    revisions.set(event.streamId, event.revision);
  }
}

function max(...values: bigint[]): bigint {
  return values.reduce((a, b) => (a > b ? a : b));
}

/** A store may show the log's newest events a moment after acknowledging them (PostgreSQL: until older transactions end). */
async function waitForHead(store: EventStore, position: bigint): Promise<void> {
  const deadline = Date.now() + 30_000;
  while ((await store.headPosition()) < position) {
    if (Date.now() > deadline) throw new Error(`head never reached ${position}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** The events after `after` up to `until` that `keep` selects, read page by page. */
async function readLog(store: EventStore, after: bigint, keep: (event: RecordedEvent) => boolean, until: bigint): Promise<RecordedEvent[]> {
  await waitForHead(store, until);
  const kept: RecordedEvent[] = [];
  for (let from = after; from < until; ) {
    const page = await store.readAll({ after: from, maxCount: 1000 });
    kept.push(...page.filter(keep));
    from = page[page.length - 1].position;
  }
  return kept;
}

/** Awaits `work`; past the deadline, runs `giveUp` (which should make `work` settle) so a failure reports instead of hanging. */
async function withDeadline<T>(work: Promise<T>, ms: number, giveUp: () => Promise<unknown>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  const first = await Promise.race([work, late]);
  clearTimeout(timer);
  if (first !== 'late') return first;
  await giveUp();
  return work;
}

/** The heap in use after a full collection, so that measurements compare live data rather than garbage not yet collected. */
function heapAfterCollection(): number {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

/** 100000 as "100,000", for test names. */
function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
