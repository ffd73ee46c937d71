import { createPostgresEventStore, type EventStore, type RecordedEvent } from '@office/event-store';
import { createReadModelDataSource, migrateReadModels, projectedPosition, type Projection } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { createTestDatabaseFrom, lastWritten } from '../../../../test/support/database';
import { Projector } from '../projector';
import { appendAll, type ScenarioEvent } from './scenario';

/** A fresh database with the event store and the read-model schema: what a projection test needs. */
export interface ProjectionHarness {
  store: EventStore;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function openHarness(): Promise<ProjectionHarness> {
  const url = await createTestDatabaseFrom('projection', migrated, 'projection');
  const store = await createPostgresEventStore(url, { poolSize: 3 });
  const dataSource = createReadModelDataSource(url, 3);
  await dataSource.initialize();
  return {
    store,
    dataSource,
    async close() {
      await dataSource.destroy();
      await store.close();
    },
  };
}

/** The template each harness's database is copied from: the event store's and the read models' schemas, migrated once per run. */
async function migrated(url: string): Promise<void> {
  const store = await createPostgresEventStore(url, { poolSize: 3 });
  const dataSource = createReadModelDataSource(url, 3);
  try {
    await dataSource.initialize();
    await migrateReadModels(dataSource);
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await store.close();
  }
}

/** Keeps the runner's errors, drops its chatter (takeovers, releases). */
export const quietLogger = { log: () => undefined, warn: () => undefined, error: (message: string) => console.error(message) };

/** Runs the real runner until every projection has reached the head of the log, then stops it. */
export async function catchUp(h: ProjectionHarness, projections: readonly Projection[], maxBatch: number): Promise<void> {
  const projector = new Projector(h.store, h.dataSource, projections, { maxBatch, heartbeatMs: 60_000, instanceId: `test-${maxBatch}`, logger: quietLogger });
  await projector.start();
  try {
    // Catching up to `headPosition()` could leave the newest events out (see `lastWritten`).
    const head = await lastWritten(h.dataSource);
    const names = projections.map((p) => p.name);
    const deadline = Date.now() + 30_000;
    while ((await projectedPosition(h.dataSource, names)) < head) {
      const [failed] = await h.dataSource.query(`SELECT name, error FROM projection_checkpoints WHERE status = 'failed' AND name = ANY($1)`, [names]);
      if (failed) throw new Error(`projection ${failed.name} failed: ${failed.error}`);
      if (Date.now() > deadline) throw new Error('projector did not catch up in 30 s');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await projector.stop();
  }
}

/** Forgets a projection: empties its tables and moves its checkpoint back to the start of the log. */
export async function resetProjection(h: ProjectionHarness, projection: Projection, tables: readonly string[]): Promise<void> {
  await h.dataSource.query(`TRUNCATE ${tables.join(', ')}`);
  await h.dataSource.query(`UPDATE projection_checkpoints SET position = -1, status = 'running', error = NULL, failed_position = NULL WHERE name = $1`, [projection.name]);
}

/** A row as PostgreSQL's `to_jsonb` renders it; tests read its columns freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of several tables, compared and inspected as plain JSON
export type JsonRow = Record<string, any>;

/** Every row of a table as JSON, in a stable order: what "same rows" is compared on. */
export async function snapshot(h: ProjectionHarness, table: string, orderBy: string): Promise<JsonRow[]> {
  const rows: Array<{ row: JsonRow }> = await h.dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${orderBy}`);
  return rows.map((r) => r.row);
}

/** The whole log, read in pages. */
export async function wholeLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for (;;) {
    const page = await store.readAll({ after: events.length ? events[events.length - 1].position : undefined, maxCount: 500 });
    if (page.length === 0) return events;
    events.push(...page);
  }
}

/** Applies events directly, outside the runner (no checkpoint guard): what a replay after a crash would do. */
export async function applyDirectly(h: ProjectionHarness, projection: Projection, events: readonly RecordedEvent[]): Promise<void> {
  const handled = events.filter((e) => projection.handles.has(e.type));
  await h.dataSource.transaction((tx) => projection.apply(handled, tx));
}

export interface TableOrder {
  table: string;
  orderBy: string;
}

export async function snapshotAll(h: ProjectionHarness, tables: readonly TableOrder[]): Promise<Record<string, JsonRow[]>> {
  const all: Record<string, JsonRow[]> = {};
  for (const { table, orderBy } of tables) all[table] = await snapshot(h, table, orderBy);
  return all;
}

/**
 * "Live": the events arrive a few at a time while the projector runs (with one projection or
 * several), in small batches that cut across documents, as in production. Answers the rows afterwards.
 */
export async function projectLive(
  h: ProjectionHarness,
  projections: Projection | readonly Projection[],
  events: readonly ScenarioEvent[],
  tables: readonly TableOrder[],
): Promise<Record<string, JsonRow[]>> {
  for (let start = 0; start < events.length; start += 7) {
    await appendAll(h.store, events.slice(start, start + 7));
    await catchUp(h, [projections].flat(), 3);
  }
  return snapshotAll(h, tables);
}
