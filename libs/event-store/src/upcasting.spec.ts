import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { createTestDatabase } from '../../../test/support/database';
import { ChainedEventStore } from './chained-event-store';
import type { EventUpcaster, NewEvent, RecordedEvent } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { storedForm, Upcasters } from './upcasting';
import { verifyChains } from './verify-chains';

/** `Noted` v1 had `text`; v2 renamed it `note`; v3 added `pages`. */
const NOTED: EventUpcaster[] = [
  { type: 'Noted', fromVersion: 2, upcast: (data) => ({ ...data, pages: null }) },
  { type: 'Noted', fromVersion: 1, upcast: ({ text, ...data }) => ({ ...data, note: text }) },
];

const recorded = (schemaVersion: number, data: RecordedEvent['data'], type = 'Noted'): RecordedEvent => ({
  streamId: 's', revision: 0n, position: 0n, eventId: randomUUID(), type, data, recordedAt: '2026-03-05T02:00:00.000Z',
  metadata: { actorId: 'u', actorRole: 'clerk', correlationId: 'c', causationId: null, occurredAt: '2026-03-05T02:00:00.000Z', schemaVersion, prevHash: '0', hash: '1' },
});

describe('Upcasters', () => {
  const upcasters = new Upcasters(NOTED);

  it('bring an event through every step to the newest version and keep the stored form', () => {
    const old = recorded(1, { text: 'Đã xem' });
    const current = upcasters.upcast(old);
    expect(current.data).toEqual({ note: 'Đã xem', pages: null });
    expect(current.metadata).toEqual({ ...old.metadata, schemaVersion: 3 });
    expect(current.stored).toEqual({ data: old.data, metadata: old.metadata });
    expect(storedForm(current)).toEqual(old);
    expect(upcasters.upcast(recorded(2, { note: 'x' })).data).toEqual({ note: 'x', pages: null });
  });

  it('leave current events, other types and unreadable metadata untouched, without copying a page', () => {
    const page = [recorded(3, { note: 'x', pages: 2 }), recorded(1, { text: 'x' }, 'Other'), { ...recorded(1, {}), metadata: null as never }];
    for (const event of page) expect(upcasters.upcast(event)).toBe(event);
    expect(upcasters.upcastAll(page)).toBe(page);
    expect(storedForm(page[0])).toBe(page[0]);
  });

  it('refuse two upcasters for one version and a gap in the versions', () => {
    expect(() => new Upcasters([...NOTED, NOTED[0]])).toThrow('two upcasters for Noted v2');
    expect(() => new Upcasters([NOTED[0]])).toThrow('without gaps; found v2');
  });
});

/** The decode path of every adapter: the Postgres one here, reading real rows. */
describe('ChainedEventStore upcasting on PostgreSQL', () => {
  let adapter: PostgresEventStore;
  let store: ChainedEventStore;
  let url: string;

  beforeAll(async () => {
    url = await createTestDatabase('upcasting');
    adapter = new PostgresEventStore({ connectionString: url, poolSize: 3 });
    await adapter.migrate();
    store = new ChainedEventStore(adapter, { upcasters: NOTED });
  });

  afterAll(() => adapter?.close());

  it('upcasts on readStream, readAll and subscribeToAll, and verifies the chain over what was stored', async () => {
    const streamId = `upcasting-${randomUUID()}`;
    const { position } = await store.append(streamId, [noted(1, { text: 'cũ' }), noted(3, { note: 'mới', pages: 1 })], 'no_stream');
    const expected = [
      { data: { note: 'cũ', pages: null }, schemaVersion: 3, storedData: { text: 'cũ' } },
      { data: { note: 'mới', pages: 1 }, schemaVersion: 3, storedData: undefined },
    ];
    const shape = (events: RecordedEvent[]) => events.map((e) => ({ data: e.data, schemaVersion: e.metadata.schemaVersion, storedData: e.stored?.data }));

    expect(shape(await store.readStream(streamId))).toEqual(expected);
    const log = await readAllOf(streamId, position);
    expect(shape(log)).toEqual(expected);
    const subscription = store.subscribeToAll({ after: log[0].position - 1n, maxBatch: 2 });
    for await (const batch of subscription) {
      expect(shape(batch.filter((e) => e.streamId === streamId))).toEqual(expected);
      break;
    }
    await subscription.close();

    expect(await verifyChains(store, { streamId })).toEqual({ ok: true, streamsChecked: 1, eventsChecked: 2 });
    // The raw adapter reads exactly what the chained store kept as `stored`.
    expect((await adapter.readStream(streamId)).map((e) => e.data)).toEqual([{ text: 'cũ' }, { note: 'mới', pages: 1 }]);
  });

  it('still names an old event altered in the database, although reading upcasts it', async () => {
    const streamId = `upcasting-${randomUUID()}`;
    await store.append(streamId, [noted(1, { text: 'cũ' })], 'no_stream');
    const sql = new Client({ connectionString: url });
    await sql.connect();
    try {
      await sql.query(`UPDATE event_store.events SET data = '{"text": "sửa"}' WHERE stream_id = $1`, [streamId]);
    } finally {
      await sql.end();
    }
    expect((await store.readStream(streamId))[0].data).toEqual({ note: 'sửa', pages: null });
    expect(await verifyChains(store, { streamId })).toMatchObject({ ok: false, firstBroken: { revision: 0n, reason: 'hash mismatch' } });
  });

  /** This stream's events in the log, read through the store once they are visible. */
  async function readAllOf(streamId: string, last: bigint): Promise<RecordedEvent[]> {
    while ((await store.headPosition()) < last) await new Promise((resolve) => setTimeout(resolve, 10));
    const events: RecordedEvent[] = [];
    for (let after = -1n; ; ) {
      const page = await store.readAll({ after, maxCount: 1000 });
      if (page.length === 0) return events;
      events.push(...page.filter((e) => e.streamId === streamId));
      after = page[page.length - 1].position;
    }
  }
});

function noted(schemaVersion: number, data: NewEvent['data']): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'Noted',
    data,
    metadata: { actorId: 'spec', actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: '2026-03-05T02:00:00.000Z', schemaVersion },
  };
}
