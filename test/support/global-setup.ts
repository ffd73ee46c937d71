import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Connection string of a PostgreSQL server the tests may create databases on. */
    pgAdminUrl: string;
    /** This run's mark in the names of template databases (database.ts `createTestDatabaseFrom`). */
    pgTemplateRun: string;
  }
}

/** One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one); each test file makes its own database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = randomBytes(4).toString('hex');
  project.provide('pgTemplateRun', run);
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('pgAdminUrl', external);
    return () => dropTemplates(external, run);
  }
  const root = mkdtempSync(join(tmpdir(), 'office-ledger-test-'));
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg'), unsafeFast: true });
  project.provide('pgAdminUrl', pg.url);
  return async () => {
    await pg.stop();
    rmSync(root, { recursive: true, force: true });
  };
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
