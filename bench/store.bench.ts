import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, type EventStore, type NewEvent } from '@office/event-store';
import { Pool } from 'pg';
import { benchDatabase, forDuration, percentile, report, rssMb, type Figure } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const READ_ALL_EVENTS = Number(process.env.BENCH_READALL_EVENTS ?? 1_000_000);
const EVENTS_PER_STREAM = 20;

/** Events appended so far in this run, so that the readAll log can be topped up to its size. */
let appended = 0;

/** A registration-sized event (~0.6 kB of JSON with metadata), like the product writes. */
export function sampleEvent(n: number): NewEvent {
  return {
    eventId: randomUUID(),
    type: 'DocumentReceived',
    data: {
      documentId: randomUUID(),
      incomingNumber: n,
      source: { agency: 'Sở Kế hoạch và Đầu tư tỉnh', symbol: `${n}/SKHĐT-KH`, issuedDate: '2026-03-02' },
      excerpt: 'Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án khu dân cư phía đông thành phố',
      documentType: 'official_letter',
      fieldCode: 'KH-DT',
      urgency: 'normal',
      confidentiality: 'normal',
    },
    metadata: { actorId: '00000000-0000-4000-8000-000000000212', actorRole: 'clerk', correlationId: randomUUID(), causationId: null, occurredAt: new Date().toISOString(), schemaVersion: 1 },
  };
}

export async function storeBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_store');
  const pool = new Pool({ connectionString: db.url, max: 16 });
  const store = await createPostgresEventStore(db.url);
  const figures: Figure[] = [];
  try {
    await pool.query('DROP TABLE IF EXISTS raw_events; CREATE TABLE raw_events (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL)');
    const raw = (rows: NewEvent[]) => {
      const params = rows.flatMap((e, i) => [`raw-${i}`, JSON.stringify(e.data), JSON.stringify(e.metadata)]);
      const values = rows.map((_, i) => `($${i * 3 + 1}, $${i * 3 + 2}, $${i * 3 + 3})`).join(', ');
      return pool.query(`INSERT INTO raw_events (stream_id, data, metadata) VALUES ${values}`, params);
    };
    const rawOne = await forDuration(SECONDS, 1, async (_l, i) => void (await raw([sampleEvent(i)])));
    const rawEight = await forDuration(SECONDS, 8, async (_l, i) => void (await raw([sampleEvent(i)])));
    const rawFifty = await forDuration(SECONDS, 1, async (_l, i) => void (await raw(Array.from({ length: 50 }, (_, k) => sampleEvent(i * 50 + k)))));

    const single = (writers: number) => appendSingles(store, writers);
    const one = await single(1);
    figures.push(report({ bench: 'store', name: 'append 1 event, 1 writer', value: one, unit: 'events/s', baseline: { name: '1-row INSERT, 1 client', value: rawOne.opsPerSecond } }));
    const eight = await single(8);
    figures.push(report({ bench: 'store', name: 'append 1 event, 8 writers', value: eight, unit: 'events/s', baseline: { name: '1-row INSERT, 8 clients', value: rawEight.opsPerSecond } }));
    const fifty = await forDuration(SECONDS, 1, async (_l, i) => {
      await store.append(`bench50-${randomUUID()}`, Array.from({ length: 50 }, (_, k) => sampleEvent(i * 50 + k)), 'no_stream');
      appended += 50;
    });
    figures.push(report({ bench: 'store', name: 'append 50 events per call, 1 writer', value: fifty.opsPerSecond * 50, unit: 'events/s', baseline: { name: '50-row INSERT, 1 client', value: rawFifty.opsPerSecond * 50 } }));

    const latency = await subscriptionLatency(store);
    figures.push(report({ bench: 'store', name: 'subscription latency p50 at 1,000 events/s', value: latency.p50, unit: 'ms', note: `${latency.count} events; append alone p50 ${latency.appendP50.toFixed(1)} ms` }));
    figures.push(report({ bench: 'store', name: 'subscription latency p99 at 1,000 events/s', value: latency.p99, unit: 'ms', note: `${latency.count} events; append alone p99 ${latency.appendP99.toFixed(1)} ms` }));

    await fillTo(store, READ_ALL_EVENTS);
    const { eventsPerSecond, events, rss } = await readAllRate(store);
    figures.push(report({ bench: 'store', name: `readAll over ${events.toLocaleString('en-US')} events (decoded)`, value: eventsPerSecond, unit: 'events/s', note: `RSS ${rss.toFixed(0)} MB` }));
    figures.push(report({ bench: 'store', name: 'RSS after readAll', value: rssMb(), unit: 'MB' }));
  } finally {
    await store.close();
    await pool.end();
    await db.stop();
  }
  return figures;
}

/** Single-event appends with exact expected revisions, each writer on its own streams of 20 events. */
async function appendSingles(store: EventStore, writers: number): Promise<number> {
  const heads = Array.from({ length: writers }, () => ({ stream: randomUUID(), revision: -1n }));
  const result = await forDuration(SECONDS, writers, async (loop, i) => {
    const head = heads[loop];
    if (head.revision >= BigInt(EVENTS_PER_STREAM - 1)) Object.assign(head, { stream: randomUUID(), revision: -1n });
    const { nextExpectedRevision } = await store.append(`bench-${head.stream}`, [sampleEvent(i)], head.revision < 0n ? 'no_stream' : head.revision);
    head.revision = nextExpectedRevision;
    appended++;
  });
  return result.opsPerSecond;
}

/**
 * Appends 1,000 single events per second for SECONDS while a live subscriber measures append-start → delivery;
 * append-start → acknowledgement beside it tells the store's share from the subscription's.
 */
async function subscriptionLatency(store: EventStore): Promise<{ p50: number; p99: number; count: number; appendP50: number; appendP99: number }> {
  const started = new Map<string, bigint>();
  const latencies: number[] = [];
  const appendLatencies: number[] = [];
  const subscription = store.subscribeToAll({ after: await store.headPosition() });
  const consuming = (async () => {
    for await (const batch of subscription) {
      const now = process.hrtime.bigint();
      for (const event of batch) {
        const t = started.get(event.eventId);
        if (t !== undefined) latencies.push(Number(now - t) / 1e6);
      }
    }
  })();
  const seconds = Math.max(3, Math.round(SECONDS / 2));
  const pending: Promise<unknown>[] = [];
  const start = Date.now();
  // 10 appends every 10 ms, paced against the start so that slow ticks do not lower the rate.
  for (let tick = 0; tick < seconds * 100; tick++) {
    for (let k = 0; k < 10; k++) {
      const event = sampleEvent(k);
      const t = process.hrtime.bigint();
      started.set(event.eventId, t);
      pending.push(store.append(`latency-${randomUUID()}`, [event], 'no_stream').then(() => appendLatencies.push(Number(process.hrtime.bigint() - t) / 1e6)));
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, start + (tick + 1) * 10 - Date.now())));
  }
  await Promise.all(pending);
  appended += started.size;
  while (latencies.length < started.size) await new Promise((resolve) => setTimeout(resolve, 20));
  await subscription.close();
  await consuming;
  latencies.sort((a, b) => a - b);
  appendLatencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), count: latencies.length, appendP50: percentile(appendLatencies, 50), appendP99: percentile(appendLatencies, 99) };
}

async function fillTo(store: EventStore, total: number): Promise<void> {
  const started = Date.now();
  const before = appended;
  while (appended < total) {
    const writers = Math.min(8, Math.ceil((total - appended) / 500));
    await Promise.all(Array.from({ length: writers }, () => store.append(`fill-${randomUUID()}`, Array.from({ length: 500 }, (_, k) => sampleEvent(k)), 'no_stream')));
    appended += writers * 500;
  }
  report({ bench: 'store', name: 'bulk load (500 events per append, 8 writers)', value: (appended - before) / ((Date.now() - started) / 1000), unit: 'events/s', note: 'setup for readAll' });
}

async function readAllRate(store: EventStore): Promise<{ eventsPerSecond: number; events: number; rss: number }> {
  let events = 0;
  let after: bigint | undefined;
  let rss = 0;
  const started = process.hrtime.bigint();
  for (;;) {
    const page = await store.readAll({ after, maxCount: 2_000 });
    if (page.length === 0) break;
    events += page.length;
    after = page[page.length - 1].position;
    rss = Math.max(rss, rssMb());
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { eventsPerSecond: events / seconds, events, rss };
}
