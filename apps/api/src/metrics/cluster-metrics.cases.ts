import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { transformFileSync } from '@swc/core';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';

/**
 * A real node:cluster of 3 API-like workers (each with its own registry, as under API_WORKERS=3):
 * one asks for the metrics as /metrics would, and must get the whole cluster's. The module under
 * test is compiled to CommonJS for plain Node processes; prom-client comes from the repository.
 */
const PROGRAM = `
const cluster = require('node:cluster');
const { Counter, Gauge, Registry } = require('prom-client');
const { joinClusterMetrics, metricsText, serveClusterMetrics } = require('./cluster-metrics.js');
const WORKERS = 3;
if (cluster.isPrimary) {
  serveClusterMetrics();
  let ready = 0;
  for (let i = 0; i < WORKERS; i++) cluster.fork({ WORKER_INDEX: String(i) });
  cluster.on('message', (worker, message) => {
    if (message === 'ready' && ++ready === WORKERS) worker.send('scrape');
    if (message && message.scraped !== undefined) {
      process.stdout.write(message.scraped);
      for (const w of Object.values(cluster.workers)) w.kill();
    }
  });
} else {
  const registry = new Registry();
  const index = Number(process.env.WORKER_INDEX);
  new Counter({ name: 'office_ledger_commands_total', help: 'h', registers: [registry] }).inc(index + 1);
  new Gauge({ name: 'office_ledger_event_store_head_position', help: 'h', registers: [registry], aggregator: 'first' }).set(42);
  joinClusterMetrics(registry);
  process.on('message', (message) => {
    if (message === 'scrape') metricsText(registry).then((scraped) => process.send({ scraped }));
  });
  process.send('ready');
}
`;

describe('metrics across API_WORKERS', () => {
  const directory = mkdtempSync(join(tmpdir(), 'cluster-metrics-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('answers a scrape reaching any worker with every worker\'s counters summed and shared gauges once', () => {
    const compiled = transformFileSync(resolve(__dirname, 'cluster-metrics.ts'), { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } });
    writeFileSync(join(directory, 'cluster-metrics.js'), compiled.code);
    writeFileSync(join(directory, 'program.js'), PROGRAM);
    const run = spawnSync(process.execPath, [join(directory, 'program.js')], {
      env: { ...process.env, NODE_PATH: resolve(__dirname, '../../../../node_modules') },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^office_ledger_commands_total 6$/m);
    expect(run.stdout).toMatch(/^office_ledger_event_store_head_position 42$/m);
  });
});
