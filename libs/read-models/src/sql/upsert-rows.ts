import type { EntityManager } from 'typeorm';

/** PostgreSQL's limit on bind parameters in one statement (a 16-bit count). */
export const MAX_BIND_PARAMETERS = 65_535;
/** Rows per statement: one parameter carries them all, so this only bounds the size of one message. */
export const ROWS_PER_STATEMENT = 1_000;

export interface UpsertColumn<Row> {
  name: string;
  /** Explicit SQL type of the column (`uuid`, `jsonb`, `uuid[]`, `timestamptz`…): nothing is left to inference. */
  type: string;
  /**
   * The value: a string, number, boolean, null, an array, a Date, or a bigint (sent as its decimal
   * string). For a `jsonb` column, an object (or array); a string is taken as JSON text and parsed.
   */
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

/** Rows per statement so that rows × columns stays within the bind-parameter limit (for statements that bind one parameter per value). */
export function rowsPerStatement(columnCount: number, limit = MAX_BIND_PARAMETERS): number {
  return Math.max(1, Math.floor(limit / columnCount));
}

/**
 * `INSERT … SELECT … FROM json_to_recordset($1) … ON CONFLICT (key) DO UPDATE`: the rows travel as
 * one JSON document in one parameter, which PostgreSQL parses in one pass — several times faster
 * than thousands of bound parameters (whose binding and VALUES planning dominate large batches),
 * and never near the 65,535-parameter limit. JSON values of `jsonb` columns travel inside the same
 * document, not encoded twice.
 */
export async function upsertRows<Row>(tx: EntityManager, target: UpsertTarget<Row>, rows: readonly Row[], rowsPerChunk = ROWS_PER_STATEMENT): Promise<void> {
  if (rows.length === 0) return;
  const { table, columns, key, guard } = target;
  const names = columns.map((c) => c.name).join(', ');
  const record = columns.map((c) => `${c.name} ${c.type}`).join(', ');
  const updates = columns.filter((c) => !key.includes(c.name)).map((c) => `${c.name} = EXCLUDED.${c.name}`);
  const onConflict = updates.length === 0 ? 'DO NOTHING' : `DO UPDATE SET ${updates.join(', ')}${guard ? ` WHERE ${table}.${guard} < EXCLUDED.${guard}` : ''}`;
  const sql = `INSERT INTO ${table} (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS r(${record}) ON CONFLICT (${key.join(', ')}) ${onConflict}`;
  const json = new Set(columns.filter((c) => c.type === 'jsonb' || c.type === 'json').map((c) => c.name));
  for (let start = 0; start < rows.length; start += rowsPerChunk) {
    const chunk = rows.slice(start, start + rowsPerChunk);
    // Plain objects serialised in one native JSON.stringify: far cheaper than value by value.
    const records = chunk.map((row) => {
      const record: Record<string, unknown> = {};
      for (const column of columns) {
        const value = column.value(row);
        record[column.name] = typeof value === 'bigint' ? value.toString() : typeof value === 'string' && json.has(column.name) ? JSON.parse(value) : value;
      }
      return record;
    });
    await tx.query(sql, [JSON.stringify(records)]);
  }
}
