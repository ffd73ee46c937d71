import { evolveLegalChange, initialLegalChangeState, LEGAL_CHANGE_EVENT_TYPES, legalChangeDoneOn, legalChangeStreamName, type LegalChangeState } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { LegalChangeRow } from './legal-change.entity';

function legalChangeRowOf(id: string, state: LegalChangeState, lastPosition: bigint): LegalChangeRow | null {
  if (state.status === 'none') return null;
  const { docSymbol, effectiveFrom, dueOn, procedureCodes, status } = state;
  return { id, docSymbol, effectiveFrom, dueOn, doneOn: legalChangeDoneOn(state), procedureCodes, status, state, lastPosition };
}

const ROWS = {
  table: 'rm_quality_legal_changes',
  prefix: legalChangeStreamName(''),
  columns: entityColumns(LegalChangeRow),
  initialState: initialLegalChangeState,
  evolve: evolveLegalChange,
  rowOf: legalChangeRowOf,
};

/** `quality-legal-changes.v1`: the legal-change log, one row per `legal-change-<id>` stream. */
export const legalChangesProjection: Projection = {
  name: PROJECTION_NAMES.qualityLegalChanges,
  handles: new Set<string>(LEGAL_CHANGE_EVENT_TYPES),
  tables: ['rm_quality_legal_changes'],
  apply: (events, tx) => applyToStreamRows(ROWS, events, tx),
};
