import type { RecordedEvent } from '@office/event-store';

/** A read-model row that remembers the global position of the last event applied to it. */
export interface PositionedRow {
  lastPosition: bigint;
}

/**
 * The rows one batch touches, by key: loaded once, changed in memory event by event, written back
 * together. An event at or before a row's last position is skipped, so replaying a batch changes
 * nothing (the upsert's `last_position` guard does the same for rows written by a later batch).
 */
export class KeyedRows<Row extends PositionedRow> {
  private readonly rows = new Map<string, Row>();
  private readonly dirty = new Set<string>();

  constructor(loaded: Iterable<[string, Row]> = []) {
    for (const [key, row] of loaded) this.rows.set(key, row);
  }

  get(key: string): Row | undefined {
    return this.rows.get(key);
  }

  /** Applies `change` to the row of `key` (made by `create` when absent) unless it has seen this event. */
  apply(key: string, event: RecordedEvent, change: (row: Row) => void, create?: () => Row): void {
    const row = this.rows.get(key) ?? create?.();
    if (!row || event.position <= row.lastPosition) return;
    change(row);
    row.lastPosition = event.position;
    this.rows.set(key, row);
    this.dirty.add(key);
  }

  changed(): Row[] {
    return [...this.dirty].map((key) => this.rows.get(key)!);
  }
}
