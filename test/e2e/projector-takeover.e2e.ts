import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { DEMO_ORGANISATION, VIETNAM_CALENDAR } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { createReadModelDataSource, migrateReadModels, readProjectionsStatus } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { writeSyntheticLog } from '../../apps/demo/src/office/synthetic-log';
import { PROJECTIONS } from '../../apps/projector/src/projections';
import { rebuildProjections, type RebuildProgress } from '../../apps/projector/src/rebuild/rebuild';
import { recordingLogger, startInstance, tableContents, waitForCheckpoints, type ProjectorInstance } from '../../apps/projector/src/testing/instances';
import { waitFor } from '../support/until-passes';
import { createTestDatabase, lastWritten } from '../support/database';

const NAMES = PROJECTIONS.map((p) => p.name);
const TABLES = PROJECTIONS.flatMap((p) => p.tables);
/**
 * How often a projector looks for free projections and for a rebuild's swap requests: the rebuild asks
 * for the projections one after another, each granted at the holder's next look, so 200 ms would make it
 * wait seconds for the whole list.
 */
const LOCK_POLL_MS = 25;
const office = (seed: number, documents: number, from: string, to: string) => ({ documents, from, to, seed, organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, concurrency: 4 });

/*
 * Two projector processes on one database: each projection is held by one of them (advisory
 * lock on a connection held for life); when the holder dies the other takes over within
 * seconds. A rebuild builds fresh tables beside the live ones while readers keep reading, then
 * takes the projections from their holder for the swap and gives them back.
 */
describe('two projectors, takeover and rebuild', () => {
  let url: string;
  let store: EventStore;
  let db: DataSource;
  let a: ProjectorInstance;
  let b: ProjectorInstance;

  beforeAll(async () => {
    url = await createTestDatabase('takeover');
    store = await createPostgresEventStore(url, { poolSize: 6 });
    db = createReadModelDataSource(url, 4);
    await db.initialize();
    await migrateReadModels(db);
    await writeSyntheticLog(store, office(1, 60, '2025-03-03', '2025-03-28'));
    a = await startInstance(url, 'takeover-a', PROJECTIONS, { logger: recordingLogger(), lockPollMs: LOCK_POLL_MS });
    b = await startInstance(url, 'takeover-b', PROJECTIONS, { logger: recordingLogger(), lockPollMs: LOCK_POLL_MS });
  });
  afterAll(async () => {
    await b?.stop();
    await db?.destroy();
    await store?.close();
  });

  it('runs each projection in exactly one of the two processes', async () => {
    await waitForCheckpoints(db, NAMES, await lastWritten(db));
    expect(a.projector.owned().sort()).toEqual([...NAMES].sort());
    expect(b.projector.owned()).toEqual([]);
    const status = await waitFor(async () => {
      const s = await readProjectionsStatus(db, store);
      return s.projections.filter((p) => NAMES.includes(p.name)).every((p) => p.heldBy === 'takeover-a') ? s : null;
    }, 5_000, 'heartbeats naming the holder');
    expect(status.projections.filter((p) => NAMES.includes(p.name)).every((p) => p.lagEvents === 0 && p.status === 'running')).toBe(true);
  });

  it('lets the other take over within seconds when the holder dies, and carries on from its checkpoints', async () => {
    await a.kill(db);
    const killedAt = Date.now();
    await waitFor(async () => b.projector.owned().length === NAMES.length, 10_000, 'b to hold every projection');
    expect(Date.now() - killedAt).toBeLessThan(5_000);
    await writeSyntheticLog(store, office(2, 30, '2025-04-01', '2025-04-11'));
    await waitForCheckpoints(db, NAMES, await lastWritten(db));
  });

  it('rebuilds into fresh tables while readers keep reading the old ones, then swaps them in and the holder resumes', async () => {
    const before = await tableContents(db, TABLES);
    const [{ n: summariesBefore }] = await db.query('SELECT count(*)::int AS n FROM rm_document_summaries');
    let reading = true;
    const seen: number[] = [];
    const errors: unknown[] = [];
    const reader = (async () => {
      while (reading) {
        try {
          const [{ n }] = await db.query('SELECT count(*)::int AS n FROM rm_document_summaries WHERE status IS NOT NULL');
          seen.push(n);
        } catch (error) {
          errors.push(error);
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const phases = new Set<string>();
    const load = writeSyntheticLog(store, { ...office(3, 20, '2025-05-05', '2025-05-09'), stepsPerSecond: 100 });
    const result = await rebuildProjections(store, db, PROJECTIONS, { databaseUrl: url, batchSize: 150, onProgress: (p: RebuildProgress) => phases.add(p.phase) });
    await load;
    reading = false;
    await reader;

    expect(errors).toEqual([]);
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(summariesBefore);
    expect([...phases]).toEqual(['reading', 'indexing', 'waiting for the projector', 'catching up', 'swapping', 'done']);
    expect(result.events).toBeGreaterThan(0);
    // The holder let go for the swap and took every projection back, from the rebuilt checkpoints.
    await waitFor(async () => b.projector.owned().length === NAMES.length, 10_000, 'b to hold every projection again');
    await waitForCheckpoints(db, NAMES, await lastWritten(db));
    const swapped = await tableContents(db, TABLES);
    expect(swapped.rm_document_summaries.length).toBeGreaterThan(before.rm_document_summaries.length);
    // Same indexes as the migrations made, under the same names.
    const indexes = await db.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND tablename = 'rm_document_summaries' ORDER BY 1`);
    expect(indexes.map((i: { indexname: string }) => i.indexname)).toEqual(expect.arrayContaining(['rm_document_summaries_pkey', 'rm_document_summaries_status', 'rm_document_summaries_next_due']));

    // And what the live projector added after the swap is what a clean rebuild gives.
    await b.stop();
    await rebuildProjections(store, db, PROJECTIONS, { databaseUrl: url, batchSize: 1_000 });
    expect(await tableContents(db, TABLES)).toEqual(swapped);
  });
});
