import { randomUUID } from 'node:crypto';
import { localDateOf } from '@office/domain';
import { derivedUuid, type EventStore, type JsonObject, type NewEvent, type RecordedEvent } from '@office/event-store';
import type { DataSource } from 'typeorm';
import { advanceHeads, hashTableHeads, readHeadsState } from './digest-heads';
import { DIGESTS_STREAM, digestRecord, HEADS_ALGORITHM, type DigestKind, type DigestPublished, type DigestRecord } from './digest.events';

// Any constant will do; it only has to be the same in every API instance.
const DIGEST_LOCK = 7_341_050;

export interface PublishDigestRequest {
  kind: DigestKind;
  now: Date;
  actorId: string;
  actorRole: string;
  correlationId?: string;
  /** For `on_demand`: the event id (derive it from an Idempotency-Key to make retries harmless); random by default. */
  eventId?: string;
}

export interface PublishedDigest {
  digest: DigestRecord;
  /** false: today's daily digest was already there (published by this or another instance). */
  published: boolean;
}

/** The log's head went below the heads already committed to: events were removed. */
export class LogShrankError extends Error {
  override readonly name = 'LogShrankError';
}

/**
 * Publishes a digest of the log (`DigestPublished` in stream `digests`). Instances take turns on
 * an advisory lock, the daily digest is looked for before any work, its event id is derived from
 * the day, and the append expects the digests stream's exact revision: two instances can never
 * publish two daily digests for one day, nor fork the digests' chain. The heads table moves
 * forward in the same transaction, so a failed append leaves it where it was.
 */
export async function publishDigest(store: EventStore, dataSource: DataSource, request: PublishDigestRequest): Promise<PublishedDigest> {
  return dataSource.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [DIGEST_LOCK]);
    const digests = await readDigestEvents(store);
    const day = localDateOf(request.now);
    if (request.kind === 'daily') {
      const existing = digests.find((e) => isDaily(e, day));
      if (existing) return { digest: digestRecord(existing), published: false };
    }
    const latest = digests.at(-1);
    const head = await store.headPosition();
    const state = await readHeadsState(tx);
    if (head < state.headPosition) {
      throw new LogShrankError(`the log's head (${head}) is below the position of the heads already committed to (${state.headPosition}): events were removed`);
    }
    const advanced = await advanceHeads(tx, store, state, head);
    const { hash, streams } = await hashTableHeads(tx);
    const data: DigestPublished['data'] = {
      kind: request.kind,
      day,
      headPosition: head.toString(),
      streams,
      events: advanced.events,
      headsAlgorithm: HEADS_ALGORITHM,
      headsHash: hash,
      previousDigestHash: latest?.metadata.hash ?? null,
      previousHeadPosition: latest ? (latest.data as unknown as DigestPublished['data']).headPosition : null,
      publishedAt: request.now.toISOString(),
      by: request.actorId,
    };
    const event: NewEvent = {
      eventId: request.kind === 'daily' ? derivedUuid('office-ledger daily digest', day) : (request.eventId ?? randomUUID()),
      type: 'DigestPublished',
      data: data as unknown as JsonObject,
      metadata: {
        actorId: request.actorId,
        actorRole: request.actorRole,
        correlationId: request.correlationId ?? `digest-${request.now.toISOString()}`,
        causationId: null,
        occurredAt: request.now.toISOString(),
        schemaVersion: 1,
      },
    };
    const appended = await store.append(DIGESTS_STREAM, [event], latest ? latest.revision : 'no_stream');
    const [recorded] = await store.readStream(DIGESTS_STREAM, { fromRevision: appended.nextExpectedRevision, maxCount: 1 });
    return { digest: digestRecord(recorded), published: recorded.eventId === event.eventId };
  });
}

/** Every digest, oldest first (one a day: a small stream). */
export async function readDigestEvents(store: EventStore, pageSize = 1000): Promise<RecordedEvent[]> {
  const all: RecordedEvent[] = [];
  for (;;) {
    const fromRevision = all.length > 0 ? all[all.length - 1].revision + 1n : 0n;
    const page = await store.readStream(DIGESTS_STREAM, { fromRevision, maxCount: pageSize });
    all.push(...page);
    if (page.length < pageSize) return all;
  }
}

export async function listDigests(store: EventStore): Promise<DigestRecord[]> {
  return (await readDigestEvents(store)).filter((e) => e.type === 'DigestPublished').map(digestRecord);
}

function isDaily(event: RecordedEvent, day: string): boolean {
  const data = event.data as Partial<DigestPublished['data']>;
  return event.type === 'DigestPublished' && data.kind === 'daily' && data.day === day;
}
