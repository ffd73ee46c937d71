/**
 * PostgreSQL advisory locks (two-key form: space, projection key) that say who works on a
 * projection. Session-level, each on a connection held for the holder's life: when the holder
 * dies, PostgreSQL releases them, and a standby takes over.
 */
export const LOCK_SPACES = {
  /** Held by the projector process that runs the projection (or by a rebuild while it swaps tables). */
  projection: 7_341_100,
  /** Held by a rebuild that wants the projection for its swap: the projector holding it lets go. */
  swapRequest: 7_341_101,
  /** Held for a whole rebuild: one rebuild per projection at a time. */
  rebuild: 7_341_102,
} as const;

/** A stable, non-negative 31-bit key from a projection name (FNV-1a), the same in every process. */
export function projectionLockKey(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(name, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash & 0x7fffffff;
}

/** Keys of the locks of one space that other sessions of this database hold now (pg_locks). */
export const LOCKS_HELD_BY_OTHERS_SQL = `SELECT objid::bigint AS key FROM pg_locks
  WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND classid = $1::oid AND pid <> pg_backend_pid()
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;
