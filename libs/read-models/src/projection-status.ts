import type { EventStore } from '@office/event-store';
import type { DataSource, EntityManager } from 'typeorm';

/** A projector whose heartbeat is older than this no longer holds anything (as in /health). */
export const PROJECTOR_SILENCE_MS = 15_000;
/** Lag in events is counted up to this many: beyond it, the figure says "at least". */
export const LAG_COUNT_CAP = 1_000_000;

export interface ProjectionStatus {
  name: string;
  /** Last global position committed with its rows; -1n before the first batch. */
  position: bigint;
  /** `running` or `failed`. */
  status: string;
  error: string | null;
  /** The event it stopped at, when failed. */
  failedPosition: bigint | null;
  updatedAt: string;
  /** The live projector instance holding it (by heartbeat), or null. */
  heldBy: string | null;
  /** Events in the log after its checkpoint, up to the head; null when the store cannot count them cheaply. */
  lagEvents: number | null;
  /** Seconds since the oldest event it has not projected was recorded; 0 when caught up. */
  lagSeconds: number;
}

export interface ProjectionsStatus {
  head: bigint;
  projections: ProjectionStatus[];
}

interface CheckpointRow {
  name: string;
  position: string;
  status: string;
  error: string | null;
  failed_position: string | null;
  updated_at: Date;
  held_by: string | null;
}

/**
 * Where every projection stands against the head of the log: for `/metrics`, `npm run
 * projections -- status` and the benchmarks. Positions are not contiguous, so lag in events is a
 * bounded count over the PostgreSQL log when it lives in this database, and lag in time is read
 * through the store port (the first event after the checkpoint), which works for any adapter.
 */
export async function readProjectionsStatus(
  db: DataSource | EntityManager,
  store: Pick<EventStore, 'headPosition' | 'readAll'>,
  options: { now?: number; known?: readonly string[] } = {},
): Promise<ProjectionsStatus> {
  const now = options.now ?? Date.now();
  const head = await store.headPosition();
  const found: CheckpointRow[] = await db.query(
    `SELECT c.name, c.position::text, c.status, c.error, c.failed_position::text, c.updated_at,
            (SELECT h.instance_id FROM projector_heartbeats h
              WHERE c.name = ANY(h.projections) AND h.beat_at > now() - make_interval(secs => $1::float8 / 1000)
              ORDER BY h.beat_at DESC LIMIT 1) AS held_by
       FROM projection_checkpoints c ORDER BY c.name`,
    [PROJECTOR_SILENCE_MS],
  );
  // Projections the caller knows of that have never run: at the start of the log.
  const never = (options.known ?? []).filter((name) => !found.some((r) => r.name === name));
  const rows = [...found, ...never.map((name) => ({ name, position: '-1', status: 'not started', error: null, failed_position: null, updated_at: new Date(now), held_by: null }))];
  const countable = await hasPostgresLog(db);
  const projections = await Promise.all(
    rows.map(async (row): Promise<ProjectionStatus> => {
      const position = BigInt(row.position);
      const behind = position < head;
      const [first] = behind ? await store.readAll({ after: position, maxCount: 1 }) : [];
      return {
        name: row.name,
        position,
        status: row.status,
        error: row.error,
        failedPosition: row.failed_position === null ? null : BigInt(row.failed_position),
        updatedAt: row.updated_at.toISOString(),
        heldBy: row.held_by,
        lagEvents: !behind ? 0 : countable ? await countEvents(db, position, head) : null,
        lagSeconds: first ? Math.max(0, (now - Date.parse(first.recordedAt)) / 1000) : 0,
      };
    }),
  );
  return { head, projections };
}

/** Whether the PostgreSQL event store lives in this database (so its log can be counted in SQL). */
export async function hasPostgresLog(db: DataSource | EntityManager): Promise<boolean> {
  const [row] = await db.query(`SELECT to_regclass('event_store.events') IS NOT NULL AS found`);
  return row.found === true;
}

async function countEvents(db: DataSource | EntityManager, after: bigint, head: bigint): Promise<number> {
  const [row] = await db.query(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM event_store.events WHERE position > $1::bigint AND position <= $2::bigint LIMIT ${LAG_COUNT_CAP}) behind`,
    [after.toString(), head.toString()],
  );
  return row.n;
}
