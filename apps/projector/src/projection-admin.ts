import type { DataSource, EntityManager } from 'typeorm';

/**
 * After the cause of a poison event is fixed: the failed projection runs again from where it
 * stopped (its checkpoint never moved past the event). The projector holding it notices within
 * its lock poll. Answers the position it resumes from, or null when it was not failed.
 */
export async function resetFailedProjection(db: DataSource | EntityManager, name: string): Promise<bigint | null> {
  const [rows] = await db.query(
    `UPDATE projection_checkpoints SET status = 'running', error = NULL, failed_position = NULL, updated_at = now()
      WHERE name = $1 AND status = 'failed' RETURNING position::text AS position`,
    [name],
  );
  return rows.length === 0 ? null : BigInt(rows[0].position);
}
