import { ABSENCE_EVENT_TYPES, absenceStreamName, evolveAbsence, initialAbsenceState, type AbsenceState } from '@office/domain';
import { entityColumns } from '../directives/entity-columns';
import { applyToStreamRows } from '../directives/stream-rows';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { AbsenceRow } from './absence.entity';

/** The row of an absence, read from its state as the domain folds it. */
export function absenceRowOf(id: string, state: AbsenceState, lastPosition: bigint): AbsenceRow | null {
  if (state.status === 'none') return null;
  return {
    id, requesterId: state.requesterId, requestedBy: state.requestedBy, departmentId: state.departmentId, route: state.route, status: state.status,
    fromDate: state.from, toDate: state.to, state, lastPosition,
  };
}

const ABSENCES = {
  table: 'rm_absences',
  prefix: absenceStreamName(''),
  columns: entityColumns(AbsenceRow),
  initialState: initialAbsenceState,
  evolve: evolveAbsence,
  rowOf: absenceRowOf,
};

/** `absences.v1`: one row per absence, from the state the domain folds (idempotent: a replayed event changes nothing). */
export const absencesProjection: Projection = {
  name: PROJECTION_NAMES.absences,
  handles: new Set<string>(ABSENCE_EVENT_TYPES),
  tables: ['rm_absences'],
  apply: (events, tx) => applyToStreamRows(ABSENCES, events, tx),
};
