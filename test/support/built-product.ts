import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from '@jest/globals';
import { runningEmbeddedPostgres } from '@office/runtime/running-postgres';

/** The checkout's root; the build is in `dist/` below it. */
export const ROOT = resolve(__dirname, '../..');

/**
 * For a spec that runs the build's entry points as processes (the launcher, a tool): the build
 * brought up to date first, as `npm start` does (nothing to do when CI has built), and a DATA_DIR
 * of the file's own. After the file, an embedded PostgreSQL a failed case left running there (it
 * may have a session of its own) is stopped and the folder removed. Answers the folder's getter.
 */
export function useBuiltProductDataDir(prefix: string): () => string {
  let dataDir: string | undefined;
  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-if-stale.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
    dataDir = mkdtempSync(join(tmpdir(), prefix));
  }, 300_000);
  afterAll(() => {
    if (!dataDir) return;
    const postgres = runningEmbeddedPostgres(dataDir);
    if (postgres) process.kill(postgres.pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });
  return () => dataDir!;
}
