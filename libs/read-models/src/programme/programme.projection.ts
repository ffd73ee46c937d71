import {
  draftDueDate, evolveProgramme, initialProgrammeState, periodDays, periodKindOf, PROGRAMME_EVENT_TYPES, programmeStreamName, type OpenProgramme,
  type ProgrammeEvent, type ProgrammeItem,
} from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { entityColumns } from '../directives/entity-columns';
import { loadRows, upsertColumns } from '../onestop/row-columns';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows } from '../sql/upsert-rows';
import { ProgrammeItemRow, ProgrammeRow } from './programme.entities';

const PREFIX = programmeStreamName('');
const PROGRAMME_COLUMNS = entityColumns(ProgrammeRow);
const ITEM_COLUMNS = entityColumns(ProgrammeItemRow);

function programmeRowOf(state: OpenProgramme, position: bigint): ProgrammeRow {
  const days = periodDays(state.period);
  const lastReturn = state.returns[state.returns.length - 1];
  return {
    id: state.period, kind: periodKindOf(state.period) ?? 'month', startsOn: days.from, endsOn: days.to, status: state.status, draftDue: draftDueDate(state.period),
    draftSubmittedAt: state.draft?.submittedAt ?? null, draftLate: state.firstDraftLate, approvedAt: state.approval?.at ?? null, approvedBy: state.approval?.by ?? null,
    returnReason: state.status === 'drafting' && lastReturn ? lastReturn.reason : null, state, lastPosition: position,
  };
}

function itemRowOf(period: string, item: ProgrammeItem, position: bigint): ProgrammeItemRow {
  const lastReschedule = item.reschedules[item.reschedules.length - 1];
  return {
    id: item.itemId, period, title: item.title, agencyName: item.agency.name, agencyDepartmentId: item.agency.departmentId, leaderId: item.leaderId, paperKind: item.paperKind,
    due: item.due, dueDate: item.dueDate, originalDue: item.originalDue, status: item.status, note: item.note, proposedBy: item.proposedBy, proposedAt: item.proposedAt,
    slipReturnReason: item.slipDecision && !item.slipDecision.accepted ? item.slipDecision.reason : null, papersOn: item.papers?.submittedOn ?? null,
    papersSymbol: item.papers?.symbol ?? null, presentedOn: item.presentation?.presentedOn ?? null, session: item.presentation?.session ?? null,
    withdrawnReason: item.withdrawal?.reason ?? null, reschedules: item.reschedules.length, requestSymbol: lastReschedule?.requestSymbol ?? null, lastPosition: position,
  };
}

/**
 * `programme.v1`: rm_programmes and rm_programme_items, from each programme's state folded by the
 * domain and kept in its row to resume from. Idempotent: an event at or before the row's last
 * position changes nothing, and neither upsert overwrites a newer row.
 */
async function apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
  const periodOf = (event: RecordedEvent) => (event.streamId.startsWith(PREFIX) ? event.streamId.slice(PREFIX.length) : null);
  const periods = [...new Set(events.map(periodOf).filter((period): period is string => period !== null))];
  if (periods.length === 0) return;
  const rows = new Map((await loadRows(tx, 'rm_programmes', PROGRAMME_COLUMNS, 't.id = ANY($1::text[])', [periods])).map((row) => [row.id, row]));
  const changed = new Set<string>();
  for (const recorded of events) {
    const period = periodOf(recorded);
    if (period === null) continue;
    const before = rows.get(period);
    if (before && recorded.position <= before.lastPosition) continue;
    const state = evolveProgramme(before?.state ?? initialProgrammeState, recorded as unknown as ProgrammeEvent);
    if (state.status === 'none') continue;
    rows.set(period, programmeRowOf(state, recorded.position));
    changed.add(period);
  }
  const programmes = [...changed].map((period) => rows.get(period)!);
  await upsertRows(tx, { table: 'rm_programmes', columns: upsertColumns(PROGRAMME_COLUMNS), key: ['id'], guard: 'last_position' }, programmes);
  const items = programmes.flatMap((row) => row.state.items.map((item) => itemRowOf(row.id, item, row.lastPosition)));
  await upsertRows(tx, { table: 'rm_programme_items', columns: upsertColumns(ITEM_COLUMNS), key: ['id'], guard: 'last_position' }, items);
}

export const programmeProjection: Projection = {
  name: PROJECTION_NAMES.programme,
  handles: new Set<string>(PROGRAMME_EVENT_TYPES),
  tables: ['rm_programmes', 'rm_programme_items'],
  apply,
};
