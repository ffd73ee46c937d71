import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { runningEmbeddedPostgres } from '@office/runtime/running-postgres';
import { ROOT, useBuiltProductDataDir } from '../test/support/built-product';
import { expect } from '../test/support/expect';

const DIST = join(ROOT, 'dist');

/**
 * A tool (`npm run projections`, `audit`, `evidence`, …) that started the embedded PostgreSQL of
 * DATA_DIR, stopped by a service manager or `kill` (SIGTERM to the tool alone, not to its process
 * group): its PostgreSQL stops with it. The tool is the build's `runCli` and `openToolPlatform`,
 * as every script uses them, holding the platform open until the signal comes.
 */
describe('a tool stopped by a signal', () => {
  const dataDirOf = useBuiltProductDataDir('office-ledger-tool-');

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
    `], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH, DATA_DIR: dataDir } });
    const output: string[] = [];
    tool.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
    const exited = new Promise<number | string | null>((resolveExit) => tool.once('exit', (code, signal) => resolveExit(signal ?? code)));
    await new Promise<void>((resolveOpen, reject) => {
      tool.stdout!.on('data', (chunk: Buffer) => chunk.toString('utf8').includes('open') && resolveOpen());
      void exited.then((exit) => reject(new Error(`the tool ended (${exit}) before opening:\n${output.join('')}`)));
    });
    const postgres = runningEmbeddedPostgres(dataDir);
    expect(postgres).not.toBeNull();
    tool.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(output.join('')).toContain('SIGTERM: stopping');
    // Fast shutdown takes a moment after the tool has gone.
    for (let i = 0; i < 100 && runningEmbeddedPostgres(dataDir); i++) await new Promise((wait) => setTimeout(wait, 100));
    expect(runningEmbeddedPostgres(dataDir)).toBeNull();
  }, 120_000);
});
