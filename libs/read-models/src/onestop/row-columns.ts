import type { EntityManager } from 'typeorm';
import type { UpsertColumn } from '../sql/upsert-rows';
import type { PositionedRow } from './keyed-rows';

/** A property of an in-memory row and the column that stores it. */
export interface RowColumn<Row> {
  key: keyof Row & string;
  name: string;
  /** The SQL type, as upsertRows wants it. */
  type: string;
}

/** Columns for upsertRows: each property's value as it is (a bigint travels as its decimal string). */
export function upsertColumns<Row>(columns: readonly RowColumn<Row>[]): UpsertColumn<Row>[] {
  return columns.map(({ key, name, type }) => ({ name, type, value: (row: Row) => row[key] }));
}

/**
 * The stored rows matching `where`, read back into memory through `to_jsonb`: instants and days
 * come back as ISO text (what upsertRows writes again unchanged), jsonb as values, and the last
 * position as a bigint. One mapping for every table, with no column listed twice.
 */
export async function loadRows<Row extends PositionedRow>(
  tx: EntityManager,
  table: string,
  columns: readonly RowColumn<Row>[],
  where: string,
  params: unknown[],
): Promise<Row[]> {
  const raw: Array<{ row: Record<string, unknown> }> = await tx.query(`SELECT to_jsonb(t) AS row FROM ${table} t WHERE ${where}`, params);
  return raw.map(({ row }) => {
    const entry = {} as Record<string, unknown>;
    for (const { key, name } of columns) entry[key] = row[name];
    entry.lastPosition = BigInt(row.last_position as number | string);
    return entry as unknown as Row;
  });
}
