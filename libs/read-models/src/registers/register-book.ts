import { NUMBER_SERIES_EVENT_TYPES, type NumberSeriesEvent } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';

/** A row of a yearly register: one number of one series. */
export interface RegisterEntry {
  year: number;
  series: string;
  number: number;
  documentId: string | null;
  /** Global position of the last event applied to this row. */
  lastPosition: bigint;
}

export type RegisterKey = Pick<RegisterEntry, 'year' | 'series' | 'number'>;

/** What both registers keep of a number's own life in its numbering stream. */
export interface NumberedEntry extends RegisterEntry {
  reservedAt: string | null;
  used: boolean;
  voided: boolean;
  voidReason: string | null;
}

const keyOf = (k: RegisterKey) => `${k.year}/${k.series}/${k.number}`;

/**
 * The rows of a register one batch touches, loaded once, changed in memory event by event, and
 * written back together. Each row keeps the position of the last event applied to it, and an
 * event at or before that position is skipped: replaying a batch changes nothing.
 */
export class RegisterBook<Row extends RegisterEntry> {
  private readonly rows = new Map<string, Row>();
  private readonly byDocument = new Map<string, Set<string>>();
  private readonly dirty = new Set<string>();
  /** Rows made blank in this batch: none was loaded for their number. */
  private readonly createdKeys = new Set<string>();

  constructor(
    private readonly blank: (key: RegisterKey) => Row,
    loaded: readonly Row[] = [],
  ) {
    for (const row of loaded) this.remember(row);
  }

  /**
   * Loads the rows with these keys or for these documents (four array parameters, whatever the
   * batch size). Two index lookups glued with UNION ALL: written as one WHERE … OR …, PostgreSQL
   * scans the whole register for every batch. A row found both ways comes twice; the book keeps one.
   */
  static async load<Row extends RegisterEntry>(
    tx: EntityManager,
    selectFrom: string,
    keys: readonly RegisterKey[],
    documentIds: readonly string[],
    fromDb: (raw: Record<string, unknown>) => Row,
  ): Promise<Row[]> {
    if (keys.length === 0 && documentIds.length === 0) return [];
    const raw: Record<string, unknown>[] = await tx.query(
      `${selectFrom} JOIN unnest($1::integer[], $2::varchar[], $3::integer[]) AS k(year, series, number)
              ON r.year = k.year AND r.series = k.series AND r.number = k.number
       UNION ALL
       ${selectFrom} WHERE r.document_id = ANY($4::uuid[])`,
      [keys.map((k) => k.year), keys.map((k) => k.series), keys.map((k) => k.number), [...new Set(documentIds)]],
    );
    return raw.map(fromDb);
  }

  /** The row of this number, created blank when the register has not seen it yet. */
  row(key: RegisterKey): Row {
    const existing = this.rows.get(keyOf(key));
    if (existing) return existing;
    const row = this.blank({ year: key.year, series: key.series, number: key.number });
    this.remember(row);
    this.createdKeys.add(keyOf(row));
    return row;
  }

  /** Every row that names this document (a number voided for it and the one it kept, say). */
  rowsOf(documentId: string): Row[] {
    return [...(this.byDocument.get(documentId) ?? [])].map((k) => this.rows.get(k)!);
  }

  /** Applies `change` to the row unless the row has already seen this event. */
  apply(row: Row, event: RecordedEvent, change: (row: Row) => void): void {
    if (event.position <= row.lastPosition) return;
    change(row);
    row.lastPosition = event.position;
    this.remember(row);
    this.dirty.add(keyOf(row));
  }

  changed(): Row[] {
    return [...this.dirty].map((k) => this.rows.get(k)!);
  }

  /** The rows `changed` answers that this batch created: numbers the register may not have had (see `addToTotals`). */
  created(): RegisterKey[] {
    return [...this.createdKeys].filter((k) => this.dirty.has(k)).map((k) => this.rows.get(k)!);
  }

  private remember(row: Row): void {
    const key = keyOf(row);
    this.rows.set(key, row);
    if (row.documentId) {
      const keys = this.byDocument.get(row.documentId) ?? new Set<string>();
      keys.add(key);
      this.byDocument.set(row.documentId, keys);
    }
  }
}

/** The same path rule as the document state: people in order of first appearance. */
export function withPath(path: string[], ...ids: Array<string | null | undefined>): string[] {
  const next = [...path];
  for (const id of ids) if (id && !next.includes(id)) next.push(id);
  return next;
}

export const isNumbering = (e: RecordedEvent): boolean => (NUMBER_SERIES_EVENT_TYPES as readonly string[]).includes(e.type);

/** A numbering event of this direction, or any other event of a document. */
export function registerEvents(events: readonly RecordedEvent[], direction: 'incoming' | 'outgoing', documentIdOf: (e: RecordedEvent) => string | null): RecordedEvent[] {
  return events.filter((e) => (isNumbering(e) ? (e.data as NumberSeriesEvent['data']).direction === direction : documentIdOf(e) !== null));
}

/** The numbers a numbering event names; none for any other event. */
export function numberingKeys(recorded: RecordedEvent): RegisterKey[] {
  const event = recorded as unknown as NumberSeriesEvent;
  switch (event.type) {
    case 'NumbersReserved':
      return event.data.numbers.map(({ number }) => ({ year: event.data.year, series: event.data.series, number }));
    case 'NumberUsed':
    case 'NumberVoided':
      return [{ year: event.data.year, series: event.data.series, number: event.data.number }];
    default:
      return [];
  }
}

/** Applies a numbering event (reserved, used, voided) to the rows it names; false for any other event. */
export function applyNumbering<Row extends NumberedEntry>(book: RegisterBook<Row>, recorded: RecordedEvent): boolean {
  const event = recorded as unknown as NumberSeriesEvent;
  switch (event.type) {
    case 'NumbersReserved': {
      const { year, series, numbers, at } = event.data;
      for (const { number, documentId } of numbers) {
        book.apply(book.row({ year, series, number }), recorded, (row) => {
          row.documentId ??= documentId;
          row.reservedAt ??= at;
        });
      }
      return true;
    }
    case 'NumberUsed':
      book.apply(book.row(event.data), recorded, (row) => {
        row.used = true;
        row.documentId ??= event.data.documentId;
      });
      return true;
    case 'NumberVoided':
      book.apply(book.row(event.data), recorded, (row) => {
        row.voided = true;
        row.voidReason = event.data.reason;
      });
      return true;
    default:
      return false;
  }
}

/**
 * Before the batch's rows are written: adds to each series' total (`<register>_totals`, how many
 * numbers it has) the rows about to be written that the register does not have yet. Asked of the
 * table rather than taken from the book, so that a replayed batch, or a row the book made blank
 * without loading it, adds nothing twice.
 */
export async function addToTotals(tx: EntityManager, register: string, rows: readonly RegisterKey[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO ${register}_totals AS t (year, series, numbers)
     SELECT k.year, k.series, count(*) FROM unnest($1::integer[], $2::varchar[], $3::integer[]) AS k(year, series, number)
      WHERE NOT EXISTS (SELECT FROM ${register} r WHERE r.year = k.year AND r.series = k.series AND r.number = k.number)
      GROUP BY k.year, k.series
     ON CONFLICT (year, series) DO UPDATE SET numbers = t.numbers + EXCLUDED.numbers`,
    [rows.map((r) => r.year), rows.map((r) => r.series), rows.map((r) => r.number)],
  );
}
