import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GlobalConfig } from 'jest';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/runtime/src/embedded-postgres';
import { hasChromium, startChromiumServer } from './chromium';
import { provide } from './provided';
import { makeRunFolder } from './run-folder';

/** How global-teardown.ts finds what to undo: jest runs both in its parent process, which keeps this global. */
const TEARDOWN = Symbol.for('office-ledger.test-teardown');
type WithTeardown = typeof globalThis & { [TEARDOWN]?: () => Promise<void> };

/**
 * One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one), on which each test
 * file makes its own database, and one Chromium, to which each browser test file connects.
 */
export default async function setup(globalConfig: GlobalConfig): Promise<void> {
  const run = randomBytes(4).toString('hex');
  provide('pgTemplateRun', run);
  const folder = makeRunFolder();
  // Set before Chromium and the test workers start: they and the processes tests start inherit it.
  process.env.TMPDIR = folder.temporary;
  // Chromium starts while PostgreSQL's initdb runs; whichever started is stopped if the other failed.
  const [database, browser] = await Promise.allSettled([startDatabase(run, folder.database), selectsBrowserTests(globalConfig) ? startChromiumServer() : undefined]);
  const stop = async () => {
    if (browser.status === 'fulfilled') await browser.value?.close();
    if (database.status === 'fulfilled') await database.value.stop();
    rmSync(folder.root, { recursive: true, force: true });
  };
  if (database.status === 'rejected' || browser.status === 'rejected') {
    await stop();
    throw database.status === 'rejected' ? database.reason : (browser as PromiseRejectedResult).reason;
  }
  provide('pgAdminUrl', database.value.url);
  provide('chromiumEndpoint', browser.value?.wsEndpoint() ?? '');
  (globalThis as WithTeardown)[TEARDOWN] = stop;
}

/** The test server: its connection string, and what undoes it at the end of the run. */
async function startDatabase(run: string, dataDir: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { url: external, stop: () => dropTemplates(external, run) };
  const pg = await startEmbeddedPostgres({ dataDir, unsafeFast: true });
  return { url: pg.url, stop: () => pg.stop() };
}

/** Whether the run may hold a browser test file: `npx jest libs/domain` has no use for a Chromium. */
function selectsBrowserTests(globalConfig: GlobalConfig): boolean {
  if (!hasChromium) return false;
  const selected = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  return readdirSync(BROWSER_TESTS).some((name) => name.endsWith('.e2e.ts') && selected.isMatch(join(BROWSER_TESTS, name)));
}

const BROWSER_TESTS = resolve(__dirname, '..', 'browser');

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
