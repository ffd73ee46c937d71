import { evolveScheduleWeek, initialScheduleWeekState, SCHEDULE_EVENT_TYPES, scheduleStreamName, type ScheduleEvent, type ScheduleWeekState } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { entityColumns } from '../directives/entity-columns';
import { loadRows, upsertColumns } from '../onestop/row-columns';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows } from '../sql/upsert-rows';
import { ScheduleEntryRow, ScheduleWeekRow } from './schedule.entities';

const PREFIX = scheduleStreamName('');
const WEEK_COLUMNS = entityColumns(ScheduleWeekRow);
const ENTRY_COLUMNS = entityColumns(ScheduleEntryRow);

function weekRowOf(state: Exclude<ScheduleWeekState, { status: 'none' }>, lastPosition: bigint): ScheduleWeekRow {
  return { week: state.week, status: state.status, publishedAt: state.publication?.at ?? null, publishedBy: state.publication?.by ?? null, state, lastPosition };
}

function entryRowsOf(state: Exclude<ScheduleWeekState, { status: 'none' }>, lastPosition: bigint): ScheduleEntryRow[] {
  return state.entries.map((entry) => ({
    id: entry.entryId, week: state.week, startsAt: entry.startsAt, endsAt: entry.endsAt, chairLeaderId: entry.chairLeaderId, leaderIds: entry.leaderIds,
    status: entry.status, confidential: entry.confidential, visible: state.status === 'published' && !entry.confidential, version: entry.version, entry, lastPosition,
  }));
}

/**
 * `schedule.v1`: the week's row (its folded state) and one row per entry, rewritten together from
 * the week's state at each batch. Idempotent: an event at or before the week's last position
 * changes nothing, and the upserts never overwrite a newer row.
 */
async function apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
  const weekOf = (event: RecordedEvent) => (event.streamId.startsWith(PREFIX) ? event.streamId.slice(PREFIX.length) : null);
  const weeks = [...new Set(events.map(weekOf).filter((week): week is string => week !== null))];
  if (weeks.length === 0) return;
  const rows = new Map((await loadRows(tx, 'rm_schedule_weeks', WEEK_COLUMNS, 't.week = ANY($1::varchar[])', [weeks])).map((row) => [row.week, row]));
  const changed = new Set<string>();
  for (const recorded of events) {
    const week = weekOf(recorded);
    if (week === null) continue;
    const before = rows.get(week);
    if (before && recorded.position <= before.lastPosition) continue;
    const state = evolveScheduleWeek(before?.state ?? initialScheduleWeekState, recorded as unknown as ScheduleEvent);
    if (state.status === 'none') continue;
    rows.set(week, weekRowOf(state, recorded.position));
    changed.add(week);
  }
  const written = [...changed].map((week) => rows.get(week)!);
  await upsertRows(tx, { table: 'rm_schedule_weeks', columns: upsertColumns(WEEK_COLUMNS), key: ['week'], guard: 'last_position' }, written);
  const entries = written.flatMap((row) => (row.state.status === 'none' ? [] : entryRowsOf(row.state, row.lastPosition)));
  await upsertRows(tx, { table: 'rm_schedule_entries', columns: upsertColumns(ENTRY_COLUMNS), key: ['id'], guard: 'last_position' }, entries);
}

export const scheduleProjection: Projection = {
  name: PROJECTION_NAMES.schedule,
  handles: new Set<string>(SCHEDULE_EVENT_TYPES),
  tables: ['rm_schedule_weeks', 'rm_schedule_entries'],
  apply,
};
