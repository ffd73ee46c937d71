import type { EntityManager } from 'typeorm';

/** PostgreSQL's limit on bind parameters in one statement (a 16-bit count). */
export const MAX_BIND_PARAMETERS = 65_535;

export interface UpsertColumn<Row> {
  name: string;
  /** Explicit SQL type of the parameter (`uuid`, `jsonb`, `uuid[]`, `timestamptz`…): nothing is left to inference. */
  type: string;
  value: (row: Row) => unknown;
}

export interface UpsertTarget<Row> {
  table: string;
  columns: readonly UpsertColumn<Row>[];
  /** The primary key: the ON CONFLICT target, never updated. */
  key: readonly string[];
  /**
   * A stored row is only overwritten by a newer one: `<table>.<guard> < EXCLUDED.<guard>`
   * (the last global position applied). Replaying an old batch then changes nothing.
   */
  guard?: string;
}

/** Rows per statement so that rows × columns stays within the bind-parameter limit. */
export function rowsPerStatement(columnCount: number, limit = MAX_BIND_PARAMETERS): number {
  return Math.max(1, Math.floor(limit / columnCount));
}

/**
 * `INSERT … VALUES (…), (…) ON CONFLICT (key) DO UPDATE`: many rows per statement, chunked so
 * that no statement exceeds the bind-parameter limit (TypeORM does not chunk `insert()` itself).
 */
export async function upsertRows<Row>(tx: EntityManager, target: UpsertTarget<Row>, rows: readonly Row[], limit = MAX_BIND_PARAMETERS): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns, key, guard } = target;
  const names = columns.map((c) => c.name).join(', ');
  const updates = columns.filter((c) => !key.includes(c.name)).map((c) => `${c.name} = EXCLUDED.${c.name}`);
  const onConflict = updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}${guard ? ` WHERE ${table}.${guard} < EXCLUDED.${guard}` : ''}`;
  const size = rowsPerStatement(columns.length, limit);
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => `$${params.push(c.value(row))}::${c.type}`).join(', ')})`);
    await tx.query(`INSERT INTO ${table} (${names}) VALUES ${tuples.join(', ')} ON CONFLICT (${key.join(', ')}) ${onConflict}`, params);
  }
}
