import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { freePort } from '@office/runtime';
import { runningEmbeddedPostgres } from '@office/runtime/running-postgres';
import { ROOT, useBuiltProductDataDir } from '../../../test/support/built-product';
import { expect } from '../../../test/support/expect';

const DIST = join(ROOT, 'dist');
const LAUNCHER = join(DIST, 'apps', 'server', 'src', 'main.js');

/**
 * The built product's processes on one data folder of this file's: the launcher's cases start on it fresh and
 * then restart on it; the tool's case opens the cluster they left (an initdb and the migrations fewer).
 */
const dataDirOf = useBuiltProductDataDir('office-ledger-signals-');

/**
 * `npm start`'s launcher — the build (brought up to date first, as `npm start` does), its embedded
 * PostgreSQL, its projector — on a data folder of its own, stopped as a service manager stops it
 * (SIGTERM to the launcher) and as a terminal's Ctrl-C does (SIGINT to its whole process group):
 * the API and then the projector stop before PostgreSQL is asked to shut down (once), nobody loses
 * its connection under it, and the launcher exits 0. The second start is a restart on the same data.
 */
describe('the launcher stopped by a signal', () => {
  it.each([
    ['SIGTERM to the launcher', (launcher: ChildProcess) => launcher.kill('SIGTERM')],
    ['Ctrl-C: SIGINT to its process group', (launcher: ChildProcess) => process.kill(-launcher.pid!, 'SIGINT')],
  ])('%s: API, projector, then PostgreSQL; exit code 0', async (_, stop) => {
    const port = await freePort();
    const launcher = spawn(process.execPath, [LAUNCHER], {
      // Its own process group, as `npm start` in a terminal; DATABASE_URL and the rest of the test run's environment left out
      // (TMPDIR kept: the API keeps its compressed web files there, in the run's folder rather than /tmp).
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, DATA_DIR: dataDirOf(), PORT: String(port), SEED_DEMO_ORGANISATION: 'false', SEED_DEMO_DOCUMENTS: 'false' },
    });
    const output: string[] = [];
    launcher.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    launcher.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const exited = new Promise<number | string | null>((resolveExit) => launcher.once('exit', (code, signal) => resolveExit(signal ?? code)));
    try {
      await ready(port, launcher);
    } catch (error) {
      launcher.kill('SIGKILL');
      throw new Error(`${String(error)}\n${output.join('')}`);
    }
    stop(launcher);
    const exit = await exited;
    const messages = output.join('').split('\n').flatMap(messageOf);
    const at = (pattern: RegExp) => messages.findIndex((message) => pattern.test(message));
    const log = messages.join('\n');
    expect(exit, log).toBe(0);
    expect(messages.filter((message) => /received (fast|smart|immediate) shutdown request/.test(message)), log).toHaveLength(1);
    expect(at(/^API stopped/), log).toBeGreaterThan(at(/: stopping$/));
    expect(at(/^projector stopped/), log).toBeGreaterThan(at(/^API stopped/));
    expect(at(/received fast shutdown request/), log).toBeGreaterThan(at(/^projector stopped/));
    expect(at(/^database stopped/), log).toBeGreaterThan(at(/received fast shutdown request/));
    // Not PostgreSQL's own "terminating connection" lines: a backend whose client has just closed may still be on its way out.
    expect(log).not.toMatch(/lock connection lost|exited unexpectedly|projector exited/);
  }, 180_000);
});

/**
 * A tool (`npm run projections`, `audit`, `evidence`, …) that started the embedded PostgreSQL of
 * DATA_DIR, stopped by a service manager or `kill` (SIGTERM to the tool alone, not to its process
 * group): its PostgreSQL stops with it. The tool is the build's `runCli` and `openToolPlatform`,
 * as every script uses them, holding the platform open until the signal comes.
 */
describe('a tool stopped by a signal', () => {
  it('SIGTERM: exit code 143, and its embedded PostgreSQL is gone', async () => {
    const dataDir = dataDirOf();
    const tool = spawn(process.execPath, ['-e', `
      require('reflect-metadata');
      const { runCli } = require(${JSON.stringify(join(DIST, 'scripts', 'cli.js'))});
      const { openToolPlatform } = require(${JSON.stringify(join(DIST, 'libs', 'runtime', 'src', 'running-postgres.js'))});
      runCli(async () => {
        await openToolPlatform(process.env, () => undefined);
        console.log('open');
        await new Promise(() => undefined);
      }, 'usage');
    // No demo organisation: its 24 users hashed at production's password cost took 13 s of this case in CI.
    `], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, TMPDIR: process.env.TMPDIR, DATA_DIR: dataDir, SEED_DEMO_ORGANISATION: 'false' } });
    const output: string[] = [];
    tool.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const exited = new Promise<number | string | null>((resolveExit) => tool.once('exit', (code, signal) => resolveExit(signal ?? code)));
    await new Promise<void>((resolveOpen, reject) => {
      tool.stdout!.on('data', (chunk: Buffer) => chunk.toString('utf8').includes('open') && resolveOpen());
      void exited.then((exit) => reject(new Error(`the tool ended (${exit}) before opening:\n${output.join('')}`)));
    });
    expect(runningEmbeddedPostgres(dataDir)).not.toBeNull();
    tool.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(output.join('')).toContain('SIGTERM: stopping');
    // Fast shutdown takes a moment after the tool has gone.
    for (let i = 0; i < 100 && runningEmbeddedPostgres(dataDir); i++) await new Promise((wait) => setTimeout(wait, 100));
    expect(runningEmbeddedPostgres(dataDir)).toBeNull();
  }, 120_000);
});

/** Until /health/ready answers 200: the API listens and its projector beats. */
async function ready(port: number, launcher: ChildProcess): Promise<void> {
  for (const deadline = Date.now() + 150_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
    if (launcher.exitCode !== null) throw new Error(`the launcher exited (${launcher.exitCode}) before it was ready`);
    const status = await fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.status, () => 0);
    if (status === 200) return;
  }
  throw new Error('not ready in 150 s');
}

/** The message of one JSON log line (PostgreSQL's lines, several per message at times, are split too). */
function messageOf(line: string): string[] {
  if (!line.startsWith('{')) return line ? [line] : [];
  const { message } = JSON.parse(line) as { message: unknown };
  return typeof message === 'string' ? message.split('\n') : [JSON.stringify(message)];
}
