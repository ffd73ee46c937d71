import { evolveHandover, HANDOVER_EVENT_TYPES, handoverStreamName, initialHandoverState, stillHeld, type HandoverState } from '@office/domain';
import { entityColumns } from '../directives/entity-columns';
import { applyToStreamRows } from '../directives/stream-rows';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { HandoverRow } from './handover.entity';

/** The row of a departure, from its state; null for a stream with nothing recorded. */
export function handoverRowOf(id: string, state: HandoverState, lastPosition: bigint): HandoverRow | null {
  if (state.status === 'none') return null;
  return {
    id, userId: state.userId, departmentId: state.departmentId, kind: state.kind, lastWorkingDay: state.lastWorkingDay, receiverId: state.receiverId,
    decisionRef: state.decisionRef, status: state.status, recordedAt: state.recordedAt, items: state.items.length, stillHeld: stillHeld(state).length,
    signedByLeaver: state.signatures.leaver !== null, signedByHead: state.signatures.head !== null, releasedAt: state.release?.at ?? null, state, lastPosition,
  };
}

const HANDOVERS = {
  table: 'rm_handovers',
  prefix: handoverStreamName(''),
  columns: entityColumns(HandoverRow),
  initialState: initialHandoverState,
  evolve: evolveHandover,
  rowOf: handoverRowOf,
};

/** `handovers.v1`: the register of staff hand-overs (Sổ theo dõi bàn giao), one row per `handover-<id>` stream. */
export const handoversProjection: Projection = {
  name: PROJECTION_NAMES.handovers,
  handles: new Set<string>(HANDOVER_EVENT_TYPES),
  tables: ['rm_handovers'],
  apply: (events, tx) => applyToStreamRows(HANDOVERS, events, tx),
};
