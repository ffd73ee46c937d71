import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { inject } from './provided';
import { ensureDatabase, withDatabase } from '../../libs/runtime/src/databases';

/**
 * The last event written: the log table's max(position). Not `headPosition()`, which stops below the
 * oldest transaction still open anywhere on the server (other test files' included), so two readings of
 * it around a step that appended nothing can differ.
 */
export async function lastWritten(db: { query(sql: string): Promise<Array<{ head: string }>> }): Promise<bigint> {
  const [{ head }] = await db.query('SELECT coalesce(max(position), -1)::text AS head FROM event_store.events');
  return BigInt(head);
}

/** A fresh, empty database on the test server; its connection string. */
export function createTestDatabase(prefix = 'test'): Promise<string> {
  return ensureDatabase(inject('pgAdminUrl'), uniqueName(prefix));
}

/**
 * A fresh database copied from the run's template `kind`, which `build` fills once per run (given
 * the template's connection string, it must close every connection it opened). PostgreSQL copies a
 * small database in milliseconds, where migrating and seeding it costs seconds in every test file.
 *
 * Built lazily by the first worker that asks, not in global setup: the build runs the product's
 * code (TypeORM entities, decorators), which only the workers compile (SWC); global setup runs
 * untransformed. Workers are separate processes, so a PostgreSQL advisory lock on the admin
 * database lets one build while the others wait, and a name the run chose (`pgTemplateRun`) keeps
 * a template of an earlier run, or of earlier code, out of this one on a reused server.
 */
export async function createTestDatabaseFrom(kind: string, build: (url: string) => Promise<void>, prefix = 'test'): Promise<string> {
  const adminUrl = inject('pgAdminUrl');
  const template = `tpl_${kind}_${inject('pgTemplateRun')}`;
  await (ready[template] ??= buildOnce(adminUrl, template, build).catch((error: unknown) => {
    delete ready[template];
    throw error;
  }));
  const database = uniqueName(prefix);
  // Copying needs the template without sessions: a copy in another worker holds one for a moment.
  await withAdmin(adminUrl, (client) => whileInUse(() => client.query(`CREATE DATABASE ${database} TEMPLATE ${template}`)));
  return withDatabase(adminUrl, database);
}

/** Per worker process: the templates known to exist (the lock and the catalogue answer for the other workers). */
const ready: Record<string, Promise<void>> = {};

async function buildOnce(adminUrl: string, template: string, build: (url: string) => Promise<void>): Promise<void> {
  await withAdmin(adminUrl, async (client) => {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      if ((await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template])).rowCount) return;
      // Built under another name and renamed when complete: a build that failed half-way is never cloned.
      const building = `${template}_build`.slice(0, 63);
      await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${building}`);
      await build(withDatabase(adminUrl, building));
      // A session the build's pools left behind (a LISTEN connection closing) would stop every copy.
      await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [building]);
      await whileInUse(() => client.query(`ALTER DATABASE ${building} RENAME TO ${template}`));
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  });
}

/** Retries `work` while PostgreSQL answers 55006 (object in use: a session on the database still going away). */
async function whileInUse<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt === 100) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}
