import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION, endOfLocalDay, VIETNAM_CALENDAR } from '@office/domain';
import { createPostgresEventStore, type EventStore } from '@office/event-store';
import type { DataSource } from 'typeorm';
import { createReadModelDataSource } from '@office/read-models';
import { createTestDatabase } from '../../../../test/support/database';
import { SyntheticOffice, writeSyntheticLog } from './synthetic-log';

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

  it('written in instalments, goes on with the documents in flight: every document as one go writes it', async () => {
    const office = { documents: 60, from: '2025-03-03', to: '2025-03-21', seed: 21, organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR, concurrency: 8 };
    const whole = await createTestDatabase('synthetic_whole');
    const wholeStore = await createPostgresEventStore(whole, { poolSize: 4 });
    const parts = await createTestDatabase('synthetic_parts');
    const partsStore = await createPostgresEventStore(parts, { poolSize: 4 });
    const streams = async (url: string) => {
      const source = createReadModelDataSource(url, 1);
      await source.initialize();
      try {
        return await source.query(`SELECT stream_id, revision::int, type, data FROM event_store.events WHERE stream_id LIKE 'document-%' ORDER BY stream_id, revision`);
      } finally {
        await source.destroy();
      }
    };
    const issuedOf = async (url: string) => (await streams(url)).filter((e: { type: string }) => e.type === 'DocumentIssued').length;
    try {
      await writeSyntheticLog(wholeStore, office);
      const instalments = new SyntheticOffice(partsStore, office);
      const first = await instalments.writeThrough(endOfLocalDay('2025-03-12'));
      // Registered by then, not all issued: the backlog the next instalment takes up.
      expect(first.documents).toBeGreaterThan(0);
      expect(await issuedOf(parts)).toBeLessThan(first.documents);
      await instalments.writeThrough(null);
      // Event ids and numbering rounds differ (a round closes at an instalment's end); documents, steps and numbers do not.
      expect(await streams(parts)).toEqual(await streams(whole));
    } finally {
      await wholeStore.close();
      await partsStore.close();
    }
  });
});
