import type { EventStore, RecordedEvent } from '@office/event-store';
import { upsertRows, type UpsertColumn } from '@office/read-models';
import type { EntityManager } from 'typeorm';
import { HeadsHasher, type StreamHead } from './heads-hash';

/** What the heads table is read through: a DataSource or a transaction's EntityManager. */
export type Queryable = Pick<EntityManager, 'query'>;

/** Where the heads table stands: the heads of every stream at `headPosition`, and how many events that covers. */
export interface HeadsState {
  headPosition: bigint;
  events: number;
}

const COLUMNS: readonly UpsertColumn<RecordedEvent>[] = [
  { name: 'stream_id', type: 'text', value: (e) => e.streamId },
  { name: 'revision', type: 'bigint', value: (e) => e.revision.toString() },
  { name: 'hash', type: 'text', value: (e) => e.metadata.hash },
  { name: 'position', type: 'bigint', value: (e) => e.position.toString() },
];

export async function readHeadsState(db: Queryable): Promise<HeadsState> {
  const [row]: Array<{ head_position: string; events: string }> = await db.query('SELECT head_position::text, events::text FROM audit_digest_state WHERE id = 1');
  return row ? { headPosition: BigInt(row.head_position), events: Number(row.events) } : { headPosition: -1n, events: 0 };
}

/**
 * Moves the heads table from `state` to `to`, reading only the events in between, a page at a time.
 * Call it inside the transaction that will also save the new state.
 */
export async function advanceHeads(tx: EntityManager, store: EventStore, state: HeadsState, to: bigint, pageSize = 1000): Promise<HeadsState> {
  let after = state.headPosition;
  let events = state.events;
  while (after < to) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.length === 0) break;
    const heads = new Map<string, RecordedEvent>();
    for (const event of page) {
      if (event.position > to) break;
      heads.set(event.streamId, event);
      events++;
    }
    await upsertRows(tx, { table: 'audit_digest_heads', columns: COLUMNS, key: ['stream_id'], guard: 'position' }, [...heads.values()]);
    after = page[page.length - 1].position;
  }
  await tx.query(
    `INSERT INTO audit_digest_state (id, head_position, events, updated_at) VALUES (1, $1, $2, now())
     ON CONFLICT (id) DO UPDATE SET head_position = EXCLUDED.head_position, events = EXCLUDED.events, updated_at = now()`,
    [to.toString(), events],
  );
  return { headPosition: to, events };
}

/** Every row of the heads table in stream-id order, a page at a time (keyset, so memory stays flat). */
export async function* tableHeads(db: Queryable, pageSize = 5000): AsyncGenerator<StreamHead> {
  let after = '';
  for (;;) {
    const rows: Array<{ stream_id: string; revision: string; hash: string }> = await db.query(
      'SELECT stream_id, revision::text, hash FROM audit_digest_heads WHERE stream_id > $1 ORDER BY stream_id LIMIT $2',
      [after, pageSize],
    );
    for (const row of rows) yield { streamId: row.stream_id, revision: BigInt(row.revision), hash: row.hash };
    if (rows.length < pageSize) return;
    after = rows[rows.length - 1].stream_id;
  }
}

/** The heads hash of the table, streamed. */
export async function hashTableHeads(db: Queryable): Promise<{ hash: string; streams: number }> {
  const hasher = new HeadsHasher();
  for await (const head of tableHeads(db)) hasher.add(head);
  return { hash: hasher.digest(), streams: hasher.count };
}

export async function tableHead(db: Queryable, streamId: string): Promise<StreamHead | null> {
  const [row]: Array<{ revision: string; hash: string }> = await db.query('SELECT revision::text, hash FROM audit_digest_heads WHERE stream_id = $1', [streamId]);
  return row ? { streamId, revision: BigInt(row.revision), hash: row.hash } : null;
}
