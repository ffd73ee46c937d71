import { dailySeriesKey, DEMO_CATALOGUE, localDateOf, versionCoversDay } from '@office/domain';
import { loadConfig, openPlatform } from '@office/runtime';
import { Client } from 'pg';
import { generateDemoDossiers } from '../apps/demo/src/dossiers/demo-dossiers';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from '../apps/demo/src/dossiers/dossier-texts';
import { startApiProcess, type ApiProcess } from './api-process';
import { cannon, numberGaps, rawInsertRate } from './commands.bench';
import { benchDatabase, percentile, report, type Figure } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const DOSSIERS = Number(process.env.BENCH_ONESTOP_DOSSIERS ?? 200_000);
/** Applicants generated through the real handlers: the sample the year's read-model rows are cloned from. */
const SAMPLE = Number(process.env.BENCH_ONESTOP_SAMPLE ?? 300);
const JWT = 'bench-secret-bench-secret-bench-secret!';
/** The demo catalogue is in force from 1/7/2025: the year runs from then. */
export const YEAR = { from: '2025-07-01', to: '2026-06-30' } as const;
const MONTH = '2026-03';
const REPORT_RUNS = 30;
const PAGE_RUNS = 300;

/**
 * The one-stop desk (issue 11 point 9), on a durable embedded PostgreSQL with the real server as
 * a child process (API and projector as in production):
 * - receptions (POST /api/dossiers: the day's gapless code, then the append) over HTTP at 50
 *   connections, beside raw 1-row INSERTs with 50 clients on the same server in the same run;
 * - the statistics of a year, the 766 panel of a month and a dossier page, p95, over a year of
 *   BENCH_ONESTOP_DOSSIERS dossiers. The year is built in two parts: a sample of BENCH_ONESTOP_SAMPLE
 *   applicants goes through the real command handlers (the demo desk's plan: every outcome, the
 *   catalogue's procedures weighted by field) and is projected by the real projector; its rows are
 *   then cloned set-based in SQL to the year's size (new ids, the day's codes continued). The
 *   reports read only these rows, so their shape and mix are the projections' own; a busier desk
 *   on the same days is what the clones add. Writing the whole year through the handlers would take
 *   hours on this machine, and the reports' cost depends on the rows, not on how they were made.
 */
export async function onestopBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_onestop');
  const figures: Figure[] = [];
  let api: ApiProcess | undefined;
  try {
    const head = await writeSample(db.url, figures);
    api = await startApiProcess(db.url);
    const leader = await api.login('chanh.vp');
    await waitForProjector(api, leader, head);
    const year = await cloneYear(db.url, DOSSIERS);
    figures.push(report({ bench: 'onestop', name: `year cloned set-based from the projected sample (${year.dossiers.toLocaleString('en-US')} dossiers)`, value: year.seconds, unit: 's', note: `${year.handovers.toLocaleString('en-US')} control-sheet rows, ${year.slips.toLocaleString('en-US')} desk slips` }));

    const stats = await latencies(api, leader, REPORT_RUNS, () => `/api/onestop/stats?from=${YEAR.from}&to=${YEAR.to}&groupBy=field`);
    figures.push(report({ bench: 'onestop', name: `statistics of a year, per field, p95 (target ≤ 100 ms)`, value: stats.p95, unit: 'ms', note: `p50 ${stats.p50.toFixed(1)} ms over ${REPORT_RUNS} runs` }));
    const byProcedure = await latencies(api, leader, REPORT_RUNS, () => `/api/onestop/stats?from=${YEAR.from}&to=${YEAR.to}&groupBy=procedure`);
    figures.push(report({ bench: 'onestop', name: `statistics of a year, per procedure, p95`, value: byProcedure.p95, unit: 'ms', note: `p50 ${byProcedure.p50.toFixed(1)} ms` }));
    const panel = await latencies(api, leader, REPORT_RUNS, () => `/api/onestop/index766?month=${MONTH}`);
    figures.push(report({ bench: 'onestop', name: `766 panel of a month, p95 (target ≤ 100 ms)`, value: panel.p95, unit: 'ms', note: `p50 ${panel.p50.toFixed(1)} ms over ${REPORT_RUNS} runs` }));
    const ids = await sampleIds(db.url, PAGE_RUNS);
    const desk = await api.login('motcua1');
    const page = await latencies(api, desk, PAGE_RUNS, (i) => `/api/dossiers/${ids[i % ids.length]}`);
    figures.push(report({ bench: 'onestop', name: `dossier page p95 (target ≤ 20 ms)`, value: page.p95, unit: 'ms', note: `p50 ${page.p50.toFixed(1)} ms over ${PAGE_RUNS} dossiers` }));

    const raw = await rawInsertRate(db.url);
    const receptions = await receive(api, desk);
    const rate = receptions.result['2xx'] / receptions.result.duration;
    figures.push(report({ bench: 'onestop', name: 'receptions (daily code + append), 2xx only, 50 connections', value: rate, unit: 'req/s', baseline: { name: '1-row INSERT, 50 clients', value: raw }, note: `target ≥ 50 %; ${receptions.result.non2xx} non-2xx, ${receptions.result.errors} errors; pool of ${receptions.pool} bodies` }));
    figures.push(report({ bench: 'onestop', name: 'receptions p99 latency (target ≤ 50 ms)', value: receptions.result.latency.p99, unit: 'ms (p99)', note: `p50 ${receptions.result.latency.p50} ms` }));
    figures.push(report({ bench: 'onestop', name: 'dossier codes given today, silent gaps found', value: await numberGaps(db.url, dailySeriesKey('dossier', new Date().toISOString())), unit: 'gaps' }));
  } finally {
    await api?.stop();
    await db.stop();
  }
  return figures;
}

/** The sample year through the real handlers, in this process; answers the log's head position. */
export async function writeSample(url: string, figures: Figure[]): Promise<string> {
  const platform = await openPlatform(loadConfig({ DATABASE_URL: url, JWT_SECRET: JWT, LOG_LEVEL: 'error', SEED_DEMO_DOCUMENTS: 'false', SEED_DEMO_ORGANISATION: 'true' }), () => undefined);
  try {
    const sample = await generateDemoDossiers(platform, { dossiers: SAMPLE, ...YEAR, seed: 1 });
    if (sample.failed > 0) throw new Error(`the sample was refused: ${sample.errors[0]}`);
    const name = `sample year through the command handlers (${sample.received} dossiers, ${sample.slips} desk slips)`;
    figures.push(report({ bench: 'onestop', name, value: sample.steps / (sample.elapsedMs / 1000), unit: 'steps/s', note: `${sample.steps} steps in ${(sample.elapsedMs / 1000).toFixed(1)} s` }));
    return (await platform.eventStore.headPosition()).toString();
  } finally {
    await platform.close();
  }
}

/** The projector (a child of the server) has projected the sample: a report asked with `minPosition` says where it got to. */
export async function waitForProjector(api: ApiProcess, token: string, head: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const response = await fetch(`${api.baseUrl}/api/onestop/index766?month=${MONTH}&minPosition=${head}`, { headers: { authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { projectedPosition?: string };
    if (response.ok && BigInt(body.projectedPosition ?? -1) >= BigInt(head)) return;
  }
  throw new Error(`the projector did not reach position ${head}`);
}

/**
 * Copies the projected dossiers (with their control-sheet rows) and desk slips until the year
 * holds `dossiers` dossiers: each copy gets an id of its own and the next code of its day, so the
 * unique code index and the per-day order hold; every other column is the original's.
 */
export async function cloneYear(url: string, dossiers: number): Promise<{ dossiers: number; handovers: number; slips: number; seconds: number }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const started = Date.now();
  try {
    const columns = async (table: string) =>
      (await client.query<{ column_name: string }>(`SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`, [table])).rows.map((r) => r.column_name);
    const select = (names: string[], replaced: Record<string, string>, alias: string) => names.map((name) => replaced[name] ?? `${alias}.${name}`).join(', ');
    const [{ n }] = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM rm_dossiers WHERE code IS NOT NULL`)).rows;
    const copies = Math.max(0, Math.ceil(dossiers / n) - 1);
    await client.query('BEGIN');
    await client.query(
      `CREATE TEMP TABLE clone_map ON COMMIT DROP AS
       WITH days AS (SELECT received_on, max(sequence) AS top FROM rm_dossiers WHERE code IS NOT NULL GROUP BY 1)
       SELECT d.id AS original, ${uuidFrom(`d.id::text || ':' || g`)} AS id, days.top + row_number() OVER (PARTITION BY d.received_on ORDER BY g, d.sequence) AS sequence
         FROM rm_dossiers d JOIN days ON days.received_on = d.received_on CROSS JOIN generate_series(1, $1::int) g WHERE d.code IS NOT NULL`,
      [copies],
    );
    const dossierColumns = await columns('rm_dossiers');
    const cloned = {
      id: 'm.id',
      sequence: 'm.sequence',
      code: `regexp_replace(d.code, '\\d{4}$', lpad(m.sequence::text, 4, '0'))`,
    };
    await client.query(`INSERT INTO rm_dossiers (${dossierColumns.join(', ')}) SELECT ${select(dossierColumns, cloned, 'd')} FROM clone_map m JOIN rm_dossiers d ON d.id = m.original`);
    const handoverColumns = await columns('rm_dossier_handovers');
    await client.query(`INSERT INTO rm_dossier_handovers (${handoverColumns.join(', ')}) SELECT ${select(handoverColumns, { dossier_id: 'm.id' }, 'h')} FROM clone_map m JOIN rm_dossier_handovers h ON h.dossier_id = m.original`);
    const receptionColumns = await columns('rm_receptions');
    await client.query(
      `INSERT INTO rm_receptions (${receptionColumns.join(', ')}) SELECT ${select(receptionColumns, { id: uuidFrom(`r.id::text || ':' || g`), slip_number: `r.slip_number || '-' || g` }, 'r')}
         FROM rm_receptions r CROSS JOIN generate_series(1, $1::int) g`,
      [copies],
    );
    await client.query('COMMIT');
    await client.query('ANALYZE rm_dossiers; ANALYZE rm_dossier_handovers; ANALYZE rm_receptions');
    const count = async (table: string) => (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n;
    return { dossiers: await count('rm_dossiers'), handovers: await count('rm_dossier_handovers'), slips: await count('rm_receptions'), seconds: (Date.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}

/** SQL for a version-4-shaped UUID hashed from `text` (the routes accept v4 ids only). */
function uuidFrom(text: string): string {
  return `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
}

async function sampleIds(url: string, n: number): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ id: string }>(`SELECT id FROM rm_dossiers TABLESAMPLE SYSTEM (10) LIMIT $1`, [n])).rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}

/** Sequential GETs (one client, as a leader opening the page); every answer must be 200. */
export async function latencies(api: ApiProcess, token: string, runs: number, path: (i: number) => string): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = -3; i < runs; i++) {
    const started = performance.now();
    const response = await fetch(`${api.baseUrl}${path(Math.max(i, 0))}`, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${path(Math.max(i, 0))}: ${response.status}`);
    if (i >= 0) times.push(performance.now() - started); // the first three warm the caches and plans
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/**
 * Receptions of today's procedures at 50 connections, each request a body of the pool in turn
 * (distinct applicants, the procedures the desk receives today), sized to the run so that no body
 * repeats within it at the expected rate.
 */
async function receive(api: ApiProcess, token: string) {
  const today = localDateOf(new Date());
  const procedures = DEMO_CATALOGUE.filter((p) => versionCoversDay(p.version, today));
  const pool = Array.from({ length: Math.max(1_000, SECONDS * 500) }, (_, i) => {
    const procedure = procedures[i % procedures.length];
    return JSON.stringify({
      procedureCode: procedure.code,
      applicant: { name: `${FAMILY_NAMES[i % FAMILY_NAMES.length]} ${MIDDLE_NAMES[i % MIDDLE_NAMES.length]} ${GIVEN_NAMES[i % GIVEN_NAMES.length]}`, idNumber: `0452${String(i).padStart(8, '0')}` },
      items: procedure.version.requiredItems.filter((item) => item.mandatory).map(({ name, form, quantity }) => ({ name, form, quantity })),
      channel: i % 3 === 0 ? 'online' : 'direct',
    });
  });
  let next = 0;
  const result = await cannon(api, {
    method: 'POST',
    path: '/api/dossiers',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: pool[0],
    setupRequest: (request) => ({ ...request, body: pool[next++ % pool.length] }),
  });
  return { result, pool: pool.length };
}

