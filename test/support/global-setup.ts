import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a PostgreSQL server the tests may create databases on. */
    pgAdminUrl: string;
  }
}

/** One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one); each test file makes its own database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('pgAdminUrl', external);
    return async () => undefined;
  }
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), unsafeFast: true });
  project.provide('pgAdminUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
