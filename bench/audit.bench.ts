import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { verifyLog } from '@office/audit';
import {
  decideDocument, DEMO_ORGANISATION, documentStreamName, evolveDocument, initialDocumentState, schemaVersionOf, VIETNAM_CALENDAR,
  type DocumentCommand, type DocumentContext, type DocumentState,
} from '@office/domain';
import { createPostgresEventStore, type EventStore, type NewEvent } from '@office/event-store';
import { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './api-process';
import { benchDatabase, percentile, report, type Figure } from './harness';

/** Documents of the synthetic year (≈ 9 events each); BENCH_AUDIT_DOCUMENTS=5000 for a quick run. */
const DOCUMENTS = Number(process.env.BENCH_AUDIT_DOCUMENTS ?? 50_000);
const READS = Number(process.env.BENCH_AUDIT_READS ?? 300);
const CONTEXT: DocumentContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR };
const person = (username: string) => DEMO_ORGANISATION.users.find((u) => u.username === username)!;
const KT = DEMO_ORGANISATION.departments.find((d) => d.code === 'KT')!.id;
const HOUR = 3_600_000;

/**
 * The auditors' and ISO secretaries' reads on a synthetic year of documents written through the
 * domain's own decider (so every event is real and every chain valid), against the real server
 * as a child process: a 20-event document's history and its state at an instant (p99, one
 * connection, each auditor read recorded as it is in production), the first digest over the whole
 * year, verification of the whole log (events/s), and the year's evidence pack (time, zip size,
 * peak RSS of the API process).
 */
export async function auditBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_audit');
  const store = await createPostgresEventStore(db.url, { poolSize: 16 });
  const figures: Figure[] = [];
  let api: ApiProcess | undefined;
  try {
    const started = Date.now();
    const events = await writeSyntheticYear(store, DOCUMENTS);
    const long = await writeLongDocument(store);
    figures.push(report({ bench: 'audit', name: 'synthetic year written', value: events, unit: 'events', note: `${DOCUMENTS} documents in ${((Date.now() - started) / 1000).toFixed(0)} s` }));
    api = await startApiProcess(db.url);
    const caughtUp = await waitForProjector(db.url);
    figures.push(report({ bench: 'audit', name: 'projector catch-up on the year (all projections)', value: caughtUp, unit: 's' }));
    const auditor = await api.login('kiemtoan1');
    const get = (path: string, token = auditor) => fetch(`${api!.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });

    const history = await latencies(api, READS, async () => expectOk(await get(`/api/documents/${long.id}/history`)));
    figures.push(report({ bench: 'audit', name: 'history of a 20-event document, p99 (auditor, read recorded)', value: percentile(history.ms, 99), unit: 'ms', note: `p50 ${percentile(history.ms, 50).toFixed(1)} ms, ${READS} reads, 1 connection; ${history.perRead}` }));
    const state = await latencies(api, READS, async () => expectOk(await get(`/api/documents/${long.id}/state?at=${encodeURIComponent(long.middle)}`)));
    figures.push(report({ bench: 'audit', name: 'state at an instant (20-event document), p99', value: percentile(state.ms, 99), unit: 'ms', note: `p50 ${percentile(state.ms, 50).toFixed(1)} ms; ${state.perRead}` }));
    // BENCH_AUDIT_READS_ONLY=true: the two reads alone, for profiling them (BENCH_API_NODE_ARGS='--cpu-prof').
    if (process.env.BENCH_AUDIT_READS_ONLY === 'true') return figures;

    const digest = await timed(api, async () => {
      const response = await fetch(`${api!.baseUrl}/api/audit/digests`, { method: 'POST', headers: { authorization: `Bearer ${auditor}` } });
      if (response.status !== 201) throw new Error(`digest: ${response.status} ${await response.text()}`);
    });
    figures.push(report({ bench: 'audit', name: 'first digest over the whole year', value: digest.seconds, unit: 's', note: `API peak RSS ${digest.peakRssMb.toFixed(0)} MB` }));

    let checked = 0;
    const verify = await timed(api, async () => {
      const body = (await expectOk(await get('/api/audit/verify'))) as { ok: boolean; eventsChecked: number };
      if (!body.ok) throw new Error(`verification failed: ${JSON.stringify(body)}`);
      checked = body.eventsChecked;
    });
    figures.push(report({ bench: 'audit', name: 'verification of the whole log (chains + digest)', value: checked / verify.seconds, unit: 'events/s', note: `${checked} events in ${verify.seconds.toFixed(1)} s, API peak RSS ${verify.peakRssMb.toFixed(0)} MB` }));
    figures.push(...(await verificationCores(store, db.url)));
    if (process.env.BENCH_AUDIT_EVIDENCE === 'false') return figures;

    const iso = await api.login('thuky.iso');
    let bytes = 0;
    const before = api.rssMb();
    const pack = await timed(api, async () => {
      const response = await get('/api/iso/evidence?from=2026-01-01&to=2026-12-31', iso);
      if (response.status !== 200) throw new Error(`evidence: ${response.status} ${await response.text()}`);
      for await (const chunk of response.body!) bytes += (chunk as Uint8Array).length;
    });
    figures.push(report({ bench: 'audit', name: 'evidence pack of the year', value: pack.seconds, unit: 's', note: `${(bytes / 1_048_576).toFixed(1)} MB zip, ${DOCUMENTS} documents` }));
    figures.push(report({ bench: 'audit', name: 'evidence pack: API peak RSS', value: pack.peakRssMb, unit: 'MB', note: `${before.toFixed(0)} MB before` }));
  } finally {
    await api?.stop();
    await store.close();
    await db.stop();
  }
  return figures;
}

/** One document's commands on the happy path, `at` the time of registration; each step an hour later. */
function happyPath(id: string, n: number, at: number): Array<[string, DocumentCommand]> {
  const step = (k: number) => new Date(at + k * HOUR).toISOString();
  const base = (username: string, k: number) => ({ documentId: id, actor: actorOf(username), now: step(k) });
  return [
    ['vanthu1', {
      type: 'receive', ...base('vanthu1', 0), incomingNumber: n,
      source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: `${n}/SKHĐT-KH`, issuedDate: new Date(at - 48 * HOUR).toISOString().slice(0, 10), signer: 'Nguyễn Văn An' },
      excerpt: `Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án số ${n}`, documentType: 'Tờ trình', fieldCode: 'KH-DT',
      urgency: 'normal', confidentiality: n % 20 === 0 ? 'confidential' : 'normal', channel: 'electronic', pages: 4,
    }],
    ['pho.chanh.vp.kt', { type: 'distribute', ...base('pho.chanh.vp.kt', 1), departmentId: KT, direction: 'Giao Phòng Kinh tế chủ trì tham mưu', dueDate: null }],
    ['tp.kt', { type: 'assign', ...base('tp.kt', 2), specialistId: person('cv.kt1').id }],
    ['cv.kt1', { type: 'appraise', ...base('cv.kt1', 3), findings: { procedure: { ok: true }, format: { ok: true }, content: { ok: true, note: 'Phù hợp quy hoạch' }, legality: { ok: true } }, outcome: 'valid' }],
    ['cv.kt1', { type: 'submit', ...base('cv.kt1', 4), leaderIds: [person('pho.chu.tich.kt').id], proposal: 'Kính trình đồng chí Phó Chủ tịch xem xét, ký ban hành', draft: { documentType: 'decision', excerpt: 'Quyết định phê duyệt điều chỉnh chủ trương đầu tư' } }],
    ['pho.chanh.vp.kt', { type: 'initial', ...base('pho.chanh.vp.kt', 5), agree: true }],
    ['pho.chu.tich.kt', { type: 'sign', ...base('pho.chu.tich.kt', 6), decision: 'approved' }],
    ['vanthu1', { type: 'issue', ...base('vanthu1', 7), outgoingNumber: n, symbol: `${n}/QĐ-UBND`, recipients: ['Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3 }],
    ['vanthu1', { type: 'archive', ...base('vanthu1', 8), fileCode: '05.KT.2026', retention: 10 }],
  ];
}

function actorOf(username: string) {
  const user = person(username);
  return { userId: user.id, roles: user.roles, departmentId: user.departmentId };
}

/** Decides each command on the state so far and wraps the events as the API would. */
function decided(commands: Array<[string, DocumentCommand]>): NewEvent[] {
  let state: DocumentState = initialDocumentState;
  const out: NewEvent[] = [];
  for (const [username, command] of commands) {
    const events = decideDocument(command, state, CONTEXT);
    for (const event of events) {
      state = evolveDocument(state, event);
      out.push({
        eventId: randomUUID(),
        type: event.type,
        data: event.data as never,
        metadata: { actorId: person(username).id, actorRole: person(username).roles[0], correlationId: randomUUID(), causationId: null, occurredAt: command.now, schemaVersion: schemaVersionOf(event.type) },
      });
    }
  }
  return out;
}

/** `documents` documents of 2026 (one in 20 confidential), registered in order across the year: about 9 events each. */
export async function writeSyntheticYear(store: EventStore, documents: number): Promise<number> {
  const start = Date.parse('2026-01-05T01:00:00Z');
  const spacing = (355 * 24 * HOUR) / documents;
  let written = 0;
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let i = next++; i < documents; i = next++) {
      const id = randomUUID();
      const events = decided(happyPath(id, i + 1, start + Math.floor(i * spacing)));
      await store.append(documentStreamName(id), events, 'no_stream');
      written += events.length;
    }
  }));
  return written;
}

/** A document of exactly 20 events: returned twice at initialling, rejected once, its deadline extended four times, issued, archived. */
async function writeLongDocument(store: EventStore): Promise<{ id: string; middle: string }> {
  const id = randomUUID();
  const at = Date.parse('2026-06-01T01:00:00Z');
  const path = happyPath(id, DOCUMENTS + 1, at);
  const k = (h: number) => new Date(at + h * HOUR).toISOString();
  const b = (username: string, h: number) => ({ documentId: id, actor: actorOf(username), now: k(h) });
  const submit = (h: number): [string, DocumentCommand] => ['cv.kt1', { type: 'submit', ...b('cv.kt1', h), leaderIds: [person('pho.chu.tich.kt').id], proposal: 'Kính trình lại', draft: { documentType: 'decision', excerpt: 'Quyết định phê duyệt (dự thảo sửa)' } }];
  const initial = (h: number, agree: boolean): [string, DocumentCommand] => ['pho.chanh.vp.kt', { type: 'initial', ...b('pho.chanh.vp.kt', h), agree, note: agree ? null : 'Đề nghị làm rõ nguồn vốn' }];
  const extend = (h: number, day: string): [string, DocumentCommand] => ['pho.chanh.vp.kt', { type: 'extend-deadline', ...b('pho.chanh.vp.kt', h), newDueDate: day, reason: 'Chờ ý kiến các sở' }];
  const commands: Array<[string, DocumentCommand]> = [
    path[0],
    ['pho.chanh.vp.kt', { type: 'distribute', ...b('pho.chanh.vp.kt', 1), departmentId: KT, direction: 'Giao Phòng Kinh tế chủ trì tham mưu', dueDate: '2026-06-30' }],
    path[2], path[3], submit(4), initial(5, false), submit(6), initial(7, false), submit(8), initial(9, true),
    ['pho.chu.tich.kt', { type: 'sign', ...b('pho.chu.tich.kt', 10), decision: 'rejected', note: 'Bổ sung đánh giá tác động' }],
    extend(11, '2026-07-15'), extend(12, '2026-07-31'), extend(12.5, '2026-08-14'), extend(12.7, '2026-08-31'), submit(13), initial(14, true),
    ['pho.chu.tich.kt', { type: 'sign', ...b('pho.chu.tich.kt', 15), decision: 'approved' }],
    ['vanthu1', { type: 'issue', ...b('vanthu1', 16), outgoingNumber: DOCUMENTS + 1, symbol: `${DOCUMENTS + 1}/QĐ-UBND`, recipients: ['Sở Kế hoạch và Đầu tư'], copies: 2 }],
    ['vanthu1', { type: 'archive', ...b('vanthu1', 17), fileCode: '05.KT.2026', retention: 'permanent' }],
  ];
  const events = decided(commands);
  if (events.length !== 20) throw new Error(`the long document has ${events.length} events, expected 20`);
  await store.append(documentStreamName(id), events, 'no_stream');
  return { id, middle: k(9.5) };
}

/** Seconds until every projection reached the log's head; gives up after `timeoutMs` (the scale bench's catch-up of millions of events needs more). */
export async function waitForProjector(url: string, timeoutMs = 30 * 60_000): Promise<number> {
  const pool = new Pool({ connectionString: url, max: 1 });
  const started = Date.now();
  try {
    for (;;) {
      const { rows } = await pool.query(`SELECT (SELECT coalesce(max(position), -1) FROM event_store.events) AS head, (SELECT min(position) FROM projection_checkpoints) AS reached, (SELECT count(*) FROM projection_checkpoints) AS n`);
      if (Number(rows[0].n) >= 5 && BigInt(rows[0].reached) >= BigInt(rows[0].head)) return (Date.now() - started) / 1000;
      if (Date.now() - started > timeoutMs) throw new Error(`projector did not catch up in ${Math.round(timeoutMs / 60_000)} minutes`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await pool.end();
  }
}

async function expectOk(response: Response): Promise<unknown> {
  const body = await response.text();
  if (response.status !== 200) throw new Error(`${response.status}: ${body.slice(0, 300)}`);
  return JSON.parse(body);
}

/** Sorted latencies of `count` reads one after the other, and what each cost the API process: CPU ms and round trips to PostgreSQL. */
async function latencies(api: ApiProcess, count: number, read: () => Promise<unknown>): Promise<{ ms: number[]; perRead: string }> {
  for (let i = 0; i < 20; i++) await read();
  const times: number[] = [];
  const [cpu, queries] = [api.cpuMs(), await api.queries()];
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    await read();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const perRead = `API CPU ${((api.cpuMs() - cpu) / count).toFixed(2)} ms and ${((await api.queries()) - queries) / count} queries per read`;
  return { ms: times.sort((a, b) => a - b), perRead };
}

/**
 * The whole log's chains (and digest) checked in this process, in one pass and by worker threads
 * over position ranges (one per core): events/s, and CPU seconds of this process (the workers are
 * its threads), which a busy machine does not distort as it does wall time.
 */
async function verificationCores(store: EventStore, url: string): Promise<Figure[]> {
  const run = async (parallel: boolean) => {
    const [cpu, started] = [process.cpuUsage(), process.hrtime.bigint()];
    const result = await verifyLog(store, parallel ? { parallel: { connectionString: url } } : {});
    if (!result.ok) throw new Error(`verification failed: ${JSON.stringify(result.firstBroken ?? result.digests)}`);
    const used = process.cpuUsage(cpu);
    return { events: result.eventsChecked, seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
  };
  const one = await run(false);
  const all = await run(true);
  const note = (r: typeof one) => `${r.events} events in ${r.seconds.toFixed(1)} s, ${r.cpuSeconds.toFixed(1)} CPU s (${((r.cpuSeconds * 1e6) / r.events).toFixed(1)} µs/event)`;
  return [
    report({ bench: 'audit', name: 'verification, one pass (in process)', value: one.events / one.seconds, unit: 'events/s', note: note(one) }),
    report({ bench: 'audit', name: `verification, ${availableParallelism()} worker threads over position ranges`, value: all.events / all.seconds, unit: 'events/s', note: note(all), baseline: { name: 'one pass', value: one.events / one.seconds } }),
  ];
}

/** Runs `work`, sampling the API process's RSS every 100 ms. */
export async function timed(api: ApiProcess, work: () => Promise<void>): Promise<{ seconds: number; peakRssMb: number }> {
  let peak = api.rssMb();
  const sampler = setInterval(() => (peak = Math.max(peak, api.rssMb())), 100);
  const started = Date.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return { seconds: (Date.now() - started) / 1000, peakRssMb: Math.max(peak, api.rssMb()) };
}
