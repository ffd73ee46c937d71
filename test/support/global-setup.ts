import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';
import { PG_ADMIN_URL } from './database';


/**
 * One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one); each test file
 * makes its own database. The workers are started after this and inherit the environment.
 */
export default async function setup(): Promise<void> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    process.env[PG_ADMIN_URL] = external;
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), unsafeFast: true });
  process.env[PG_ADMIN_URL] = pg.url;
  (globalThis as { officeLedgerTestRoot?: { stop: () => Promise<void>; root: string } }).officeLedgerTestRoot = { stop: () => pg.stop(), root };
}
