import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';
import { provide } from './provided';

/** How global-teardown.ts finds what to undo: jest runs both in its parent process, which keeps this global. */
const TEARDOWN = Symbol.for('office-ledger.test-teardown');
type WithTeardown = typeof globalThis & { [TEARDOWN]?: () => Promise<void> };

/** One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one); each test file makes its own database. */
export default async function setup(): Promise<void> {
  const run = randomBytes(4).toString('hex');
  provide('pgTemplateRun', run);
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    provide('pgAdminUrl', external);
    (globalThis as WithTeardown)[TEARDOWN] = () => dropTemplates(external, run);
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), unsafeFast: true });
  provide('pgAdminUrl', pg.url);
  (globalThis as WithTeardown)[TEARDOWN] = async () => {
    await pg.stop();
    rmSync(root, { recursive: true, force: true });
  };
}

/** Run by global-teardown.ts once every file has finished. */
export async function teardown(): Promise<void> {
  await (globalThis as WithTeardown)[TEARDOWN]?.();
}

/** A reused server keeps the test databases (as before) but not this run's templates, copies of which nobody will ask for again. */
async function dropTemplates(adminUrl: string, run: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'tpl\\_%' AND datname LIKE $1", [`%\\_${run}`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
