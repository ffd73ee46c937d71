import { randomUUID } from 'node:crypto';
import { createPostgresEventStore, type EventStore, type NewEvent } from '@office/event-store';
import { benchDatabase, forDuration, report, type Figure } from './harness';
import { sampleEvent } from './store.bench';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** Events each store's catch-up consumer reads from the start of its log. */
const CATCH_UP_EVENTS = Number(process.env.BENCH_PEERS_CATCH_UP_EVENTS ?? 100_000);
const EVENTS_PER_STREAM = 20;
/** Streams each read-decide-append writer works on, seeded with SEED_EVENTS each, as documents with a history. */
const DECIDE_STREAMS = 100;
const SEED_EVENTS = 10;
/** Emmett's default reactor stores a checkpoint per message (a commit each): a smaller sample of it. */
const CHECKPOINTED_EVENTS = Number(process.env.BENCH_PEERS_CHECKPOINTED_EVENTS ?? 2_000);

/** Emmett's module (ESM only to a CommonJS caller, hence the dynamic import), and its store. */
const loadEmmett = () => import('@event-driven-io/emmett-postgresql');
const loadEmmettCore = () => import('@event-driven-io/emmett');
type Emmett = Awaited<ReturnType<typeof loadEmmett>>;
type EmmettCore = Awaited<ReturnType<typeof loadEmmettCore>>;
type EmmettStore = ReturnType<Emmett['getPostgreSQLEventStore']>;
type PeerEvent = { type: string; data: Record<string, unknown>; metadata?: Record<string, unknown> };

/** The one workload each store runs, as each store's own API does it. */
interface Contender {
  name: string;
  /** One event appended to a writer's current stream, with the exact expected revision (streams of 20 events). */
  appendOne(loop: number, i: number): Promise<void>;
  /** 50 events to a new stream. */
  appendFifty(i: number): Promise<void>;
  /** Read the stream, fold it, decide, append with the version read (a conflict would throw). */
  decide(stream: string, i: number): Promise<void>;
  seed(stream: string): Promise<void>;
  /** Reads the whole log from its start through the store's catch-up consumer; answers the events seen. */
  catchUp(total: number): Promise<number>;
  fill(total: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `npm run bench -- peers`: the store's workloads through Emmett's PostgreSQL event store
 * (@event-driven-io/emmett-postgresql, a dev dependency) and through ours, on the same server in the
 * same run, in the same database (theirs in `public`, ours in `event_store`), alternating so that a
 * busy moment of the machine does not fall on one side only. Our figures are printed as ratios of theirs.
 * Like for like: single appends with the exact expected revision, 1 and 8 writers; 50 events per call;
 * read → fold → decide → append with the revision read (Emmett: its `CommandHandler`; ours: readStream,
 * fold, append, as a handler that remembers no state does); a catch-up consumer from the start of the log
 * (Emmett: `consumer()` with a reactor, see `emmettCatchUp`; ours: `subscribeToAll`).
 */
export async function peersBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_peers');
  const emmett = await loadEmmett();
  const theirStore = emmett.getPostgreSQLEventStore(db.url);
  const theirs = emmettContender(theirStore, await loadEmmettCore());
  const ours = ourContender(await createPostgresEventStore(db.url, { poolSize: 16 }));
  const figures: Figure[] = [];
  const versus = (name: string, unit: string, ourValue: number, theirValue: number) =>
    figures.push(report({ bench: 'peers', name, value: ourValue, unit, baseline: { name: `Emmett ${name}`, value: theirValue } }));
  try {
    const both = async (run: (c: Contender) => Promise<number>): Promise<[number, number]> => {
      const them = await run(theirs);
      const us = await run(ours);
      return [us, them];
    };
    versus('append 1 event, 1 writer', 'events/s', ...(await both(async (c) => (await forDuration(SECONDS, 1, (loop, i) => c.appendOne(loop, i))).opsPerSecond)));
    versus('append 1 event, 8 writers', 'events/s', ...(await both(async (c) => (await forDuration(SECONDS, 8, (loop, i) => c.appendOne(loop, i))).opsPerSecond)));
    versus('append 50 events per call', 'events/s', ...(await both(async (c) => (await forDuration(SECONDS, 1, (_l, i) => c.appendFifty(i))).opsPerSecond * 50)));
    versus('read, decide, append (8 writers)', 'commands/s', ...(await both((c) => decideRate(c))));
    const [us, them] = await both(async (c) => {
      await c.fill(CATCH_UP_EVENTS);
      return timedCatchUp(() => c.catchUp(CATCH_UP_EVENTS));
    });
    versus(`catch-up consumer from the start (≥ ${CATCH_UP_EVENTS.toLocaleString('en-US')} events)`, 'events/s', us, them);
    const checkpointed = await timedCatchUp(() => emmettCatchUp(theirStore, CHECKPOINTED_EVENTS, true));
    figures.push(report({ bench: 'peers', name: `Emmett catch-up with its default checkpoints (stored per message, ${CHECKPOINTED_EVENTS.toLocaleString('en-US')} events)`, value: checkpointed, unit: 'events/s' }));
  } finally {
    await theirs.close();
    await ours.close();
    await db.stop();
  }
  return figures;
}

/**
 * Emmett's catch-up consumer from the start of its log: a reactor, batches of 1,000 with no pause
 * between them. By default a reactor stores its checkpoint in PostgreSQL after every message; ours
 * keeps none (a projection moves its own checkpoint with its rows), so the ratio is taken against
 * checkpoints kept in memory — the read path alone — and the default is measured beside it.
 */
async function emmettCatchUp(store: EmmettStore, total: number, storedCheckpoints: boolean): Promise<number> {
  let seen = 0;
  const consumer = store.consumer({ stopWhen: { noMessagesLeft: true }, pulling: { batchSize: 1_000, pullingFrequencyInMs: 0 } });
  const inMemory = {
    read: async () => ({ lastCheckpoint: null }),
    store: async ({ message }: { message: { metadata: { globalPosition: bigint } } }) => ({ success: true as const, newCheckpoint: message.metadata.globalPosition }),
  };
  consumer.reactor({
    processorId: `bench-${randomUUID()}`,
    startFrom: 'BEGINNING',
    eachMessage: async () => void seen++,
    stopAfter: () => seen >= total,
    ...(storedCheckpoints ? {} : { checkpoints: inMemory }),
  });
  await consumer.start();
  // `stop`, not `close`: a consumer of the store shares its pool, which `close` would end.
  await consumer.stop();
  return seen;
}

/** 8 writers, each on its own DECIDE_STREAMS streams (no conflicts: the figure is work, not retries). */
async function decideRate(contender: Contender): Promise<number> {
  const run = randomUUID().slice(0, 8);
  const streams = Array.from({ length: 8 }, (_, loop) => Array.from({ length: DECIDE_STREAMS }, (_, k) => `decide-${run}-${loop}-${k}`));
  for (const own of streams) await Promise.all(own.map((stream) => contender.seed(stream)));
  const { opsPerSecond } = await forDuration(SECONDS, 8, (loop, i) => contender.decide(streams[loop][i % DECIDE_STREAMS], i));
  return opsPerSecond;
}

async function timedCatchUp(read: () => Promise<number>): Promise<number> {
  const started = process.hrtime.bigint();
  const seen = await read();
  return seen / (Number(process.hrtime.bigint() - started) / 1e9);
}

/** The decision both stores take: a step allowed only while fewer than 1,000 steps were taken (so the fold is read). */
const decideStep = (steps: number, i: number) => {
  if (steps >= 1_000) throw new Error('too many steps');
  return sampleEvent(i);
};

function ourContender(store: EventStore): Contender {
  const heads = new Map<number, { stream: string; revision: bigint }>();
  let appended = 0;
  return {
    name: 'ours',
    async appendOne(loop, i) {
      const head = heads.get(loop) ?? { stream: `bench-${randomUUID()}`, revision: -1n };
      if (head.revision >= BigInt(EVENTS_PER_STREAM - 1)) Object.assign(head, { stream: `bench-${randomUUID()}`, revision: -1n });
      heads.set(loop, head);
      head.revision = (await store.append(head.stream, [sampleEvent(i)], head.revision < 0n ? 'no_stream' : head.revision)).nextExpectedRevision;
      appended++;
    },
    async appendFifty(i) {
      await store.append(`bench50-${randomUUID()}`, Array.from({ length: 50 }, (_, k) => sampleEvent(i * 50 + k)), 'no_stream');
      appended += 50;
    },
    async seed(stream) {
      await store.append(stream, Array.from({ length: SEED_EVENTS }, (_, k) => sampleEvent(k)), 'no_stream');
      appended += SEED_EVENTS;
    },
    async decide(stream, i) {
      const events = await store.readStream(stream);
      const steps = events.reduce((count) => count + 1, 0);
      await store.append(stream, [decideStep(steps, i)], events[events.length - 1].revision);
      appended++;
    },
    async fill(total) {
      for (; appended < total; appended += 8 * 500) {
        await Promise.all(Array.from({ length: 8 }, () => store.append(`fill-${randomUUID()}`, Array.from({ length: 500 }, (_, k) => sampleEvent(k)), 'no_stream')));
      }
    },
    async catchUp(total) {
      let seen = 0;
      const subscription = store.subscribeToAll({ after: -1n });
      for await (const batch of subscription) {
        seen += batch.length;
        if (seen >= total) break;
      }
      await subscription.close();
      return seen;
    },
    close: () => store.close(),
  };
}

function emmettContender(store: EmmettStore, core: EmmettCore): Contender {
  const heads = new Map<number, { stream: string; version: bigint }>();
  let appended = 0;
  const asPeer = ({ type, data, metadata }: NewEvent): PeerEvent => ({ type, data, metadata: metadata as unknown as Record<string, unknown> });
  const handle = core.CommandHandler<number, PeerEvent>({ evolve: (steps) => steps + 1, initialState: () => 0 });
  return {
    name: 'Emmett',
    async appendOne(loop, i) {
      const head = heads.get(loop) ?? { stream: `bench-${randomUUID()}`, version: 0n };
      if (head.version >= BigInt(EVENTS_PER_STREAM)) Object.assign(head, { stream: `bench-${randomUUID()}`, version: 0n });
      heads.set(loop, head);
      const expectedStreamVersion = head.version === 0n ? core.STREAM_DOES_NOT_EXIST : head.version;
      head.version = (await store.appendToStream(head.stream, [asPeer(sampleEvent(i))], { expectedStreamVersion })).nextExpectedStreamVersion;
      appended++;
    },
    async appendFifty(i) {
      const events = Array.from({ length: 50 }, (_, k) => asPeer(sampleEvent(i * 50 + k)));
      await store.appendToStream(`bench50-${randomUUID()}`, events, { expectedStreamVersion: core.STREAM_DOES_NOT_EXIST });
      appended += 50;
    },
    async seed(stream) {
      await store.appendToStream(stream, Array.from({ length: SEED_EVENTS }, (_, k) => asPeer(sampleEvent(k))), { expectedStreamVersion: core.STREAM_DOES_NOT_EXIST });
      appended += SEED_EVENTS;
    },
    async decide(stream, i) {
      // Its default: no retry on a version conflict, as ours (and each writer has its own streams: there are none).
      await handle(store, stream, (steps) => asPeer(decideStep(steps, i)));
      appended++;
    },
    async fill(total) {
      for (; appended < total; appended += 8 * 500) {
        await Promise.all(Array.from({ length: 8 }, () => store.appendToStream(`fill-${randomUUID()}`, Array.from({ length: 500 }, (_, k) => asPeer(sampleEvent(k))))));
      }
    },
    catchUp: (total) => emmettCatchUp(store, total, false),
    close: () => store.close(),
  };
}
