/** Collects bind parameters while a query is assembled: `sql.p(value)` answers its `$n`. */
export class Sql {
  readonly params: unknown[] = [];

  p(value: unknown): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }
}

/** A JSON instant from what `pg` reads back (Date for timestamptz). */
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
