import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { loadRows, upsertColumns, type RowColumn } from '../onestop/row-columns';
import { upsertRows } from '../sql/upsert-rows';

/**
 * One row per stream of a prefix (`directive-`, `meeting-`), read from the state the domain folds
 * and kept in the row to resume from. Idempotent: an event at or before the row's last position
 * changes nothing, and the upsert never overwrites a newer row.
 */
export interface StreamRows<State, Event, Row extends { state: State; lastPosition: bigint }> {
  table: string;
  prefix: string;
  columns: readonly RowColumn<Row>[];
  initialState: State;
  evolve(state: State, event: Event): State;
  rowOf(id: string, state: State, position: bigint): Row | null;
}

export async function applyToStreamRows<State, Event, Row extends { id: string; state: State; lastPosition: bigint }>(
  spec: StreamRows<State, Event, Row>,
  events: readonly RecordedEvent[],
  tx: EntityManager,
): Promise<void> {
  const idOf = (event: RecordedEvent) => (event.streamId.startsWith(spec.prefix) ? event.streamId.slice(spec.prefix.length) : null);
  const ids = [...new Set(events.map(idOf).filter((id): id is string => id !== null))];
  if (ids.length === 0) return;
  const rows = new Map((await loadRows(tx, spec.table, spec.columns, 't.id = ANY($1::uuid[])', [ids])).map((r) => [r.id, r]));
  const changed = new Set<string>();
  for (const recorded of events) {
    const id = idOf(recorded);
    if (id === null) continue;
    const before = rows.get(id);
    if (before && recorded.position <= before.lastPosition) continue;
    const row = spec.rowOf(id, spec.evolve(before?.state ?? spec.initialState, recorded as unknown as Event), recorded.position);
    if (!row) continue;
    rows.set(id, row);
    changed.add(id);
  }
  await upsertRows(tx, { table: spec.table, columns: upsertColumns(spec.columns), key: ['id'], guard: 'last_position' }, [...changed].map((id) => rows.get(id)!));
}
