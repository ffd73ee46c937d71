import { evolveInternalAudit, initialInternalAuditState, INTERNAL_AUDIT_EVENT_TYPES, internalAuditStreamName, type InternalAuditState } from '@office/domain';
import { entityColumns } from '../../directives/entity-columns';
import { applyToStreamRows } from '../../directives/stream-rows';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { InternalAuditRow } from './internal-audit.entity';

function auditRowOf(id: string, state: InternalAuditState, lastPosition: bigint): InternalAuditRow | null {
  if (state.status === 'none') return null;
  return { id, year: state.year, plannedOn: state.plannedOn, status: state.status, conductedOn: state.conductedOn, state, lastPosition };
}

const ROWS = {
  table: 'rm_quality_audits',
  prefix: internalAuditStreamName(''),
  columns: entityColumns(InternalAuditRow),
  initialState: initialInternalAuditState,
  evolve: evolveInternalAudit,
  rowOf: auditRowOf,
};

/** `quality-audits.v1`: the internal audits, one row per `internal-audit-<id>` stream. */
export const internalAuditsProjection: Projection = {
  name: PROJECTION_NAMES.qualityAudits,
  handles: new Set<string>(INTERNAL_AUDIT_EVENT_TYPES),
  tables: ['rm_quality_audits'],
  apply: (events, tx) => applyToStreamRows(ROWS, events, tx),
};
