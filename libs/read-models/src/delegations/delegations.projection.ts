import { DELEGATION_EVENT_TYPES, delegationStreamName, evolveDelegation, initialDelegationState, type DelegationState, type DocumentSigned } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { entityColumns } from '../directives/entity-columns';
import { applyToStreamRows } from '../directives/stream-rows';
import { upsertColumns } from '../onestop/row-columns';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows } from '../sql/upsert-rows';
import { DelegationRow, SignatureRow } from './delegation.entity';

/** The row of a delegation, read from its state as the domain folds it. */
export function delegationRowOf(id: string, state: DelegationState, lastPosition: bigint): DelegationRow | null {
  if (state.status === 'none') return null;
  return {
    id, kind: state.kind, grantorId: state.grantorId, granteeId: state.granteeId, onBehalfOfTitle: state.onBehalfOfTitle, instrumentSymbol: state.instrument.symbol,
    instrumentDate: state.instrument.date, validFrom: state.validFrom, validTo: state.validTo, fieldCodes: state.scope.fieldCodes, documentTypes: state.scope.documentTypes,
    regulationClause: state.regulationClause, recordedBy: state.recordedBy, recordedAt: state.recordedAt, revokedAt: state.revocation?.at ?? null, state, lastPosition,
  };
}

const DELEGATIONS = {
  table: 'rm_delegations',
  prefix: delegationStreamName(''),
  columns: entityColumns(DelegationRow),
  initialState: initialDelegationState,
  evolve: evolveDelegation,
  rowOf: delegationRowOf,
};

/** `delegations.v1`: one row per `delegation-<id>` stream. */
export const delegationsProjection: Projection = {
  name: PROJECTION_NAMES.delegations,
  handles: new Set<string>(DELEGATION_EVENT_TYPES),
  tables: ['rm_delegations'],
  apply: (events, tx) => applyToStreamRows(DELEGATIONS, events, tx),
};

const DOCUMENT_PREFIX = 'document-';
const SIGNATURE_COLUMNS = upsertColumns(entityColumns(SignatureRow));

function signatureRowOf(recorded: RecordedEvent): SignatureRow | null {
  if (!recorded.streamId.startsWith(DOCUMENT_PREFIX)) return null;
  const d = (recorded as unknown as DocumentSigned).data;
  return {
    documentId: recorded.streamId.slice(DOCUMENT_PREFIX.length), signerId: d.by, signedAt: d.at, capacity: d.capacity, onBehalfOfId: d.onBehalfOf?.userId ?? null,
    onBehalfOfTitle: d.onBehalfOf?.title ?? null, delegationId: d.delegationId, lastPosition: recorded.position,
  };
}

/**
 * `signatures.v1`: a document's last signature and its capacity, for the outgoing register's capacity
 * column (the register's own rows come from the numbering and `DocumentIssued`, which do not carry it).
 * Events are read upcast, so v1/v2 signatures arrive as `own`. Idempotent: the upsert keeps the newer row.
 */
export const signaturesProjection: Projection = {
  name: PROJECTION_NAMES.signatures,
  handles: new Set<string>(['DocumentSigned']),
  tables: ['rm_signatures'],
  async apply(events, tx) {
    const latest = new Map<string, SignatureRow>();
    for (const row of events.map(signatureRowOf)) if (row) latest.set(row.documentId, row);
    await upsertRows(tx, { table: 'rm_signatures', columns: SIGNATURE_COLUMNS, key: ['document_id'], guard: 'last_position' }, [...latest.values()]);
  },
};
