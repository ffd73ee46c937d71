import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDatabase, superviseEmbeddedPostgres, type SupervisedPostgres } from '@office/runtime';
import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../support/expect';
import { projectedAfterMs, recoveryMs, startLoad, statusCounts, verifyAfterLoss, waitForRegistrations, type Outcome } from '../support/database-loss';
import { waitFor } from '../support/until-passes';
import { useTestApp } from '../support/test-app';

/**
 * kill -9 of the postmaster under a load of commands, as `npm start` would live it: an embedded
 * PostgreSQL of its own (not the run's shared one, which other files use meanwhile), supervised
 * as the launcher supervises it, so it comes back on the same data directory and port.
 */
describe('PostgreSQL killed under load and restarted by its supervisor', () => {
  let root: string;
  let postgres: SupervisedPostgres;
  const restarts: number[] = [];

  const app = useTestApp(async () => {
    root = mkdtempSync(join(tmpdir(), 'office-ledger-loss-'));
    postgres = await superviseEmbeddedPostgres({ dataDir: join(root, 'pg'), log: (line) => line.includes('embedded PostgreSQL restarted') && restarts.push(Date.now()) });
    return { databaseUrl: await ensureDatabase(postgres.url, 'ledger'), logSink: () => undefined };
  });
  afterAll(async () => {
    await postgres?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('answers 503 while it is away, takes commands again once it is back, and loses or invents nothing', async () => {
    const load = startLoad(app, 6);
    let outcomes: Outcome[];
    let killedAt = 0;
    let projected = 0;
    try {
      await waitForRegistrations(load.outcomes, 0, 30);
      const killed = postgres.pid;
      killedAt = Date.now();
      process.kill(killed, 'SIGKILL');
      await waitFor(async () => restarts.length > 0, 60_000, 'the supervisor to restart PostgreSQL', 50);
      expect(postgres.pid).not.toBe(killed);
      projected = await projectedAfterMs(app, load.outcomes, restarts[0]);
      await waitForRegistrations(load.outcomes, restarts[0], 30);
    } finally {
      outcomes = await load.stop();
    }
    const backAt = restarts[0];
    const recovery = recoveryMs(outcomes, backAt);
    const unknown = await verifyAfterLoss(app, outcomes);
    console.log(`kill -9 → PostgreSQL restarted: ${backAt - killedAt} ms; then first command accepted after ${recovery} ms, first new document projected after ${projected} ms; answers: ${JSON.stringify(statusCounts(outcomes))}; outcome unknown: ${unknown.unknown} (${unknown.landed} had landed)`);
    expect(outcomes.filter((o) => o.status === 503).length, 'the loss was seen').toBeGreaterThan(0);
    expect(recovery).toBeLessThan(30_000);
  });
});
