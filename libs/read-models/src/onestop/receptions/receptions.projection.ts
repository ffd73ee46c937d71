import { localDateOf, RECEPTION_EVENT_TYPES, type MissingItem, type ReceptionEvent } from '@office/domain';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { upsertRows, type UpsertColumn } from '../../sql/upsert-rows';

interface ReceptionEntry {
  id: string;
  kind: 'supplement_request' | 'refusal';
  event: ReceptionEvent['data'];
  missing: MissingItem[] | null;
  reason: string | null;
  legalBasis: string | null;
  position: bigint;
}

const c = (name: string, type: string, value: (row: ReceptionEntry) => unknown): UpsertColumn<ReceptionEntry> => ({ name, type, value });
const COLUMNS = [
  c('id', 'uuid', (r) => r.id),
  c('kind', 'varchar', (r) => r.kind),
  c('slip_number', 'text', (r) => r.event.slipNumber),
  c('procedure_code', 'varchar', (r) => r.event.procedureCode),
  c('procedure_name', 'text', (r) => r.event.procedureName),
  c('rule_set', 'varchar', (r) => r.event.ruleSet),
  c('applicant_name', 'text', (r) => r.event.applicant.name),
  c('applicant_address', 'text', (r) => r.event.applicant.address),
  c('applicant_phone', 'text', (r) => r.event.applicant.phone),
  c('missing', 'jsonb', (r) => r.missing),
  c('reason', 'text', (r) => r.reason),
  c('legal_basis', 'text', (r) => r.legalBasis),
  c('officer_id', 'uuid', (r) => r.event.by),
  c('at', 'timestamptz', (r) => r.event.at),
  c('on_day', 'date', (r) => localDateOf(r.event.at)),
  c('last_position', 'bigint', (r) => r.position),
];

/**
 * `receptions.v1`: the slips given at the desk without opening a dossier (Mẫu 02 and Mẫu 03), one
 * row each; the statistics count them. A reception stream holds its one event, so a row is written
 * once; the position guard makes a replay change nothing.
 */
export const receptionsProjection: Projection = {
  name: PROJECTION_NAMES.receptions,
  handles: new Set<string>(RECEPTION_EVENT_TYPES),
  tables: ['rm_receptions'],
  async apply(events, tx) {
    const rows = events.map((recorded): ReceptionEntry => {
      const event = recorded as unknown as ReceptionEvent;
      const common = { id: event.data.receptionId, event: event.data, position: recorded.position };
      return event.type === 'SupplementRequestedAtReception'
        ? { ...common, kind: 'supplement_request', missing: event.data.missing, reason: null, legalBasis: null }
        : { ...common, kind: 'refusal', missing: null, reason: event.data.reason, legalBasis: event.data.legalBasis };
    });
    await upsertRows(tx, { table: 'rm_receptions', columns: COLUMNS, key: ['id'], guard: 'last_position' }, rows);
  },
};
