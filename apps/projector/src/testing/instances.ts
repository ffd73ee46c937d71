import { createPostgresEventStore, type EventStore } from '@office/event-store';
import { createReadModelDataSource, type Projection } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { waitFor } from '../../../../test/support/until-passes';
import { Projector, type ProjectorLogger, type ProjectorOptions } from '../projector';

/** A connection string whose sessions carry `name` in pg_stat_activity (so a drill can cut exactly them). */
export function withApplicationName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('application_name', name);
  return parsed.toString();
}

/** A logger that keeps every line, for assertions. */
export function recordingLogger(): ProjectorLogger & { lines: Array<{ level: string; message: string }> } {
  const lines: Array<{ level: string; message: string }> = [];
  return {
    lines,
    log: (message) => void lines.push({ level: 'log', message }),
    warn: (message) => void lines.push({ level: 'warn', message }),
    error: (message) => void lines.push({ level: 'error', message }),
  };
}

/** One projector "process": its own pools and lock connection, all named after it. */
export interface ProjectorInstance {
  id: string;
  projector: Projector;
  store: EventStore;
  dataSource: DataSource;
  /** As `kill -9` looks to PostgreSQL: nothing more starts, every connection is cut mid-whatever. Answers how many sessions were inside a transaction. */
  kill(admin: DataSource): Promise<{ inTransaction: number }>;
  stop(): Promise<void>;
}

export async function startInstance(url: string, id: string, projections: readonly Projection[], options: ProjectorOptions = {}): Promise<ProjectorInstance> {
  const named = withApplicationName(url, id);
  const store = await createPostgresEventStore(named, { poolSize: 2 });
  const dataSource = createReadModelDataSource(named, 4);
  await dataSource.initialize();
  const projector = new Projector(store, dataSource, projections, { instanceId: id, lockPollMs: 200, heartbeatMs: 500, databaseUrl: named, ...options });
  await projector.start();
  let closed = false;
  const release = async () => {
    if (closed) return;
    closed = true;
    await dataSource.destroy().catch(() => undefined);
    await store.close().catch(() => undefined);
  };
  return {
    id,
    projector,
    store,
    dataSource,
    async kill(admin) {
      projector.halt();
      const [busy] = await admin.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE $1 || '%' AND xact_start IS NOT NULL`, [id]);
      await cut(admin, id);
      await release();
      return { inTransaction: busy.n };
    },
    async stop() {
      await projector.stop();
      await release();
    },
  };
}

/** Terminates every session whose application name starts with `prefix`; answers how many. */
export async function cut(admin: DataSource, prefix: string): Promise<number> {
  const rows: unknown[] = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE $1 || '%' AND pid <> pg_backend_pid()`, [prefix]);
  return rows.length;
}

/** Waits until every named projection has committed `position` (fails fast if one of them failed). */
export async function waitForCheckpoints(db: DataSource, names: readonly string[], position: bigint, timeoutMs = 30_000): Promise<void> {
  await waitFor(
    async () => {
      const rows: Array<{ name: string; position: string; status: string; error: string | null }> = await db.query(
        'SELECT name, position::text AS position, status, error FROM projection_checkpoints WHERE name = ANY($1::varchar[])',
        [names],
      );
      const failed = rows.find((r) => r.status === 'failed');
      if (failed) throw new Error(`projection ${failed.name} failed: ${failed.error}`);
      return rows.length === names.length && rows.every((r) => BigInt(r.position) >= position);
    },
    timeoutMs,
    `${names.join(', ')} to reach ${position}`,
  );
}

/** Every row of each table as JSON, in a stable order (by the whole row). */
export async function tableContents(db: DataSource, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: Array<{ row: unknown }> = await db.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY to_jsonb(t)::text`);
    out[table] = rows.map((r) => r.row);
  }
  return out;
}
