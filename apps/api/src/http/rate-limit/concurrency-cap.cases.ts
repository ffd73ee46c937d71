import { Client } from 'pg';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { createTestDatabase } from '../../../../../test/support/database';
import { ConcurrencyCap, type CapPlace } from './concurrency-cap';
import { TooManyRequestsException } from './too-many-requests.exception';

const OPTIONS = { lockSpace: 7_399_001, limit: 2, retryAfterSeconds: 30 };

async function refusal(cap: ConcurrencyCap): Promise<unknown> {
  try {
    const place = await cap.enter();
    await place.leave();
    return null;
  } catch (error) {
    return error;
  }
}

/** Two caps on one database stand for two API processes (or instances) sharing it. */
describe('ConcurrencyCap: places shared by every process through PostgreSQL advisory locks', () => {
  let url: string;
  beforeAll(async () => {
    url = await createTestDatabase('cap');
  });

  it('refuses one more than its limit across processes with 429 and Retry-After, and takes one again once a place is given back (once)', async () => {
    const first = new ConcurrencyCap(url, OPTIONS);
    const second = new ConcurrencyCap(url, OPTIONS);
    const a = await first.enter();
    const b = await second.enter();
    for (const cap of [first, second]) {
      const refused = await refusal(cap);
      expect(refused).toBeInstanceOf(TooManyRequestsException);
      expect((refused as TooManyRequestsException).retryAfterSeconds).toBe(30);
      expect((refused as TooManyRequestsException).getStatus()).toBe(429);
    }
    await a.leave();
    await a.leave();
    const c = await second.enter();
    expect(await refusal(first)).toBeInstanceOf(TooManyRequestsException);
    await Promise.all([b.leave(), c.leave()]);
  });

  it('gives the place back when the connection holding it dies (a crashed worker keeps nothing)', async () => {
    const cap = new ConcurrencyCap(url, OPTIONS);
    const places: CapPlace[] = [await cap.enter(), await cap.enter()];
    expect(await refusal(cap)).toBeInstanceOf(TooManyRequestsException);
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      // The holder of slot 0 vanishes as a killed process's session would.
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::oid AND objid = 0 AND granted`, [OPTIONS.lockSpace]);
      let retaken: CapPlace | null = null;
      for (let tries = 0; tries < 50 && !retaken; tries++) {
        retaken = await cap.enter().catch(() => null);
        if (!retaken) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(retaken).not.toBeNull();
      places.push(retaken!);
    } finally {
      await admin.end();
      await Promise.all(places.map((place) => place.leave()));
    }
  });
});
