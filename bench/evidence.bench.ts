import { createWriteStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { get, type IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import { createPostgresEventStore } from '@office/event-store';
import { ensureDatabase, startEmbeddedPostgres } from '@office/runtime';
import { Client } from 'pg';
import { startApiProcess, type ApiProcess } from './api-process';
import { timed, waitForProjector as waitForEveryProjection, writeSyntheticYear } from './audit.bench';
import { benchDatabase, report, type Figure } from './harness';
import { cloneYear, waitForProjector, writeSample } from './onestop.bench';

/** Documents of 2026 (≈ 9 events each) and dossiers of the one-stop year (1/7/2025–30/6/2026, cloned from a projected sample). */
const DOCUMENTS = Number(process.env.BENCH_EVIDENCE_DOCUMENTS ?? 50_000);
const DOSSIERS = Number(process.env.BENCH_EVIDENCE_DOSSIERS ?? 400_000);
/** The pack's year: every document, and the half of the one-stop year that falls in it with what it carried over. */
const PERIOD = { from: '2026-01-01', to: '2026-12-31' };
/** Issue #12 item 7: a year for the whole office in at most 60 s and 300 MB. */
const LIMITS = { seconds: 60, rssMb: 300 };
/**
 * BENCH_EVIDENCE_KEEP=<folder>: the year's database stays in that folder (one per size) and the next
 * run with the same sizes measures the pack on it again instead of writing the year anew (minutes).
 */
const KEEP = process.env.BENCH_EVIDENCE_KEEP;
/** BENCH_EVIDENCE_ZIP=<file>: the pack is also saved there, to compare its files between two versions of the code. */
const SAVE_ZIP = process.env.BENCH_EVIDENCE_ZIP;

/**
 * The ISO evidence pack of a year for the whole office (issue #12 item 7), against the real server
 * as a child process: the documents' registers, events and chains (as in the audit bench) and the
 * quality parts over a one-stop year (per-procedure statistics, the dossiers' steps, twelve 766
 * panels, the process register, the self-check list) written together; time, zip size and the
 * API's peak RSS while the pack is prepared and streamed.
 */
export async function evidenceBench(): Promise<Figure[]> {
  const db = KEEP ? await keptDatabase(KEEP) : { ...(await benchDatabase('bench_evidence')), ready: false, markReady: () => undefined };
  const figures: Figure[] = [];
  let api: ApiProcess | undefined;
  try {
    if (db.ready) {
      api = await startApiProcess(db.url);
    } else {
      api = await writeYear(db.url, figures);
      db.markReady();
    }
    const iso = await api.login('thuky.iso');
    let bytes = 0;
    const before = api.rssMb();
    const cpuBefore = cpuSeconds(api.pid);
    const threads = threadCpu(api.pid);
    const pack = await timed(api, async () => {
      // node:http, not fetch: fetch gives up on a response whose headers take more than 300 s (a pack on a machine others load).
      const response = await new Promise<IncomingMessage>((resolve, reject) =>
        get(`${api!.baseUrl}/api/iso/evidence?from=${PERIOD.from}&to=${PERIOD.to}`, { headers: { authorization: `Bearer ${iso}` } }, resolve).once('error', reject),
      );
      if (response.statusCode !== 200) throw new Error(`evidence: ${response.statusCode} ${(await response.toArray()).join('')}`);
      const saved = SAVE_ZIP ? createWriteStream(SAVE_ZIP) : undefined;
      for await (const chunk of response) {
        bytes += (chunk as Buffer).length;
        if (saved && !saved.write(chunk)) await once(saved, 'drain');
      }
      saved?.end();
      if (saved) await once(saved, 'close');
    }).finally(() => threads.stop());
    figures.push(report({ bench: 'evidence', name: `ISO evidence pack of a year, whole office (limit ${LIMITS.seconds} s)`, value: pack.seconds, unit: 's', note: `${(bytes / 1_048_576).toFixed(1)} MB zip` }));
    figures.push(report({ bench: 'evidence', name: `ISO evidence pack: API peak RSS (limit ${LIMITS.rssMb} MB)`, value: pack.peakRssMb, unit: 'MB', note: `${before.toFixed(0)} MB before` }));
    figures.push(report({ bench: 'evidence', name: 'ISO evidence pack: API CPU time (all its threads)', value: cpuSeconds(api.pid) - cpuBefore, unit: 's', note: 'what a busy machine does not distort' }));
    const { main, newest, others } = threads.seconds();
    figures.push(report({ bench: 'evidence', name: 'ISO evidence pack: CPU of the pack\'s worker thread', value: newest, unit: 's', note: `API thread ${main.toFixed(1)} s, other threads (zlib, GC, I/O) ${others.toFixed(1)} s` }));
  } finally {
    await api?.stop();
    await db.stop();
  }
  return figures;
}

/** The sample, the documents and the cloned one-stop year, projected; answers the API that projected them. */
async function writeYear(url: string, figures: Figure[]): Promise<ApiProcess> {
  const head = await writeSample(url, figures);
  const store = await createPostgresEventStore(url, { poolSize: 16 });
  const events = await writeSyntheticYear(store, DOCUMENTS).finally(() => store.close());
  figures.push(report({ bench: 'evidence', name: 'documents of the year written', value: events, unit: 'events', note: `${DOCUMENTS} documents` }));
  const api = await startApiProcess(url);
  const leader = await api.login('chanh.vp');
  await waitForProjector(api, leader, head);
  const year = await cloneYear(url, DOSSIERS);
  figures.push(report({ bench: 'evidence', name: 'one-stop year cloned', value: year.dossiers, unit: 'dossiers', note: `${year.handovers} control-sheet rows` }));
  const seconds = await waitForEveryProjection(url);
  figures.push(report({ bench: 'evidence', name: 'projector catch-up on the documents', value: seconds, unit: 's' }));
  return api;
}

/** The embedded PostgreSQL of BENCH_EVIDENCE_KEEP for this size, and whether a run already wrote its year there. */
async function keptDatabase(folder: string) {
  const root = resolve(folder, `evidence-${DOCUMENTS}-${DOSSIERS}`);
  const marker = join(root, 'year-written');
  const pg = await startEmbeddedPostgres({ dataDir: join(root, 'pg') });
  const ready = existsSync(marker);
  // A year left half-written by a run that failed is written again from nothing.
  if (!ready) await dropDatabase(pg.url, 'bench_evidence');
  return {
    url: await ensureDatabase(pg.url, 'bench_evidence'),
    ready,
    markReady: () => writeFileSync(marker, new Date().toISOString()),
    stop: () => pg.stop(),
  };
}

async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  } finally {
    await admin.end();
  }
}

/**
 * The CPU of a process's threads while the pack is written, sampled from /proc/<pid>/task every
 * 200 ms (a thread's figures go with it when it ends): its main thread, the busiest thread started
 * meanwhile (the pack's worker thread), and the other threads (libuv's pool deflating, V8's helpers).
 */
function threadCpu(pid: number) {
  const tids = () => readdirSync(`/proc/${pid}/task`);
  // A thread that ends between the listing and the read is left out of that sample.
  const read = (tid: string) => {
    try {
      return cpuSeconds(pid, tid);
    } catch {
      return undefined;
    }
  };
  const atStart = new Map(tids().map((tid) => [tid, read(tid) ?? 0]));
  const latest = new Map<string, number>();
  const sample = () => {
    for (const tid of tids()) {
      const seconds = read(tid);
      if (seconds !== undefined) latest.set(tid, seconds);
    }
  };
  const timer = setInterval(sample, 200);
  return {
    stop() {
      clearInterval(timer);
      sample();
    },
    seconds() {
      const used = [...latest].map(([tid, seconds]) => ({ tid, seconds: seconds - (atStart.get(tid) ?? 0), born: !atStart.has(tid) }));
      const main = used.find((t) => t.tid === String(pid))?.seconds ?? 0;
      const newest = Math.max(0, ...used.filter((t) => t.born).map((t) => t.seconds));
      return { main, newest, others: used.reduce((sum, t) => sum + t.seconds, 0) - main - newest };
    },
  };
}

/** User + system CPU seconds of a process (or of one of its threads) so far (Linux: /proc/<pid>/stat, fields 14 and 15, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number, tid?: string): number {
  const fields = readFileSync(tid === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
