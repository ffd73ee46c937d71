import type { DataSource, EntityManager } from 'typeorm';

/**
 * How far the given projections have all got: the lowest committed checkpoint among them
 * (-1n when one of them has not started). A read that joins several read models is only as
 * fresh as the slowest of them.
 */
export async function projectedPosition(db: DataSource | EntityManager, names: readonly string[]): Promise<bigint> {
  if (names.length === 0) return -1n;
  const rows: Array<{ name: string; position: string }> = await db.query('SELECT name, position FROM projection_checkpoints WHERE name = ANY($1::varchar[])', [names]);
  if (rows.length < new Set(names).size) return -1n;
  return rows.reduce((min, row) => (BigInt(row.position) < min ? BigInt(row.position) : min), BigInt(rows[0].position));
}
