import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { VIETNAM_CALENDAR } from '@office/domain';
import { loadConfig, openPlatform, type Platform } from '@office/runtime';
import { Client } from 'pg';
import { Registry } from 'prom-client';
import { createApi } from '../apps/api/src/create-api';
import { writeSyntheticLog } from '../apps/demo/src/office/synthetic-log';
import { PROJECTIONS } from '../apps/projector/src/projections';
import { benchDatabase, percentile, report, type Figure } from './harness';

const EVENTS = Number(process.env.BENCH_PROJECTOR_EVENTS ?? 1_000_000);
const LIVE_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const LIVE_RATE = 500;
const BATCH = 5_000;
const QUERY_RUNS = 40;
const JWT = 'bench-secret-bench-secret-bench-secret!';
/** Events per document in the synthetic office (registration, routing, appraisal, signing, issue, numbering, …). */
const EVENTS_PER_DOCUMENT = 11;

/**
 * The projector on a realistic log written through the EventStore port (every stream decided by
 * the real domain rules): rebuild of every projection over BENCH_PROJECTOR_EVENTS events (the real
 * CLI in a child process: events/s and peak RSS) beside a set-based upsert of the same rows in SQL
 * alone; query latency on the rebuilt read models; live lag while 500 commands/s arrive, with the
 * projector as its own process as in production.
 */
export async function projectorBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_projector');
  const figures: Figure[] = [];
  const platform = await openPlatform(loadConfig({ DATABASE_URL: db.url, JWT_SECRET: JWT, LOG_LEVEL: 'error', SEED_DEMO_DOCUMENTS: 'false', SEED_DEMO_ORGANISATION: 'true' }), () => undefined);
  try {
    const generated = await generate(platform);
    figures.push(report({ bench: 'projector', name: `log written through the store port (${generated.events.toLocaleString('en-US')} events)`, value: generated.events / generated.seconds, unit: 'events/s', note: `${generated.documents.toLocaleString('en-US')} documents` }));

    const rebuild = await rebuildInChildProcess(db.url);
    const raw = await rawSetBasedUpsert(db.url, 'per batch');
    const floor = await rawSetBasedUpsert(db.url, 'once');
    const rate = rebuild.events / rebuild.seconds;
    figures.push(report({ bench: 'projector', name: `rebuild all projections over ${rebuild.events.toLocaleString('en-US')} events`, value: rate, unit: 'events/s', baseline: { name: `set-based INSERT … SELECT … ON CONFLICT of the rows each ${BATCH}-event batch touches`, value: raw.events / raw.seconds }, note: `${rebuild.seconds.toFixed(1)} s; raw ${raw.seconds.toFixed(1)} s` }));
    figures.push(report({ bench: 'projector', name: 'rebuild against the floor (every final row inserted once, set-based)', value: rate, unit: 'events/s', baseline: { name: 'one INSERT … SELECT per table + indexes', value: floor.events / floor.seconds }, note: `floor ${floor.seconds.toFixed(1)} s` }));
    figures.push(report({ bench: 'projector', name: 'rebuild wall time (target < 60 s for 1M events)', value: rebuild.seconds, unit: 's' }));
    figures.push(report({ bench: 'projector', name: 'rebuild peak RSS (target ≤ 300 MB)', value: rebuild.peakRssMb, unit: 'MB' }));

    for (const figure of await queryLatencies(platform)) figures.push(report(figure));

    const live = await liveLag(db.url, platform);
    figures.push(report({ bench: 'projector', name: `live lag p50 at ${LIVE_RATE} commands/s`, value: live.p50, unit: 'ms', note: `${live.count} commands over ${LIVE_SECONDS} s, ${live.rate.toFixed(0)} commands/s achieved` }));
    figures.push(report({ bench: 'projector', name: `live lag p99 at ${LIVE_RATE} commands/s (target ≤ 100 ms)`, value: live.p99, unit: 'ms' }));
    figures.push(report({ bench: 'projector', name: 'projector process RSS after the live run', value: live.rssMb, unit: 'MB' }));
  } finally {
    await platform.close();
    await db.stop();
  }
  return figures;
}

async function generate(platform: Platform) {
  const started = Date.now();
  const organisation = await platform.directory.organisation();
  let last = 0;
  const result = await writeSyntheticLog(platform.eventStore, {
    documents: Math.ceil(EVENTS / EVENTS_PER_DOCUMENT), from: '2025-01-01', to: '2025-12-31', seed: 1, organisation, calendar: VIETNAM_CALENDAR,
    maxEvents: EVENTS, concurrency: 32,
    onProgress: (events) => {
      if (Date.now() - last < 5_000) return;
      last = Date.now();
      console.error(`  writing the log: ${events.toLocaleString('en-US')}/${EVENTS.toLocaleString('en-US')} events`);
    },
  });
  return { ...result, seconds: (Date.now() - started) / 1000 };
}

/** `npm run projections -- rebuild all`, as an operator runs it; its summary line has the figures. */
export async function rebuildInChildProcess(url: string): Promise<{ events: number; seconds: number; peakRssMb: number }> {
  const started = Date.now();
  const output = await new Promise<string>((resolve, reject) => {
    // BENCH_PROJECTOR_NODE_ARGS, e.g. `--cpu-prof`, profiles the rebuild.
    const nodeArgs = (process.env.BENCH_PROJECTOR_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, join(__dirname, '..', 'scripts', 'projections.js'), 'rebuild', 'all', '--batch', String(BATCH)], {
      env: { ...process.env, DATABASE_URL: url, JWT_SECRET: JWT },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`rebuild exited with ${code}: ${out}`))));
  });
  const match = /: ([\d,]+) events in ([\d.]+) s .*peak RSS (\d+) MB/.exec(output);
  if (!match) throw new Error(`unexpected rebuild output: ${output}`);
  console.error(`  ${output.trim()} (process ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return { events: Number(match[1].replace(/,/g, '')), seconds: Number(match[2]), peakRssMb: Number(match[3]) };
}

/**
 * The same writes in SQL alone, from the rebuilt tables into empty copies (no log decoding, no
 * folding, no transfer from a client): `per batch`, in the rebuild's batches of the log, the rows
 * of the documents each batch touches are upserted set-based (what a projection that writes after
 * every batch writes); `once`, every final row is inserted once (the floor). Then the same
 * secondary indexes are built.
 */
async function rawSetBasedUpsert(url: string, mode: 'per batch' | 'once'): Promise<{ events: number; seconds: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables: Array<{ table: string; key: string[]; byDocument: string }> = [
      { table: 'rm_document_summaries', key: ['id'], byDocument: 'id' },
      { table: 'rm_process_documents', key: ['document_id'], byDocument: 'document_id' },
      { table: 'rm_process_steps', key: ['document_id', 'step'], byDocument: 'document_id' },
      { table: 'rm_incoming_register', key: ['year', 'series', 'number'], byDocument: 'document_id' },
      { table: 'rm_outgoing_register', key: ['year', 'series', 'number'], byDocument: 'document_id' },
    ];
    await client.query('DROP SCHEMA IF EXISTS bench_raw CASCADE; CREATE SCHEMA bench_raw');
    const statements: string[] = [];
    for (const { table, key, byDocument } of tables) {
      await client.query(`CREATE TABLE bench_raw.${table} (LIKE public.${table} INCLUDING DEFAULTS)`);
      await client.query(`ALTER TABLE bench_raw.${table} ADD PRIMARY KEY (${key.join(', ')})`);
      const { rows } = await client.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table]);
      const others = rows.map((r) => r.column_name).filter((c) => !key.includes(c));
      statements.push(
        `INSERT INTO bench_raw.${table} SELECT t.* FROM public.${table} t WHERE t.${byDocument} IN (SELECT id FROM touched)
         ON CONFLICT (${key.join(', ')}) DO UPDATE SET (${others.join(', ')}) = ROW(${others.map((c) => `EXCLUDED.${c}`).join(', ')})`,
      );
    }
    const { rows: bounds } = await client.query<{ position: string }>(
      `SELECT position::text FROM (SELECT position, row_number() OVER (ORDER BY position) AS n FROM event_store.events) x WHERE n % ${BATCH} = 0 ORDER BY position`,
    );
    const [{ events, last }] = (await client.query<{ events: number; last: string }>('SELECT count(*)::int AS events, max(position)::text AS last FROM event_store.events')).rows;
    const edges = mode === 'once' ? ['-1', last] : ['-1', ...bounds.map((b) => b.position), last];
    const started = Date.now();
    for (let i = 1; i < edges.length; i++) {
      if (edges[i] === edges[i - 1]) continue;
      await client.query('BEGIN; SET LOCAL synchronous_commit = off');
      await client.query(
        `CREATE TEMP TABLE touched ON COMMIT DROP AS SELECT DISTINCT substr(stream_id, 10)::uuid AS id FROM event_store.events
          WHERE position > $1 AND position <= $2 AND stream_id LIKE 'document-%'`,
        [edges[i - 1], edges[i]],
      );
      await client.query('ANALYZE touched'); // without statistics the planner scans whole tables for a few hundred ids
      for (const statement of statements) await client.query(statement);
      await client.query('COMMIT');
    }
    for (const { table } of tables) {
      const { rows } = await client.query<{ def: string }>(
        `SELECT pg_get_indexdef(i.indexrelid) AS def FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary`,
        [`public.${table}`],
      );
      for (const { def } of rows) await client.query(def.replace(/INDEX (\S+) ON (ONLY )?public\./, 'INDEX raw_$1 ON $2bench_raw.'));
      await client.query(`ANALYZE bench_raw.${table}`);
    }
    const seconds = (Date.now() - started) / 1000;
    await client.query('DROP SCHEMA bench_raw CASCADE');
    return { events, seconds };
  } finally {
    await client.end();
  }
}

/** p95 of the read-model queries leaders and clerks use, on the rebuilt tables (the API in this process, `inject`). */
async function queryLatencies(platform: Platform): Promise<Figure[]> {
  const api = await createApi({ ...platform, metrics: new Registry(), clock: () => new Date('2025-12-31T03:00:00Z') }, 'error');
  await api.init();
  try {
    const token = async (username: string) => JSON.parse((await api.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'demo' } })).body).accessToken as string;
    const leader = await token('chanh.vp');
    const clerk = await token('vanthu1');
    const page = (n: number) => `/api/registers/incoming?year=2025&series=normal&page=${n}&pageSize=200`;
    // The last page walks the whole series' numbers to its offset: the page the OFFSET costs most.
    const { total } = JSON.parse((await api.inject({ method: 'GET', url: page(1), headers: { authorization: `Bearer ${clerk}` } })).body) as { total: number };
    const queries: Array<[string, string, string]> = [
      ['weekly briefing (one week, by department, field, specialist)', '/api/stats/briefing?from=2025-06-02&to=2025-06-08', leader],
      ['weekly briefing (a quarter)', '/api/stats/briefing?from=2025-04-01&to=2025-06-30', leader],
      ['ISO compliance (the whole year)', '/api/iso/compliance?from=2025-01-01&to=2025-12-31', leader],
      ['documents list (overdue, first page)', '/api/documents?overdue=true&pageSize=50', leader],
      ['incoming register, confidential series (whole year)', '/api/registers/incoming?year=2025&series=confidential', clerk],
      ['incoming register, normal series (a page of 200, as the web page reads it)', page(20), clerk],
      ['incoming register, normal series (its last page of 200)', page(Math.max(1, Math.ceil(total / 200))), clerk],
      ['incoming register, normal series (whole year, unpaged JSON)', '/api/registers/incoming?year=2025&series=normal', clerk],
    ];
    const figures: Figure[] = [];
    for (const [name, url, bearer] of queries) {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < QUERY_RUNS; i++) {
        const started = performance.now();
        const answer = await api.inject({ method: 'GET', url, headers: { authorization: `Bearer ${bearer}` } });
        times.push(performance.now() - started);
        if (answer.statusCode !== 200) throw new Error(`${url}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
        if (i === 0) rows = JSON.parse(answer.body).rows?.length ?? 0;
      }
      times.sort((x, y) => x - y);
      figures.push({ bench: 'projector', name: `${name} p95 (target ≤ 50 ms)`, value: percentile(times, 95), unit: 'ms', note: `p50 ${percentile(times, 50).toFixed(1)} ms${rows ? `, ${rows.toLocaleString('en-US')} rows` : ''}` });
    }
    return figures;
  } finally {
    await api.close();
  }
}

/**
 * The projector as its own process (as `npm start` runs it); commands arrive at 500/s through the
 * store. Lag of a command: from its append being acknowledged to every projection's checkpoint
 * covering it (checkpoints polled every 2 ms).
 */
async function liveLag(url: string, platform: Platform): Promise<{ p50: number; p99: number; count: number; rate: number; rssMb: number }> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'apps', 'projector', 'src', 'main.js')], {
    env: { ...process.env, DATABASE_URL: url, JWT_SECRET: JWT, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const poller = new Client({ connectionString: url });
  await poller.connect();
  const names = PROJECTIONS.map((p) => p.name);
  const checkpoint = async () => BigInt((await poller.query<{ p: string }>('SELECT min(position)::text AS p FROM projection_checkpoints WHERE name = ANY($1)', [names])).rows[0].p ?? '-1');
  try {
    // The checkpoints may be at the head already (a rebuild just set them): wait for this process to hold every projection, too.
    const instance = `${hostname()}-${child.pid}`;
    const holding = async () =>
      (await poller.query<{ n: number }>('SELECT coalesce(cardinality(projections), 0) AS n FROM projector_heartbeats WHERE instance_id = $1', [instance])).rows[0]?.n ?? 0;
    const head = await platform.eventStore.headPosition();
    for (let i = 0; (await holding()) < names.length || (await checkpoint()) < head; i++) {
      if (i > 6_000) throw new Error('the projector did not start and catch up in 60 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const pending: Array<{ position: bigint; at: number }> = [];
    const lags: number[] = [];
    let running = true;
    const poll = (async () => {
      while (running || pending.length > 0) {
        const reached = await checkpoint();
        const now = performance.now();
        for (let i = pending.length - 1; i >= 0; i--) {
          if (pending[i].position <= reached) {
            lags.push(now - pending[i].at);
            pending.splice(i, 1);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    poll.catch(() => undefined); // awaited below; if the load fails first, ending the poller must not crash the bench
    const organisation = await platform.directory.organisation();
    const started = Date.now();
    let steps = 0;
    await writeSyntheticLog(platform.eventStore, {
      documents: Math.ceil((LIVE_RATE * LIVE_SECONDS) / 9), from: '2026-03-02', to: '2026-03-31', seed: 2, organisation, calendar: VIETNAM_CALENDAR,
      stepsPerSecond: LIVE_RATE, maxEvents: Math.round(LIVE_RATE * LIVE_SECONDS * 1.2), concurrency: 16,
      onProgress: () => void steps++,
      onWritten: (position) => pending.push({ position, at: performance.now() }),
    });
    const seconds = (Date.now() - started) / 1000;
    running = false;
    await poll;
    lags.sort((a, b) => a - b);
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
    return { p50: percentile(lags, 50), p99: percentile(lags, 99), count: lags.length, rate: steps / seconds, rssMb };
  } finally {
    // The child first: a failure must not leave a projector running after the bench.
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    await poller.end();
  }
}
