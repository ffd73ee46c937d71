import {
  currentAction, evolveNonconformity, initialNonconformityState, NONCONFORMITY_EVENT_TYPES, nonconformityStreamName, type NonconformityState,
} from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { NonconformityRow } from './nonconformity.entity';

function nonconformityRowOf(id: string, state: NonconformityState, lastPosition: bigint): NonconformityRow | null {
  if (state.status === 'none') return null;
  const action = state.status === 'action_planned' ? currentAction(state) : null;
  return {
    id, source: state.source, sourceRef: state.sourceRef, procedureCode: state.procedureCode, status: state.status, raisedAt: state.raisedAt,
    actionOwnerId: action?.ownerId ?? null, actionDueOn: action?.dueOn ?? null, state, lastPosition,
  };
}

const ROWS = {
  table: 'rm_quality_nonconformities',
  prefix: nonconformityStreamName(''),
  columns: entityColumns(NonconformityRow),
  initialState: initialNonconformityState,
  evolve: evolveNonconformity,
  rowOf: nonconformityRowOf,
};

/** `quality-nonconformities.v1`: the NC/CA log, one row per `nonconformity-<id>` stream. */
export const nonconformitiesProjection: Projection = {
  name: PROJECTION_NAMES.qualityNonconformities,
  handles: new Set<string>(NONCONFORMITY_EVENT_TYPES),
  tables: ['rm_quality_nonconformities'],
  apply: (events, tx) => applyToStreamRows(ROWS, events, tx),
};
