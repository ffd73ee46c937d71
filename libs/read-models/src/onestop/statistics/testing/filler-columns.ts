import type { DataSource } from 'typeorm';

/**
 * The NOT NULL columns of `table` without a default that a test row does not set, each with a
 * neutral SQL value of its type: the statistics tests write read-model rows directly and set only
 * what the figures read, so a column another read needs does not break them.
 */
export async function fillerColumns(db: DataSource, table: string, given: readonly string[]): Promise<{ names: string[]; values: string[] }> {
  const rows: Array<{ column_name: string; data_type: string }> = await db.query(
    `SELECT column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 AND is_nullable = 'NO' AND column_default IS NULL AND NOT (column_name = ANY($2::text[]))
      ORDER BY ordinal_position`,
    [table, given],
  );
  return { names: rows.map((r) => r.column_name), values: rows.map((r) => neutral(r.data_type)) };
}

function neutral(type: string): string {
  if (type === 'jsonb' || type === 'json') return `'{}'`;
  if (type === 'ARRAY') return `'{}'`;
  if (type === 'boolean') return 'false';
  if (type.startsWith('timestamp')) return 'now()';
  if (type === 'date') return 'current_date';
  if (type === 'uuid') return `'00000000-0000-4000-8000-000000000000'`;
  if (/int|numeric|double|real/.test(type)) return '0';
  return `''`;
}
