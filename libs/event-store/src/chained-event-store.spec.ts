import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { createTestDatabase } from '../../../test/support/database';
import { ChainedEventStore } from './chained-event-store';
import { WrongExpectedVersionError } from './errors';
import type { EventStoreAdapter, NewEvent } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { verifyChains } from './verify-chains';

/**
 * What the chain layer reads and when, on PostgreSQL: the adapter is wrapped so the test can count what is read
 * and let another process write between the chain layer's head read and its append.
 */
describe('ChainedEventStore on PostgreSQL', () => {
  let adapter: PostgresEventStore;
  let other: ChainedEventStore;

  beforeAll(async () => {
    adapter = new PostgresEventStore({ connectionString: await createTestDatabase('chained'), poolSize: 4 });
    await adapter.migrate();
    other = new ChainedEventStore(adapter);
  });

  afterAll(() => adapter?.close());

  it('reads only the last event of a stream it does not know before appending to it, and nothing before its next append', async () => {
    const streamId = `chained-${randomUUID()}`;
    await other.append(streamId, Array.from({ length: 50 }, () => newEvent()), 'no_stream');
    const { store, read } = watched(adapter);
    await store.append(streamId, [newEvent()], 49n);
    expect(read.events).toBe(1);
    await store.append(streamId, [newEvent()], 50n); // the hash it wrote is the one stored
    await store.append(streamId, [newEvent()], 'any');
    expect(read.events).toBe(1);
    expect((await verifyChains(store, { streamId })).ok).toBe(true);
  });

  it('refuses an append expecting a revision the stream reaches only after the head was read, instead of chaining onto the older head', async () => {
    const streamId = `chained-${randomUUID()}`;
    await other.append(streamId, [newEvent()], 'no_stream');
    // Another process takes the stream from revision 0 to 1 right after this one read its head.
    const { store } = watched(adapter, () => other.append(streamId, [newEvent()], 0n));
    await expect(store.append(streamId, [newEvent()], 1n)).rejects.toEqual(new WrongExpectedVersionError(streamId, 1n, 0n));
    expect(await verifyChains(other, { streamId })).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 2 });
  });
});

/** The adapter with the events it hands out counted; `afterHeadRead` runs once, after the first `readLastEvent`. */
function watched(adapter: EventStoreAdapter, afterHeadRead?: () => Promise<unknown>): { store: ChainedEventStore; read: { events: number } } {
  const read = { events: 0 };
  let hook = afterHeadRead;
  const wrapper: EventStoreAdapter = {
    capabilities: adapter.capabilities,
    append: (...args) => adapter.append(...args),
    readStream: async (...args) => {
      const events = await adapter.readStream(...args);
      read.events += events.length;
      return events;
    },
    readStreams: async (streamIds) => {
      const streams = await adapter.readStreams(streamIds);
      read.events += streams.reduce((n, events) => n + events.length, 0);
      return streams;
    },
    readLastEvent: async (streamId) => {
      const last = await adapter.readLastEvent(streamId);
      if (last) read.events++;
      const once = hook;
      hook = undefined;
      await once?.();
      return last;
    },
    readAll: (options) => adapter.readAll(options),
    headPosition: () => adapter.headPosition(),
    subscribeToAll: (options) => adapter.subscribeToAll(options),
    close: async () => undefined, // the shared adapter is closed once, after all tests
  };
  return { store: new ChainedEventStore(wrapper), read };
}

function newEvent(): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'ChainChecked',
    data: {},
    metadata: { actorId: 'spec', actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
  };
}
