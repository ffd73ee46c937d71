import { documentStreamName, incomingSeriesKey, evolveNumberSeries, initialNumberSeriesState, numberingStreamName, numberStatus, type NumberSeriesEvent } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import { expect } from './expect';
import { waitFor } from './until-passes';
import { registration, userId } from './document-steps';
import type { TestApp } from './test-app';

/** One answer the load got. */
export interface Outcome {
  kind: 'register' | 'read' | 'ready';
  clerk: string;
  /** Idempotency-Key of a registration (its document id derives from it). */
  key?: string;
  /** 0: no HTTP answer at all. */
  status: number;
  code?: string;
  /** `details.outcome` of a 503: 'unknown' when an append went out and its answer was lost. */
  outcome?: string;
  retryAfter: string | null;
  incomingNumber?: number;
  /** `/health/ready`'s database check. */
  databaseOk?: boolean;
  sentAt: number;
  answeredAt: number;
}

const CLERKS = ['vanthu1', 'vanthu2'];
/** Between two requests of one client: enough load to catch every kind of failure without taking the shared cores. */
const PAUSE_MS = 15;

/**
 * Clients that register documents (each with its own Idempotency-Key) and list documents, and a
 * probe asking `/health/ready`, without stopping until `stop`; every answer is kept.
 */
export function startLoad(app: TestApp, clients: number): { outcomes: readonly Outcome[]; stop(): Promise<Outcome[]> } {
  const outcomes: Outcome[] = [];
  let stopped = false;
  let sent = 0;
  const client = async (index: number) => {
    const clerk = CLERKS[index % CLERKS.length];
    const token = await app.login(clerk);
    while (!stopped) {
      const n = sent++;
      const sentAt = Date.now();
      const key = `loss-${index}-${n}`;
      const register = n % 3 !== 2;
      const answer = await (register
        ? app.request('POST', '/api/documents', { token, body: registration({ excerpt: `Văn bản tải thử ${key}` }), headers: { 'idempotency-key': key } })
        : app.request('GET', '/api/documents?pageSize=5', { token })
      ).catch(() => ({ status: 0, body: undefined, headers: new Headers() }));
      outcomes.push({
        kind: register ? 'register' : 'read',
        clerk,
        key: register ? key : undefined,
        status: answer.status,
        code: answer.body?.code,
        outcome: answer.body?.details?.outcome,
        retryAfter: answer.headers.get('retry-after'),
        incomingNumber: answer.body?.incomingNumber,
        sentAt,
        answeredAt: Date.now(),
      });
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    }
  };
  const probe = async () => {
    while (!stopped) {
      const sentAt = Date.now();
      const answer = await app.request('GET', '/health/ready').catch(() => ({ status: 0, body: undefined, headers: new Headers() }));
      outcomes.push({ kind: 'ready', clerk: '', status: answer.status, retryAfter: null, databaseOk: answer.body?.checks?.database?.ok, sentAt, answeredAt: Date.now() });
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const running = Promise.all([probe(), ...Array.from({ length: clients }, (_, i) => client(i))]);
  return {
    outcomes,
    async stop() {
      stopped = true;
      await running;
      return outcomes;
    },
  };
}

/** Waits until the load has had `count` successful registrations sent after `since`. */
export async function waitForRegistrations(outcomes: readonly Outcome[], since: number, count: number, timeoutMs = 60_000): Promise<void> {
  const succeeded = () => outcomes.filter((o) => o.kind === 'register' && o.sentAt >= since && o.status === 201).length >= count;
  await waitFor(async () => succeeded(), timeoutMs, `${count} registrations to succeed`, 50);
}

/**
 * Milliseconds from `since` until the projector has put the first document registered after it
 * into the document list: the projector's own recovery, end to end.
 */
export async function projectedAfterMs(app: TestApp, outcomes: readonly Outcome[], since: number, timeoutMs = 60_000): Promise<number> {
  await waitForRegistrations(outcomes, since, 1, timeoutMs);
  const first = outcomes.find((o) => o.kind === 'register' && o.status === 201 && o.sentAt >= since)!;
  const id = derivedUuid(userId(first.clerk), first.key!, 'document');
  const deadline = Date.now() + timeoutMs;
  while ((await app.platform.dataSource.query('SELECT 1 FROM rm_document_summaries WHERE id = $1', [id])).length === 0) {
    if (Date.now() > deadline) throw new Error(`document ${id} not projected within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - since;
}

/** Milliseconds from `since` to the first successful registration sent after it. */
export function recoveryMs(outcomes: readonly Outcome[], since: number): number {
  const first = outcomes.filter((o) => o.kind === 'register' && o.status === 201 && o.sentAt >= since).sort((a, b) => a.answeredAt - b.answeredAt)[0];
  return first ? first.answeredAt - since : Number.POSITIVE_INFINITY;
}

/** Counts of answers by status, e.g. `{201: 812, 200: 400, 503: 95}`. */
export function statusCounts(outcomes: readonly Outcome[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const { status } of outcomes) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/**
 * What must hold after the database went away and came back:
 * - every answer is a 2xx or a 503 STORE_UNAVAILABLE with Retry-After (never a 500, never none);
 * - every acknowledged registration is in the store with the number it was answered, and no
 *   refused one left its document there, except one whose answer said its outcome was unknown
 *   (the link failed under an append in flight), which the same request again settles;
 * - the year's incoming series has no gap: each number up to the last is used by the document
 *   holding it, voided, or still reserved for a document that was never written (the reconciler
 *   voids those after its grace period);
 * - the projector caught up: every projection running, at the head, and the document list holds
 *   exactly the documents of the store.
 */
export async function verifyAfterLoss(app: TestApp, outcomes: readonly Outcome[]): Promise<{ unknown: number; landed: number }> {
  expect(outcomes.filter((o) => !((o.status >= 200 && o.status < 300) || o.status === 503)).map((o) => `${o.kind} ${o.status} ${o.code ?? ''}`)).toEqual([]);
  const refused = outcomes.filter((o) => o.status === 503 && o.kind !== 'ready');
  expect(refused.filter((o) => o.code !== 'STORE_UNAVAILABLE' || o.retryAfter === null)).toEqual([]);
  const probes = outcomes.filter((o) => o.kind === 'ready');
  expect(probes.some((o) => o.status === 503 && o.databaseOk === false), '/health/ready named the database while it was away').toBe(true);
  expect(probes.at(-1)?.status, '/health/ready at the end').toBe(200);

  const registrations = outcomes.filter((o) => o.kind === 'register');
  const stored = new Map<string, number>();
  // The year the registrations were numbered in, by the API's clock (not the test's now: New Year's midnight may lie between).
  let numberedAt: string | undefined;
  for (const o of registrations) {
    const id = derivedUuid(userId(o.clerk), o.key!, 'document');
    const [received] = await app.platform.eventStore.readStream(documentStreamName(id), { maxCount: 1 });
    if (received) stored.set(id, (received.data as { incomingNumber: number }).incomingNumber);
    numberedAt ??= received?.metadata.occurredAt;
    if (o.status === 201) expect(stored.get(id), `acknowledged ${o.key}`).toBe(o.incomingNumber);
  }
  const refusedButStored = registrations.filter((o) => o.status === 503 && stored.has(derivedUuid(userId(o.clerk), o.key!, 'document')));
  expect(refusedButStored.filter((o) => o.outcome !== 'unknown').map((o) => o.key), 'documents written by requests refused as not done').toEqual([]);

  const series = numberedAt ? await app.platform.eventStore.readStream(numberingStreamName(incomingSeriesKey('normal', numberedAt))) : [];
  const state = (series as unknown as NumberSeriesEvent[]).reduce(evolveNumberSeries, initialNumberSeriesState);
  if (state.status !== 'active') throw new Error('the incoming series was never used');
  const holders = new Map([...stored].map(([id, number]) => [number, id]));
  expect(holders.size, 'two documents share a number').toBe(stored.size);
  for (let number = 1; number <= state.lastNumber; number++) {
    const status = numberStatus(state, number);
    expect(status, `number ${number}`).not.toBe('free');
    if (status === 'voided') expect(holders.get(number), `voided number ${number} is on a document`).toBeUndefined();
    if (status === 'used') expect(holders.get(number), `used number ${number}`).toBeDefined();
    if (status === 'reserved' && holders.get(number) === undefined) expect(stored.has(state.reserved[number])).toBe(false);
  }
  for (const number of holders.keys()) expect(number).toBeLessThanOrEqual(state.lastNumber);

  await projectorCaughtUp(app);
  const rows: Array<{ id: string; incoming_number: number }> = await app.platform.dataSource.query('SELECT id, incoming_number FROM rm_document_summaries');
  expect(new Map(rows.map((r) => [r.id, r.incoming_number]))).toEqual(stored);
  return settleUnknownOutcomes(app, registrations, stored);
}

/**
 * What a client does with a 503 whose outcome is unknown: the same request with the same key. It
 * must be accepted, with the number the store already holds if the first one had landed.
 */
async function settleUnknownOutcomes(app: TestApp, registrations: readonly Outcome[], stored: ReadonlyMap<string, number>): Promise<{ unknown: number; landed: number }> {
  const unknown = registrations.filter((o) => o.status === 503 && o.outcome === 'unknown');
  let landed = 0;
  for (const o of unknown) {
    const id = derivedUuid(userId(o.clerk), o.key!, 'document');
    const again = await app.request('POST', '/api/documents', { token: await app.login(o.clerk), body: registration({ excerpt: `Văn bản tải thử ${o.key}` }), headers: { 'idempotency-key': o.key! } });
    expect(again.status, `retry of ${o.key}`).toBe(201);
    expect(again.body.id).toBe(id);
    if (stored.has(id)) {
      landed++;
      expect(again.body.incomingNumber).toBe(stored.get(id));
    }
  }
  return { unknown: unknown.length, landed };
}

/** Waits until every projection is running and at the head of the log. */
async function projectorCaughtUp(app: TestApp, timeoutMs = 30_000): Promise<void> {
  const head = await app.platform.eventStore.headPosition();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows: Array<{ name: string; position: string; status: string }> = await app.platform.dataSource.query('SELECT name, position::text AS position, status FROM projection_checkpoints');
    expect(rows.filter((r) => r.status !== 'running').map((r) => r.name), 'projections stopped').toEqual([]);
    if (rows.length > 0 && rows.every((r) => BigInt(r.position) >= head)) return;
    if (Date.now() > deadline) throw new Error(`projector not at head ${head} after ${timeoutMs} ms: ${JSON.stringify(rows)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
