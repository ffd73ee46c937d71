import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION, VIETNAM_CALENDAR } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import type { DataSource } from 'typeorm';
import { createReadModelDataSource } from '@office/read-models';
import { createTestDatabase } from '../../../../test/support/database';
import { writeSyntheticLog } from './synthetic-log';

describe('the synthetic office log', () => {
  let store: EventStore;
  let db: DataSource;
  beforeAll(async () => {
    const url = await createTestDatabase('synthetic');
    store = await createPostgresEventStore(url, { poolSize: 6 });
    db = createReadModelDataSource(url, 2);
    await db.initialize();
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.close();
  });

  it('writes exactly the events it counts, numbered without gaps, and continues a series already in the log', async () => {
    const office = { from: '2025-02-03', to: '2025-02-28', organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, concurrency: 8 };
    const first = await writeSyntheticLog(store, { ...office, documents: 120, seed: 11 });
    const second = await writeSyntheticLog(store, { ...office, documents: 40, seed: 12, maxEvents: 200 });
    const [{ n }] = await db.query('SELECT count(*)::int AS n FROM event_store.events');
    expect(n).toBe(first.events + second.events);
    expect(second.events).toBeGreaterThanOrEqual(200);
    const numbers: Array<{ number: number }> = await db.query(
      `SELECT (e.data->>'number')::int AS number FROM event_store.events e WHERE e.stream_id = 'numbering-incoming-2025-normal' AND e.type = 'NumberUsed' ORDER BY 1`,
    );
    expect(numbers.map((r) => r.number)).toEqual(numbers.map((_, i) => i + 1));
  });
});
