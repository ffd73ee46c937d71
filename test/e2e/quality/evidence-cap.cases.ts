import { Client } from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { PACKS_AT_ONCE } from '../../../apps/api/src/audit/evidence/evidence.controller';
import { useTestApp, type TestApp } from '../../support/test-app';

/** The advisory lock space of the pack places (evidence.controller.ts). */
const PACK_LOCK_SPACE = 7_341_200;

/**
 * Issue 18 §2: the cap on evidence packs holds across processes. Two instances of the product
 * share one database; a third party takes places as a pack building in another process would.
 */
describe('evidence packs: at most PACKS_AT_ONCE built at once across every instance', () => {
  const first = useTestApp();
  const second = useTestApp(() => ({ databaseUrl: first.platform.databaseUrl }));
  let other: Client;
  // What the packs hold is not the point: a day of the past, the same whatever the clock says.
  const day = '2026-11-20';

  beforeAll(async () => {
    other = new Client({ connectionString: first.platform.databaseUrl });
    other.on('error', () => undefined);
    await other.connect();
  });
  afterAll(async () => {
    await other?.end().catch(() => undefined);
  });

  const pack = async (app: TestApp) => {
    const response = await fetch(`${app.baseUrl}/api/iso/evidence?from=${day}&to=${day}`, { headers: { authorization: `Bearer ${await app.login('thuky.iso')}` } });
    const error = response.headers.get('content-type')?.startsWith('application/json') ? ((await response.json()) as { statusCode: number; code: string; message: string }) : null;
    if (!error) await response.arrayBuffer();
    return { status: response.status, retryAfter: response.headers.get('retry-after'), error };
  };
  /**
   * A pack once a place is free: a finished pack gives its place back as its stream ends, a moment
   * after the last byte may have reached the client, so the very next request may still find it taken.
   */
  const packWhenFree = async (app: TestApp) => {
    let answer = await pack(app);
    for (let tries = 0; tries < 50 && answer.status === 429; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      answer = await pack(app);
    }
    return answer;
  };
  const take = async (slot: number) => {
    const { rows } = await other.query<{ taken: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS taken', [PACK_LOCK_SPACE, slot]);
    expect(rows[0].taken, `slot ${slot} free`).toBe(true);
  };
  const giveBack = (slot: number) => other.query('SELECT pg_advisory_unlock($1, $2)', [PACK_LOCK_SPACE, slot]);

  it('answers 429 with Retry-After on every instance while the places are held elsewhere, and builds once one is free', async () => {
    expect(PACKS_AT_ONCE).toBe(2);
    await take(0);
    await take(1);
    try {
      for (const app of [first, second]) {
        const refused = await pack(app);
        expect(refused).toMatchObject({ status: 429, retryAfter: '30', error: { statusCode: 429, code: 'TOO_MANY_REQUESTS' } });
        expect(refused.error?.message).toMatch(/30 giây/);
      }
      await giveBack(1);
      // Each pack gives its place back when done: the one free place serves a pack on one instance, then on the other.
      for (const app of [second, first]) expect(await packWhenFree(app)).toMatchObject({ status: 200 });
    } finally {
      await giveBack(0);
      await giveBack(1);
    }
  });

  it('frees a place whose holder dies (its session ends), without anyone giving it back', async () => {
    const holder = new Client({ connectionString: first.platform.databaseUrl });
    holder.on('error', () => undefined);
    await holder.connect();
    const { rows: taken } = await holder.query<{ a: boolean; b: boolean }>('SELECT pg_try_advisory_lock($1, 0) AS a, pg_try_advisory_lock($1, 1) AS b', [PACK_LOCK_SPACE]);
    expect(taken[0]).toEqual({ a: true, b: true });
    expect((await pack(first)).status).toBe(429);
    const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await other.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
    expect((await packWhenFree(second)).status).toBe(200);
  });

  it('lets at most PACKS_AT_ONCE of many simultaneous requests through and refuses the others with 429', async () => {
    // The places held, sampled from PostgreSQL while the requests run.
    let running = true;
    let mostHeld = 0;
    const sampling = (async () => {
      while (running) {
        // This database's places only: pg_locks lists the whole cluster, where other test files build packs at the same time.
        const { rows } = await other.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1::oid AND objsubid = 2
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
          [PACK_LOCK_SPACE],
        );
        mostHeld = Math.max(mostHeld, rows[0].n);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => pack(i % 2 ? first : second)));
    running = false;
    await sampling;
    const statuses = answers.map((answer) => answer.status);
    console.log(`8 simultaneous packs on 2 instances: ${statuses.filter((status) => status === 200).length} built, ${statuses.filter((status) => status === 429).length} refused with 429; most places held at once: ${mostHeld}`);
    expect(statuses.every((status) => status === 200 || status === 429), String(statuses)).toBe(true);
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(1);
    expect(mostHeld).toBeGreaterThanOrEqual(1);
    expect(mostHeld).toBeLessThanOrEqual(PACKS_AT_ONCE);
    // Every place was given back: the next pack is built.
    expect((await packWhenFree(first)).status).toBe(200);
  });
});
