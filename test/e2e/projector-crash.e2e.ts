import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { DEMO_ORGANISATION, DOCUMENT_EVENT_TYPES, NUMBER_SERIES_EVENT_TYPES, VIETNAM_CALENDAR } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { createReadModelDataSource, migrateReadModels, type Projection } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { writeSyntheticLog } from '../../apps/demo/src/office/synthetic-log';
import { PROJECTIONS } from '../../apps/projector/src/projections';
import { rebuildProjections } from '../../apps/projector/src/rebuild/rebuild';
import { recordingLogger, startInstance, tableContents, waitForCheckpoints, type ProjectorInstance } from '../../apps/projector/src/testing/instances';
import { createTestDatabase, lastWritten } from '../support/database';

/** Counts every application of every event per stream, with no guard at all: applying anything twice shows here. */
const tally: Projection = {
  name: 'event-tally.test',
  handles: new Set<string>([...DOCUMENT_EVENT_TYPES, ...NUMBER_SERIES_EVENT_TYPES]),
  tables: ['test_event_tally'],
  async apply(events, tx) {
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.streamId, (counts.get(e.streamId) ?? 0) + 1);
    await tx.query(
      `INSERT INTO test_event_tally (stream_id, events) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT (stream_id) DO UPDATE SET events = test_event_tally.events + EXCLUDED.events`,
      [[...counts.keys()], [...counts.values()]],
    );
  },
};

const ALL = [...PROJECTIONS, tally];
const TABLES = ALL.flatMap((p) => p.tables);
const KILLS = 20;

/*
 * Crash drill: projector "processes" (each with its own pools and lock connection) are killed at
 * random moments while the office's events pour in — no cleanup, every connection cut, whatever
 * transaction was open rolled back — and replaced, two at a time so that takeovers happen too.
 * Afterwards the read models must be exactly what a clean rebuild from the log gives, and no event
 * may have been applied twice.
 */
describe('projector killed at random points during a load', () => {
  let url: string;
  let store: EventStore;
  let db: DataSource;
  const kills: Array<{ inTransaction: number; duringLoad: boolean }> = [];
  let live: Record<string, unknown[]>;

  beforeAll(async () => {
    url = await createTestDatabase('crash');
    store = await createPostgresEventStore(url, { poolSize: 6 });
    db = createReadModelDataSource(url, 4);
    await db.initialize();
    await migrateReadModels(db);
    await db.query('CREATE TABLE test_event_tally (stream_id text PRIMARY KEY, events integer NOT NULL)');

    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    let next = 0;
    const start = () => startInstance(url, `crash-${next++}`, ALL, { maxBatch: 40, logger: recordingLogger() });
    const alive: ProjectorInstance[] = [await start(), await start()];
    // A realistic office's events written through the store port, paced, for as long as the drill lasts (paced, so the cap of 6,000 events is reached only by a drill far slower than usual).
    let writing = true;
    const drillOver = new AbortController();
    const load = writeSyntheticLog(store, {
      documents: 1_000, maxEvents: 6_000, from: '2025-03-03', to: '2025-04-30', seed: 3, organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR,
      concurrency: 4, stepsPerSecond: 250, signal: drillOver.signal,
    }).finally(() => (writing = false));
    for (let i = 0; i < KILLS; i++) {
      await new Promise((resolve) => setTimeout(resolve, 60 + random() * 400));
      const victim = alive.splice(Math.floor(random() * alive.length), 1)[0];
      kills.push({ ...(await victim.kill(db)), duringLoad: writing });
      alive.push(await start());
    }
    drillOver.abort();
    await load;
    expect(writing).toBe(false);
    await waitForCheckpoints(db, ALL.map((p) => p.name), await lastWritten(db), 60_000);
    for (const instance of alive) await instance.stop();
    live = await tableContents(db, TABLES);
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('killed the projector 20 times, several of them inside a transaction', () => {
    expect(kills).toHaveLength(KILLS);
    expect(kills.filter((k) => k.inTransaction > 0).length).toBeGreaterThan(0);
    expect(kills.filter((k) => k.duringLoad).length).toBeGreaterThanOrEqual(15);
    console.log(`kills inside a transaction: ${kills.filter((k) => k.inTransaction > 0).length}/${KILLS}, during the load: ${kills.filter((k) => k.duringLoad).length}/${KILLS}`);
  });

  it('applied every event exactly once (no double counting)', async () => {
    const expected: Array<{ stream_id: string; events: number }> = await db.query(
      `SELECT stream_id, count(*)::int AS events FROM event_store.events GROUP BY stream_id ORDER BY stream_id`,
    );
    const counted: Array<{ stream_id: string; events: number }> = await db.query('SELECT stream_id, events FROM test_event_tally ORDER BY stream_id');
    expect(expected.reduce((n, r) => n + r.events, 0)).toBeGreaterThanOrEqual(1_000);
    expect(counted).toEqual(expected);
  });

  it('ends with read models identical to a clean rebuild from the log', async () => {
    await rebuildProjections(store, db, ALL, { databaseUrl: url, batchSize: 300, bufferSize: 25 }); // a small buffer: many rows leave it early
    const rebuilt = await tableContents(db, TABLES);
    for (const table of TABLES) expect(rebuilt[table], table).toEqual(live[table]);
    expect(live.rm_document_summaries.length).toBeGreaterThan(100);
  });
});
