import { evolveQmsDeclaration, initialQmsDeclarationState, QMS_DECLARATION_EVENT_TYPES, qmsDeclarationStreamName, type QmsDeclarationState } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { QmsDeclarationRow } from './qms-declaration.entity';

function declarationRowOf(id: string, state: QmsDeclarationState, lastPosition: bigint): QmsDeclarationRow | null {
  if (state.status === 'none') return null;
  return { id, declaredOn: state.declaredOn, reviewId: state.reviewId, state, lastPosition };
}

const ROWS = {
  table: 'rm_quality_declarations',
  prefix: qmsDeclarationStreamName(''),
  columns: entityColumns(QmsDeclarationRow),
  initialState: initialQmsDeclarationState,
  evolve: evolveQmsDeclaration,
  rowOf: declarationRowOf,
};

/** `quality-declarations.v1`: the conformity declarations with their notices and postings. */
export const qmsDeclarationsProjection: Projection = {
  name: PROJECTION_NAMES.qualityDeclarations,
  handles: new Set<string>(QMS_DECLARATION_EVENT_TYPES),
  tables: ['rm_quality_declarations'],
  apply: (events, tx) => applyToStreamRows(ROWS, events, tx),
};
