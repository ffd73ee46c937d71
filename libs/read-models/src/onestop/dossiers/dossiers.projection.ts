import { DOSSIER_EVENT_TYPES, dossierStreamName, evolveDossier, initialDossierState, type DossierEvent, type Handover } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { upsertRows } from '../../sql/upsert-rows';
import { loadRows, upsertColumns, type RowColumn } from '../row-columns';
import { dossierRowOf, type DossierEntry } from './dossier-row';

const DOSSIER_STREAM_PREFIX = dossierStreamName('');

const DOSSIER_COLUMNS: RowColumn<DossierEntry>[] = [
  { key: 'id', name: 'id', type: 'uuid' },
  { key: 'code', name: 'code', type: 'varchar' },
  { key: 'registerBook', name: 'register_book', type: 'integer' },
  { key: 'sequence', name: 'sequence', type: 'integer' },
  { key: 'procedureCode', name: 'procedure_code', type: 'varchar' },
  { key: 'procedureName', name: 'procedure_name', type: 'text' },
  { key: 'procedureVersion', name: 'procedure_version', type: 'integer' },
  { key: 'fieldCode', name: 'field_code', type: 'varchar' },
  { key: 'ruleSet', name: 'rule_set', type: 'varchar' },
  { key: 'handlingUnitId', name: 'handling_unit_id', type: 'uuid' },
  { key: 'applicantName', name: 'applicant_name', type: 'text' },
  { key: 'applicantAddress', name: 'applicant_address', type: 'text' },
  { key: 'applicantPhone', name: 'applicant_phone', type: 'text' },
  { key: 'channel', name: 'channel', type: 'varchar' },
  { key: 'online', name: 'online', type: 'boolean' },
  { key: 'portalRef', name: 'portal_ref', type: 'text' },
  { key: 'sets', name: 'sets', type: 'integer' },
  { key: 'submittedAt', name: 'submitted_at', type: 'timestamptz' },
  { key: 'receivedAt', name: 'received_at', type: 'timestamptz' },
  { key: 'receivedOn', name: 'received_on', type: 'date' },
  { key: 'countsFrom', name: 'counts_from', type: 'date' },
  { key: 'due', name: 'due', type: 'date' },
  { key: 'newDue', name: 'new_due', type: 'date' },
  { key: 'status', name: 'status', type: 'varchar' },
  { key: 'holderUnitId', name: 'holder_unit_id', type: 'uuid' },
  { key: 'holderUserId', name: 'holder_user_id', type: 'uuid' },
  { key: 'path', name: 'path', type: 'uuid[]' },
  { key: 'specialistId', name: 'specialist_id', type: 'uuid' },
  { key: 'leaderId', name: 'leader_id', type: 'uuid' },
  { key: 'transferredAt', name: 'transferred_at', type: 'timestamptz' },
  { key: 'outgoingNumber', name: 'outgoing_number', type: 'integer' },
  { key: 'outgoingYear', name: 'outgoing_year', type: 'integer' },
  { key: 'symbol', name: 'symbol', type: 'text' },
  { key: 'issuedAt', name: 'issued_at', type: 'timestamptz' },
  { key: 'resultAtDeskAt', name: 'result_at_desk_at', type: 'timestamptz' },
  { key: 'returnedAt', name: 'returned_at', type: 'timestamptz' },
  { key: 'returnedTo', name: 'returned_to', type: 'text' },
  { key: 'returnMethod', name: 'return_method', type: 'varchar' },
  { key: 'classification', name: 'classification', type: 'varchar' },
  { key: 'supplementRequests', name: 'supplement_requests', type: 'integer' },
  { key: 'supplementRequestedAt', name: 'supplement_requested_at', type: 'timestamptz' },
  { key: 'supplementPolicy', name: 'supplement_policy', type: 'varchar' },
  { key: 'apologies', name: 'apologies', type: 'integer' },
  { key: 'apologyIssuedLate', name: 'apology_issued_late', type: 'boolean' },
  { key: 'feeAssessedVnd', name: 'fee_assessed_vnd', type: 'bigint' },
  { key: 'feePaidVnd', name: 'fee_paid_vnd', type: 'bigint' },
  { key: 'paymentMethod', name: 'payment_method', type: 'varchar' },
  { key: 'paidAt', name: 'paid_at', type: 'timestamptz' },
  { key: 'digitisedItems', name: 'digitised_items', type: 'integer' },
  { key: 'satisfactionScore', name: 'satisfaction_score', type: 'smallint' },
  { key: 'stoppedAt', name: 'stopped_at', type: 'timestamptz' },
  { key: 'stopReason', name: 'stop_reason', type: 'text' },
  { key: 'withdrawnAt', name: 'withdrawn_at', type: 'timestamptz' },
  { key: 'withdrawReason', name: 'withdraw_reason', type: 'text' },
  { key: 'searchText', name: 'search_text', type: 'text' },
  { key: 'pin', name: 'pin', type: 'varchar' },
  { key: 'state', name: 'state', type: 'jsonb' },
  { key: 'lastPosition', name: 'last_position', type: 'bigint' },
];

type HandoverEntry = Handover & { dossierId: string; position: bigint; eventType: string };

const HANDOVER_COLUMNS: RowColumn<HandoverEntry>[] = [
  { key: 'dossierId', name: 'dossier_id', type: 'uuid' },
  { key: 'position', name: 'position', type: 'bigint' },
  { key: 'eventType', name: 'event_type', type: 'varchar' },
  { key: 'stepNo', name: 'step_no', type: 'integer' },
  { key: 'task', name: 'task', type: 'text' },
  { key: 'fromUserId', name: 'from_user_id', type: 'uuid' },
  { key: 'fromUnitId', name: 'from_unit_id', type: 'uuid' },
  { key: 'toUserId', name: 'to_user_id', type: 'uuid' },
  { key: 'toUnitId', name: 'to_unit_id', type: 'uuid' },
  { key: 'startedAt', name: 'started_at', type: 'timestamptz' },
  { key: 'handedAt', name: 'handed_at', type: 'timestamptz' },
  { key: 'dueAt', name: 'due_at', type: 'timestamptz' },
  { key: 'outcome', name: 'outcome', type: 'varchar' },
  { key: 'calendarVersion', name: 'calendar_version', type: 'text' },
];

/**
 * `dossiers.v1`: one row per dossier (rm_dossiers) and its control sheet (rm_dossier_handovers),
 * from the `dossier-<id>` streams. The row is read from the state the domain folds
 * (evolveDossier), kept in the row to resume from. One projection for both tables because they
 * are one read model: one fold of the same events, read together by the summary, and rebuilt
 * (swapped) together. Idempotent: a dossier row by its last position; a control-sheet row is keyed
 * by the position of the event that carried it and never changes.
 */
export const dossiersProjection: Projection = {
  name: PROJECTION_NAMES.dossiers,
  handles: new Set<string>(DOSSIER_EVENT_TYPES),
  tables: ['rm_dossiers', 'rm_dossier_handovers'],
  async apply(events, tx) {
    const ids = [...new Set(events.map((e) => dossierIdOf(e)).filter((id): id is string => id !== null))];
    if (ids.length === 0) return;
    const rows = new Map((await loadRows(tx, 'rm_dossiers', DOSSIER_COLUMNS, 't.id = ANY($1::uuid[])', [ids])).map((r) => [r.id, r]));
    const changed = new Set<string>();
    const handovers: HandoverEntry[] = [];
    for (const recorded of events) {
      const id = dossierIdOf(recorded);
      if (id === null) continue;
      const event = recorded as unknown as DossierEvent;
      if ('handover' in event.data) handovers.push({ ...event.data.handover, dossierId: id, position: recorded.position, eventType: event.type });
      const before = rows.get(id);
      if (before && recorded.position <= before.lastPosition) continue;
      const row = dossierRowOf(id, evolveDossier(before?.state ?? initialDossierState, event), recorded.position);
      if (!row) continue;
      rows.set(id, row);
      changed.add(id);
    }
    await upsertRows(tx, { table: 'rm_dossiers', columns: upsertColumns(DOSSIER_COLUMNS), key: ['id'], guard: 'last_position' }, [...changed].map((id) => rows.get(id)!));
    await upsertRows(tx, { table: 'rm_dossier_handovers', columns: upsertColumns(HANDOVER_COLUMNS), key: ['dossier_id', 'position'] }, handovers);
  },
};

/** The dossier id of a `dossier-<id>` stream; null for any other stream. */
function dossierIdOf(event: RecordedEvent): string | null {
  return event.streamId.startsWith(DOSSIER_STREAM_PREFIX) ? event.streamId.slice(DOSSIER_STREAM_PREFIX.length) : null;
}
