import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, eventHash, type EventStore, type EventUpcaster, type NewEvent } from '@office/event-store';
import { createReadModelDataSource, migrateReadModels } from '@office/read-models';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { createTestDatabase } from '../../../../test/support/database';
import { listDigests, publishDigest } from '../digests/publish-digest';
import { verifyLog } from './verify-log';

const actor = '00000000-0000-4000-8000-000000000212';
const event = (n: number, text = `Công văn số ${n} về việc kiểm tra`): NewEvent => ({
  eventId: randomUUID(),
  type: 'DocumentNoted',
  data: { n, text },
  metadata: { actorId: actor, actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: new Date(Date.UTC(2026, 2, 5, 2, n)).toISOString(), schemaVersion: 1 },
});

/** Every event here is read upcast (v1 `text` becomes v2 `note`), so every check below also proves that verification hashes the stored form. */
const NOTED_V1_TO_V2: EventUpcaster = { type: 'DocumentNoted', fromVersion: 1, upcast: ({ text, ...data }) => ({ ...data, note: text }) };

interface Row {
  position: string;
  stream_id: string;
  revision: string;
  event_id: string;
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown> & { hash: string; prevHash: string };
}

/**
 * Tamper drills (reliability research §3.2): edit, delete and reorder events straight in PostgreSQL,
 * as a DBA could, and check that verification detects each and names the event or stream head.
 */
describe('verifyLog: chains and digests against tampering', () => {
  let url: string;
  let store: EventStore;
  let db: DataSource;
  let sql: Client;
  const row = async (stream: string, revision: number): Promise<Row> =>
    (await sql.query<Row>('SELECT position::text, stream_id, revision::text, event_id, type, data, metadata FROM event_store.events WHERE stream_id = $1 AND revision = $2', [stream, revision])).rows[0];
  const restore = async (r: Row) => {
    await sql.query('DELETE FROM event_store.events WHERE event_id = $1', [r.event_id]);
    await sql.query('INSERT INTO event_store.events (position, stream_id, revision, event_id, type, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      r.position, r.stream_id, r.revision, r.event_id, r.type, r.data, r.metadata,
    ]);
  };
  /** Worker threads over position ranges (two workers, eight ranges of two or three events here: every drill crosses seams). */
  const inParallel = () => verifyLog(store, { heads: db, pageSize: 2, parallel: { connectionString: url, workers: 2 } });
  /** The whole log is verified both ways, and both must give the very same answer. */
  const verify = async (streamId?: string) => {
    const report = await verifyLog(store, { streamId, heads: db, pageSize: 5 });
    if (streamId === undefined) expect(await inParallel()).toEqual(report);
    return report;
  };
  /**
   * Readers (and digests) stop below the oldest transaction running anywhere in the cluster, and
   * other test files share the cluster: wait until what this file appended is readable.
   */
  const readable = async ({ position }: { position: bigint }) => {
    for (let i = 0; (await store.headPosition()) < position; i++) {
      if (i > 1_000) throw new Error(`position ${position} not readable after 10 s`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  const now = new Date('2026-03-05T03:00:00Z');

  beforeAll(async () => {
    url = await createTestDatabase('audit_verify');
    store = await createPostgresEventStore(url, { poolSize: 3, upcasters: [NOTED_V1_TO_V2] });
    db = createReadModelDataSource(url, 3);
    await db.initialize();
    await migrateReadModels(db);
    sql = new Client({ connectionString: url });
    await sql.connect();
    for (const stream of ['document-a', 'document-b', 'document-c']) {
      for (let n = 0; n < 4; n++) await readable(await store.append(stream, [event(n)], 'any'));
    }
  });
  afterAll(async () => {
    await sql?.end();
    await db?.destroy();
    await store?.close();
  });

  it('publishes one daily digest per day however many instances try, chained to the previous one', async () => {
    const attempts = await Promise.all([1, 2, 3].map(() => publishDigest(store, db, { kind: 'daily', now, actorId: actor, actorRole: 'system' })));
    expect(attempts.filter((a) => a.published)).toHaveLength(1);
    expect(new Set(attempts.map((a) => a.digest.eventId)).size).toBe(1);
    const daily = attempts[0].digest;
    expect(daily).toMatchObject({ kind: 'daily', day: '2026-03-05', streams: 3, events: 12, previousDigestHash: null });
    expect(daily.headsHash).toMatch(/^[0-9a-f]{64}$/);

    await readable(await store.append('document-d', [event(0), event(1)], 'no_stream'));
    const onDemand = await publishDigest(store, db, { kind: 'on_demand', now, actorId: actor, actorRole: 'auditor' });
    // The new digest reads only the events since the previous one, and counts the digests stream too.
    expect(onDemand.digest).toMatchObject({ kind: 'on_demand', streams: 5, events: 15, previousDigestHash: daily.hash, previousHeadPosition: daily.headPosition });
    expect((await listDigests(store)).map((d) => d.kind)).toEqual(['daily', 'on_demand']);

    // Events after the latest digest are checked by their chains only.
    await readable(await store.append('document-a', [event(4)], 3n));
    const report = await verify();
    expect(report).toMatchObject({ ok: true, streamsChecked: 5, eventsChecked: 17, digests: { ok: true, checked: 2, headsChecked: true } });
    expect((await store.readStream('document-a'))[0]).toMatchObject({ data: { note: event(0).data.text }, metadata: { schemaVersion: 2 } });
    expect(report.headPosition).toMatch(/^\d+$/);
  });

  it('reads in parallel only the table that is the store\'s log: another database is not read, one pass answers', async () => {
    const elsewhere = await createTestDatabase('audit_verify_elsewhere');
    const original = await row('document-a', 2);
    await sql.query(`UPDATE event_store.events SET data = jsonb_set(data, '{text}', '"sửa giữa một khoảng"') WHERE event_id = $1`, [original.event_id]);
    try {
      const report = await verifyLog(store, { heads: db, parallel: { connectionString: elsewhere, workers: 2 } });
      expect(report.firstBroken).toMatchObject({ streamId: 'document-a', revision: '2', reason: 'hash mismatch' });
      expect(await inParallel()).toEqual(report);
    } finally {
      await restore(original);
    }
  });

  it('names an event whose data was altered in place (hash mismatch)', async () => {
    const original = await row('document-b', 1);
    await sql.query(`UPDATE event_store.events SET data = jsonb_set(data, '{text}', '"Công văn đã bị sửa"') WHERE event_id = $1`, [original.event_id]);
    try {
      for (const report of [await verify(), await verify('document-b')]) {
        expect(report.ok).toBe(false);
        expect(report.firstBroken).toMatchObject({ streamId: 'document-b', revision: '1', eventId: original.event_id, position: original.position, reason: 'hash mismatch' });
      }
    } finally {
      await restore(original);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('names the event after one deleted from the middle of a stream (revision gap)', async () => {
    const removed = await row('document-c', 1);
    await sql.query('DELETE FROM event_store.events WHERE event_id = $1', [removed.event_id]);
    try {
      const report = await verify();
      expect(report.ok).toBe(false);
      expect(report.firstBroken).toMatchObject({ streamId: 'document-c', revision: '2', reason: 'revision gap: expected 1, found 2' });
    } finally {
      await restore(removed);
    }
  });

  it('names two events of a stream whose positions were swapped (reordered)', async () => {
    const first = await row('document-b', 2);
    const second = await row('document-b', 3);
    const swap = async (a: Row, b: Row) => {
      await sql.query('UPDATE event_store.events SET position = -1 WHERE event_id = $1', [a.event_id]);
      await sql.query('UPDATE event_store.events SET position = $1 WHERE event_id = $2', [a.position, b.event_id]);
      await sql.query('UPDATE event_store.events SET position = $1 WHERE event_id = $2', [b.position, a.event_id]);
    };
    await swap(first, second);
    try {
      const whole = await verify();
      expect(whole.ok).toBe(false);
      expect(whole.firstBroken).toMatchObject({ streamId: 'document-b', revision: '3', eventId: second.event_id, position: first.position });
      expect(whole.firstBroken!.reason).toMatch(/^revision (gap|out of order)/);
      const one = await verify('document-b');
      expect(one.ok).toBe(false);
      expect(one.firstBroken).toMatchObject({ streamId: 'document-b', revision: '3', eventId: second.event_id });
      expect(one.firstBroken!.reason).toMatch(/^position out of order/);
    } finally {
      await swap({ ...second, position: first.position }, { ...first, position: second.position });
    }
    expect((await verify()).ok).toBe(true);
  });

  it('names a stream whose last event was removed before the digest (the chain alone cannot see it)', async () => {
    const removed = await row('document-d', 1);
    await sql.query('DELETE FROM event_store.events WHERE event_id = $1', [removed.event_id]);
    try {
      const report = await verify();
      expect(report.firstBroken).toBeUndefined();
      expect(report.ok).toBe(false);
      expect(report.digests).toMatchObject({ ok: false, headsChecked: true, firstBroken: { streamId: 'document-d', revision: '1' } });
      expect(report.digests.firstBroken!.reason).toMatch(/recorded head revision 1 .* now has revision 0 .*events removed/);
      const one = await verify('document-d');
      expect(one.digests.firstBroken).toMatchObject({ streamId: 'document-d', revision: '1' });
    } finally {
      await restore(removed);
    }
  });

  it('names a stream rewritten with recomputed hashes (chain intact, head differs from the digest)', async () => {
    const original = await row('document-c', 3);
    const { hash: _hash, ...metadata } = original.metadata;
    const forged = { eventId: original.event_id, type: original.type, data: { ...original.data, text: 'Nội dung giả mạo' }, metadata: metadata as never };
    const hash = eventHash(forged);
    await sql.query('UPDATE event_store.events SET data = $1, metadata = $2 WHERE event_id = $3', [forged.data, { ...metadata, hash }, original.event_id]);
    try {
      const report = await verify();
      expect(report.firstBroken).toBeUndefined();
      expect(report.digests.firstBroken).toMatchObject({ streamId: 'document-c', revision: '3' });
      expect(report.digests.firstBroken!.reason).toMatch(/altered and re-hashed/);
    } finally {
      await restore(original);
    }
  });

  it('detects a digest whose link to the previous digest was rewritten, and still detects without the heads table', async () => {
    const latest = await row('digests', 1);
    const { hash: _hash, ...metadata } = latest.metadata;
    const data = { ...latest.data, previousDigestHash: 'f'.repeat(64) };
    const hash = eventHash({ eventId: latest.event_id, type: latest.type, data: data as never, metadata: metadata as never });
    await sql.query('UPDATE event_store.events SET data = $1, metadata = $2 WHERE event_id = $3', [data, { ...metadata, hash }, latest.event_id]);
    try {
      const report = await verify();
      expect(report.digests).toMatchObject({ ok: false, firstBroken: { digestEventId: latest.event_id } });
      expect(report.digests.firstBroken!.reason).toMatch(/is not the previous digest's hash/);
    } finally {
      await restore(latest);
    }
    const removed = await row('document-a', 3);
    await sql.query('DELETE FROM event_store.events WHERE event_id = $1', [removed.event_id]);
    try {
      // document-a has a later event too, so this is a gap; without the table, a removed head is still detected by the hash.
      expect((await verifyLog(store, {})).ok).toBe(false);
    } finally {
      await restore(removed);
    }
    const tail = await row('document-d', 1);
    await sql.query('DELETE FROM event_store.events WHERE event_id = $1', [tail.event_id]);
    try {
      const report = await verifyLog(store, {});
      expect(report.digests.ok).toBe(false);
      expect(report.digests.firstBroken!.reason).toMatch(/stream heads differ from the digest .* recorded 5 streams and 15 events .* 5 streams and 14 events/);
    } finally {
      await restore(tail);
    }
    expect((await verify()).ok).toBe(true);
  });
});
