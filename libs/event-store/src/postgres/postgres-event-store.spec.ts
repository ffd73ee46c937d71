import { randomUUID } from 'node:crypto';
import { Client, Pool } from 'pg';
import { afterEach, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import { waitFor } from '../../../../test/support/until-passes';
import { ChainedEventStore } from '../chained-event-store';
import { InvalidAppendError, WrongExpectedVersionError } from '../errors';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { chain, GENESIS_HASH } from '../hash-chain';
import { describeEventStoreConformance } from '../testing/event-store.conformance';
import { PostgresEventStore } from './postgres-event-store';

describeEventStoreConformance('PostgreSQL', PostgresEventStore.capabilities, async () => {
  const url = await createTestDatabase('conformance');
  const adapters = [await migrated(url)];
  const admin = new Pool({ connectionString: url, max: 2 });
  const events = 'event_store.events';
  return {
    store: new ChainedEventStore(adapters[0]),
    openAnother: async () => {
      adapters.push(await migrated(url));
      return new ChainedEventStore(adapters[adapters.length - 1]);
    },
    tamper: {
      alterData: async (streamId, revision) => {
        await admin.query(`UPDATE ${events} SET data = data || '{"amount": 1000000}' WHERE stream_id = $1 AND revision = $2`, [streamId, revision.toString()]);
      },
      deleteEvent: async (streamId, revision) => {
        await admin.query(`DELETE FROM ${events} WHERE stream_id = $1 AND revision = $2`, [streamId, revision.toString()]);
      },
      // Each event moves to the other's place in the stream and in the log.
      swapEvents: async (streamId, a, b) => {
        await admin.query(
          `WITH gone AS (DELETE FROM ${events} WHERE stream_id = $1 AND revision IN ($2, $3) RETURNING *)
           INSERT INTO ${events} (position, stream_id, revision, event_id, type, data, metadata, recorded_at)
           SELECT place.position, place.stream_id, place.revision, content.event_id, content.type, content.data, content.metadata, content.recorded_at
             FROM gone place JOIN gone content ON content.revision <> place.revision`,
          [streamId, a.toString(), b.toString()],
        );
      },
    },
    teardown: async () => {
      await Promise.all(adapters.map((adapter) => adapter.close()));
      await admin.end();
    },
  };
}, { scale: 'full', tampering: 'edit-and-swap' });

describe('PostgreSQL event store', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function fresh(): Promise<{ url: string; adapter: PostgresEventStore; store: ChainedEventStore; sql: Client }> {
    const url = await createTestDatabase('postgres');
    const adapter = await migrated(url);
    const sql = new Client({ connectionString: url });
    await sql.connect();
    cleanups.push(() => adapter.close(), () => sql.end());
    return { url, adapter, store: new ChainedEventStore(adapter), sql };
  }

  it('delivers an event whose transaction took its position first but committed last, and is not stalled by a rollback', async () => {
    const { store, sql } = await fresh();
    const subscription = store.subscribeToAll({ maxBatch: 10 });
    const received: RecordedEvent[] = [];
    const consuming = (async () => {
      for await (const batch of subscription) received.push(...batch);
    })();
    const holdOpen = async (streamId: string) => {
      await sql.query('BEGIN');
      await sql.query('SELECT * FROM event_store.append_events($1, -2, $2)', [streamId, JSON.stringify(chain([newEvent()], GENESIS_HASH))]);
    };

    await holdOpen('early');
    const later = await store.append('later', [newEvent()], 'no_stream');
    await sleep(300);
    expect(received).toEqual([]);
    await sql.query('COMMIT');
    await waitFor(async () => received.length === 2, 10_000, 'both events delivered', 5);
    expect(received.map((e) => e.streamId)).toEqual(['early', 'later']);
    expect(received[0].position).toBeLessThan(later.position);

    await holdOpen('doomed');
    await store.append('after-rollback', [newEvent()], 'no_stream');
    await sleep(300);
    expect(received).toHaveLength(2);
    await sql.query('ROLLBACK');
    await waitFor(async () => received.length === 3, 10_000, 'the event after the rollback delivered', 5);
    expect(received[2].streamId).toBe('after-rollback');

    await subscription.close();
    await consuming;
  });

  it('migrates once when several processes start together, and again is a no-op', async () => {
    const url = await createTestDatabase('migrate');
    const adapters = Array.from({ length: 6 }, () => new PostgresEventStore({ connectionString: url, poolSize: 1 }));
    cleanups.push(() => Promise.all(adapters.map((a) => a.close())));
    await Promise.all(adapters.map((a) => a.migrate()));
    await Promise.all(adapters.map((a) => a.migrate()));
    const sql = new Client({ connectionString: url });
    await sql.connect();
    const { rows } = await sql.query('SELECT version FROM event_store.schema_migrations ORDER BY version');
    await sql.end();
    expect(rows).toEqual([{ version: 1 }, { version: 2 }]);
    const result = await new ChainedEventStore(adapters[5]).append('after-migration', [newEvent()], 'no_stream');
    expect(result.nextExpectedRevision).toBe(0n);
  });

  it('keeps positions and revisions beyond 2^53 exact, and refuses to migrate a log ahead of the transaction counter', async () => {
    const { adapter, store, sql } = await fresh();
    const position = 2n ** 62n + 12_345n;
    const revision = 2n ** 53n + 1n;
    const [event] = chain([newEvent()], GENESIS_HASH);
    await sql.query(
      `INSERT INTO event_store.events (position, stream_id, revision, event_id, type, data, metadata) VALUES ($1, 'big', $2, $3, $4, $5, $6)`,
      [position.toString(), revision.toString(), event.eventId, event.type, event.data, event.metadata],
    );
    expect(await adapter.readLastEvent('big')).toMatchObject({ position, revision });
    expect((await store.append('big', [newEvent()], revision)).nextExpectedRevision).toBe(revision + 1n);
    expect((await store.readStream('big', { fromRevision: revision + 1n })).map((e) => e.revision)).toEqual([revision + 1n]);
    expect(await adapter.readAll({ after: position - 1n, maxCount: 10 })).toEqual([]);
    await expect(adapter.migrate()).rejects.toThrow(/transaction ids this PostgreSQL cluster has not reached/);
  });

  it('honours any and exists handed straight to the adapter, and maps unforeseen conflicts and bad input', async () => {
    const { adapter, store } = await fresh();
    const next = async (streamId: string, expected: 'any' | 'exists') => {
      const last = await adapter.readLastEvent(streamId);
      return adapter.append(streamId, chain([newEvent()], last?.metadata.hash ?? GENESIS_HASH), expected);
    };
    await expect(next('s', 'exists')).rejects.toMatchObject({ name: 'WrongExpectedVersionError', actual: 'no_stream' });
    expect((await next('s', 'any')).nextExpectedRevision).toBe(0n);
    expect((await next('s', 'exists')).nextExpectedRevision).toBe(1n);
    expect((await next('s', 'any')).nextExpectedRevision).toBe(2n);

    const [taken] = await adapter.readStream('s');
    const clash = adapter.append('other', chain([newEvent(), { ...newEvent(), eventId: taken.eventId }], GENESIS_HASH), 'no_stream');
    await expect(clash).rejects.toEqual(new WrongExpectedVersionError('other', 'no_stream', 'unknown'));
    await expect(adapter.append('empty', [], 'any')).rejects.toBeInstanceOf(InvalidAppendError);
    await expect(store.append('nul', [newEvent({ text: 'a\u0000b' })], 'no_stream')).rejects.toBeInstanceOf(InvalidAppendError);
  });

  it('writes appends that arrive together in one transaction, and retries append by append a group the server refuses', async () => {
    const url = await createTestDatabase('group');
    const adapter = new PostgresEventStore({ connectionString: url, appendTransactions: 1 });
    cleanups.push(() => adapter.close());
    await adapter.migrate();
    const store = new ChainedEventStore(adapter);
    const transactionOf = (position: bigint) => position >> 20n;

    const together = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(`together-${i}`, [newEvent(), newEvent()], 'no_stream')));
    // The first went alone; the 19 that waited for it share the next transaction, numbered one after another within it.
    expect(new Set(together.map((r) => transactionOf(r.position))).size).toBe(2);
    expect(together.slice(1).map((r) => r.position - (transactionOf(r.position) << 20n))).toEqual(Array.from({ length: 19 }, (_, i) => BigInt(i * 2 + 1)));

    const [taken] = await store.readStream('together-0');
    const outcomes = await Promise.allSettled([
      store.append('first', [newEvent()], 'no_stream'),
      ...Array.from({ length: 10 }, (_, i) => store.append(`after-refusal-${i}`, [newEvent()], 'no_stream')),
      // A taken id past the first is found by the unique index only: the server refuses the whole group.
      adapter.append('thief', chain([newEvent(), { ...newEvent(), eventId: taken.eventId }], GENESIS_HASH), 'no_stream'),
    ]);
    expect(outcomes.slice(0, 11).every((o) => o.status === 'fulfilled')).toBe(true);
    expect(outcomes[11]).toEqual({ status: 'rejected', reason: new WrongExpectedVersionError('thief', 'no_stream', 'unknown') });
    expect(await store.readStream('thief')).toEqual([]);
  });

  it('wakes a subscriber of another instance, holds one LISTEN connection while subscribed, and ends subscriptions on close', async () => {
    const { url, adapter, sql } = await fresh();
    const writer = await migrated(url);
    cleanups.push(() => writer.close());
    const listeners = async () =>
      (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`)).rows[0].n;

    const subscription = adapter.subscribeToAll();
    const iterator = subscription[Symbol.asyncIterator]();
    const first = iterator.next();
    await waitFor(async () => (await listeners()) === 1, 10_000, 'one listening session', 5);
    await new ChainedEventStore(writer).append('elsewhere', [newEvent()], 'no_stream');
    expect((await first).value).toMatchObject([{ streamId: 'elsewhere' }]);

    const pending = iterator.next();
    await adapter.close();
    expect(await pending).toEqual({ done: true, value: undefined });
    await waitFor(async () => (await listeners()) === 0, 10_000, 'no listening session', 5);
  });
});

async function migrated(url: string): Promise<PostgresEventStore> {
  const adapter = new PostgresEventStore({ connectionString: url });
  await adapter.migrate();
  return adapter;
}

function newEvent(data: NewEvent['data'] = {}): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'PostgresChecked',
    data,
    metadata: { actorId: 'spec', actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

