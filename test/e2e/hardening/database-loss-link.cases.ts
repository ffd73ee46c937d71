import { afterAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { createTestDatabase } from '../../support/database';
import { projectedAfterMs, recoveryMs, startLoad, statusCounts, verifyAfterLoss, waitForRegistrations, type Outcome } from '../../support/database-loss';
import { TcpProxy } from '../../support/tcp-proxy';
import { useTestApp } from '../../support/test-app';

/** Longer than the pools' connect timeouts (5 s): connections opened during the cut give up within it, as on a long outage. */
const CUT_MS = 6_000;

/**
 * The link to PostgreSQL cut for 6 s under a load of commands: the product reaches its database
 * only through a relay in this test, which resets the open connections and leaves new ones
 * unanswered, then relays again.
 */
describe('the link to PostgreSQL cut under load', () => {
  let proxy: TcpProxy;

  // The product reaches its database through the relay.
  const app = useTestApp(async () => {
    const direct = new URL(await createTestDatabase('loss'));
    proxy = await TcpProxy.start(Number(direct.port));
    direct.port = String(proxy.port);
    return { databaseUrl: direct.toString(), logSink: () => undefined };
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it('answers 503 while cut, takes commands again once relayed, and loses or invents nothing', async () => {
    const load = startLoad(app, 6);
    let outcomes: Outcome[];
    let backAt = 0;
    let projected = 0;
    try {
      await waitForRegistrations(load.outcomes, 0, 30);
      proxy.cut();
      await new Promise((resolve) => setTimeout(resolve, CUT_MS));
      proxy.restore();
      backAt = Date.now();
      projected = await projectedAfterMs(app, load.outcomes, backAt);
      await waitForRegistrations(load.outcomes, backAt, 30);
    } finally {
      outcomes = await load.stop();
    }
    const recovery = recoveryMs(outcomes, backAt);
    const unknown = await verifyAfterLoss(app, outcomes);
    console.log(`link cut for ${CUT_MS} ms; after it came back: first command accepted after ${recovery} ms, first new document projected after ${projected} ms; answers: ${JSON.stringify(statusCounts(outcomes))}; outcome unknown: ${unknown.unknown} (${unknown.landed} had landed)`);
    expect(outcomes.filter((o) => o.status === 503).length, 'the cut was seen').toBeGreaterThan(0);
    expect(recovery).toBeLessThan(30_000);
  });
});
