import { randomUUID } from 'node:crypto';
import { DEMO_ORGANISATION, numberingStreamName, type NumberSeriesKey } from '@office/domain';
import { createPostgresEventStore } from '@office/event-store';
import autocannon from 'autocannon';
import { Pool } from 'pg';
import { startApiProcess, type ApiProcess } from './api-process';
import { benchDatabase, forDuration, report, type Figure } from './harness';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
/** BENCH_IDEMPOTENCY_KEYS=true: every write carries a fresh Idempotency-Key, as the web's do (the replay record, the keyed event ids). */
const KEYED = process.env.BENCH_IDEMPOTENCY_KEYS === 'true';

/** The request as sent, with a fresh Idempotency-Key when KEYED. */
function keyed(request: autocannon.Request): autocannon.Request {
  return KEYED ? { ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } } : request;
}
const KT = DEMO_ORGANISATION.departments.find((d) => d.code === 'KT')!.id;

const registration = JSON.stringify({
  source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '125/SKHĐT-KH', issuedDate: '2026-03-02' },
  excerpt: 'Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án trường học',
  documentType: 'official_letter',
  fieldCode: 'KH-DT',
  urgency: 'normal',
  confidentiality: 'normal',
  channel: 'electronic',
});

/**
 * autocannon against the real API (a child process on a durable embedded PostgreSQL), 50
 * connections: registrations, then distributions (read stream -> decide -> append) of the
 * documents just registered, each on a distinct document; beside raw single-row INSERTs with 50
 * clients on the same server.
 */
export async function commandsBench(): Promise<Figure[]> {
  const db = await benchDatabase('bench_commands');
  const api = await startApiProcess(db.url);
  const figures: Figure[] = [];
  try {
    const raw = await rawInsertRate(db.url);
    const clerk = await api.login('vanthu1');
    const ids: string[] = [];
    const registrationCost = await costOf(api);
    const registrations = await cannon(api, {
      method: 'POST',
      path: '/api/documents',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${clerk}` },
      body: registration,
      setupRequest: keyed,
      onResponse: (status, body) => status === 201 && ids.push(JSON.parse(body).id),
    });
    if (KEYED) console.log('every write carries a fresh Idempotency-Key (BENCH_IDEMPOTENCY_KEYS)');
    figures.push(report({ bench: 'commands', name: 'registrations (yearly number + append)', value: succeededPerSecond(registrations), unit: 'req/s', baseline: { name: '1-row INSERT, 50 clients', value: raw } }));
    figures.push(report({ bench: 'commands', name: 'registrations p50 / p99 latency', value: registrations.latency.p99, unit: 'ms (p99)', note: `p50 ${registrations.latency.p50} ms, ${registrations.non2xx} non-2xx, ${registrations.errors} errors` }));
    figures.push(await registrationCost.report('registrations', registrations));
    figures.push(report({ bench: 'commands', name: 'numbers given, gaps found', value: await numberGaps(db.url), unit: 'gaps', note: `${ids.length} documents registered` }));

    const leader = await api.login('pho.chanh.vp.kt');
    let next = 0;
    const distributionCost = await costOf(api);
    // Exactly one request per registered document: a second distribute of one would be a (correct) refusal, not work.
    const distributions = await cannon(api, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${leader}` },
      body: JSON.stringify({ departmentId: KT, direction: 'Giao Phòng Kinh tế chủ trì tham mưu' }),
      setupRequest: (request) => keyed({ ...request, path: `/api/documents/${ids[next++ % ids.length]}/distribute` }),
      amount: ids.length,
    });
    const note = `${distributions['2xx']} of ${ids.length} documents distributed in ${distributions.duration.toFixed(1)} s`;
    figures.push(report({ bench: 'commands', name: 'distribute (read, decide, append)', value: succeededPerSecond(distributions), unit: 'req/s', baseline: { name: '1-row INSERT, 50 clients', value: raw }, note }));
    figures.push(await distributionCost.report('distribute', distributions));
    figures.push(report({ bench: 'commands', name: 'distribute p50 / p99 latency', value: distributions.latency.p99, unit: 'ms (p99)', note: `p50 ${distributions.latency.p50} ms, ${distributions.non2xx} non-2xx` }));
    figures.push(report({ bench: 'commands', name: 'API RSS after load', value: api.rssMb(), unit: 'MB' }));
  } finally {
    await api.stop();
    await db.stop();
  }
  return figures;
}

export interface CannonRequest {
  method: 'POST';
  path?: string;
  headers: Record<string, string>;
  body: string;
  setupRequest?: (request: autocannon.Request) => autocannon.Request;
  onResponse?: (status: number, body: string) => unknown;
  /** Stop after this many requests instead of after BENCH_SECONDS. */
  amount?: number;
}

export function cannon(api: ApiProcess, request: CannonRequest): Promise<autocannon.Result> {
  return autocannon({
    url: api.baseUrl,
    connections: CONNECTIONS,
    ...(request.amount === undefined ? { duration: SECONDS } : { amount: request.amount }),
    // autocannon calls whatever hooks are present, even undefined ones: pass only those given.
    requests: [
      {
        method: request.method,
        headers: request.headers,
        body: request.body,
        ...(request.path ? { path: request.path } : {}),
        ...(request.setupRequest ? { setupRequest: request.setupRequest } : {}),
        ...(request.onResponse ? { onResponse: (status: number, body: string) => void request.onResponse!(status, body) } : {}),
      },
    ],
  });
}

/**
 * The API process's CPU and round trips to PostgreSQL per request over one phase: figures a busy
 * machine does not distort (req/s and latency halve when another process takes a core; these do not).
 */
export async function costOf(api: ApiProcess): Promise<{ report(name: string, result: autocannon.Result): Promise<Figure> }> {
  const [cpu, queries] = [api.cpuMs(), await api.queries()];
  return {
    async report(name, result) {
      const requests = result['2xx'] + result.non2xx;
      const [cpuPerRequest, queriesPerRequest] = [(api.cpuMs() - cpu) / requests, ((await api.queries()) - queries) / requests];
      return report({ bench: 'commands', name: `${name}: API CPU per request`, value: cpuPerRequest, unit: 'ms', note: `${queriesPerRequest.toFixed(2)} queries to PostgreSQL per request, ${requests} requests` });
    },
  };
}

/** Only answers that did the work count: a refusal is fast and would flatter the rate. */
function succeededPerSecond(result: autocannon.Result): number {
  return result['2xx'] / result.duration;
}

export async function rawInsertRate(url: string): Promise<number> {
  const pool = new Pool({ connectionString: url, max: CONNECTIONS });
  try {
    await pool.query('CREATE TABLE IF NOT EXISTS raw_commands (id bigserial PRIMARY KEY, stream_id text NOT NULL, data jsonb NOT NULL)');
    const { opsPerSecond } = await forDuration(SECONDS, CONNECTIONS, async (loop, i) => {
      await pool.query('INSERT INTO raw_commands (stream_id, data) VALUES ($1, $2)', [`raw-${loop}`, registration.replace('125', String(i))]);
    });
    return opsPerSecond;
  } finally {
    await pool.end();
  }
}

/** Incoming numbers of the year must run 1..n: counts the missing ones (used, voided or open all count as given). */
/** Numbers of the series never handed out (a silent gap); a voided number is accounted for, not a gap. */
export async function numberGaps(url: string, key: NumberSeriesKey = { direction: 'incoming', year: Number(new Date().toISOString().slice(0, 4)), series: 'normal' }): Promise<number> {
  const store = await createPostgresEventStore(url);
  try {
    const events = await store.readStream(numberingStreamName(key));
    const numbers = new Set(events.flatMap((e) => (e.type === 'NumbersReserved' ? (e.data.numbers as Array<{ number: number }>).map((n) => n.number) : [])));
    return numbers.size === 0 ? 0 : Math.max(...numbers) - numbers.size;
  } finally {
    await store.close();
  }
}
