import { PROCEDURE_EVENT_TYPES, type ProcedureEvent, type ProcedureVersionSpec } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { Projection } from '../../projection';
import { PROJECTION_NAMES } from '../../projection-names';
import { foldForSearch } from '../../search-text';
import { upsertRows } from '../../sql/upsert-rows';
import { KeyedRows } from '../keyed-rows';
import { loadRows, upsertColumns, type RowColumn } from '../row-columns';

interface ProcedureEntry {
  code: string;
  name: string;
  fieldCode: string;
  searchText: string;
  registeredAt: string;
  registeredBy: string;
  lastPosition: bigint;
}

type VersionEntry = ProcedureVersionSpec & {
  code: string;
  version: number;
  draftedAt: string;
  draftedBy: string;
  approvedAt: string | null;
  approvedBy: string | null;
  decisionRef: string | null;
  lastPosition: bigint;
};

const PROCEDURE_COLUMNS: RowColumn<ProcedureEntry>[] = [
  { key: 'code', name: 'code', type: 'varchar' },
  { key: 'name', name: 'name', type: 'text' },
  { key: 'fieldCode', name: 'field_code', type: 'varchar' },
  { key: 'searchText', name: 'search_text', type: 'text' },
  { key: 'registeredAt', name: 'registered_at', type: 'timestamptz' },
  { key: 'registeredBy', name: 'registered_by', type: 'uuid' },
  { key: 'lastPosition', name: 'last_position', type: 'bigint' },
];

const VERSION_COLUMNS: RowColumn<VersionEntry>[] = [
  { key: 'code', name: 'code', type: 'varchar' },
  { key: 'version', name: 'version', type: 'integer' },
  { key: 'effectiveFrom', name: 'effective_from', type: 'date' },
  { key: 'effectiveTo', name: 'effective_to', type: 'date' },
  { key: 'publishingDecision', name: 'publishing_decision', type: 'text' },
  { key: 'legalBasis', name: 'legal_basis', type: 'jsonb' },
  { key: 'requiredItems', name: 'required_items', type: 'jsonb' },
  { key: 'statutoryDays', name: 'statutory_days', type: 'double precision' },
  { key: 'cutoffHour', name: 'cutoff_hour', type: 'integer' },
  { key: 'feeVnd', name: 'fee_vnd', type: 'bigint' },
  { key: 'onlineLevel', name: 'online_level', type: 'varchar' },
  { key: 'resultType', name: 'result_type', type: 'text' },
  { key: 'supplementPolicy', name: 'supplement_policy', type: 'varchar' },
  { key: 'steps', name: 'steps', type: 'jsonb' },
  { key: 'draftedAt', name: 'drafted_at', type: 'timestamptz' },
  { key: 'draftedBy', name: 'drafted_by', type: 'uuid' },
  { key: 'approvedAt', name: 'approved_at', type: 'timestamptz' },
  { key: 'approvedBy', name: 'approved_by', type: 'uuid' },
  { key: 'decisionRef', name: 'decision_ref', type: 'text' },
  { key: 'lastPosition', name: 'last_position', type: 'bigint' },
];

const versionKey = (code: string, version: number) => `${code}/${version}`;

/**
 * `procedure-catalogue.v1`: the procedures (rm_procedures) and every version with its approval
 * (rm_procedure_versions), from the `procedure-<code>` streams. Idempotent by each row's last position.
 */
export const procedureCatalogueProjection: Projection = {
  name: PROJECTION_NAMES.procedureCatalogue,
  handles: new Set<string>(PROCEDURE_EVENT_TYPES),
  tables: ['rm_procedures', 'rm_procedure_versions'],
  async apply(events, tx) {
    if (events.length === 0) return;
    const codes = [...new Set(events.map((e) => (e.data as ProcedureEvent['data']).code))];
    const procedures = new KeyedRows((await loadRows(tx, 'rm_procedures', PROCEDURE_COLUMNS, 't.code = ANY($1)', [codes])).map((r) => [r.code, r]));
    const versions = new KeyedRows((await loadRows(tx, 'rm_procedure_versions', VERSION_COLUMNS, 't.code = ANY($1)', [codes])).map((r) => [versionKey(r.code, r.version), r]));
    for (const event of events) applyEvent(procedures, versions, event);
    await upsertRows(tx, { table: 'rm_procedures', columns: upsertColumns(PROCEDURE_COLUMNS), key: ['code'], guard: 'last_position' }, procedures.changed());
    await upsertRows(tx, { table: 'rm_procedure_versions', columns: upsertColumns(VERSION_COLUMNS), key: ['code', 'version'], guard: 'last_position' }, versions.changed());
  },
};

function applyEvent(procedures: KeyedRows<ProcedureEntry>, versions: KeyedRows<VersionEntry>, recorded: RecordedEvent): void {
  const event = recorded as unknown as ProcedureEvent;
  switch (event.type) {
    case 'ProcedureRegistered': {
      const { code, name, fieldCode, by, at } = event.data;
      const registered = (): ProcedureEntry => ({ code, name, fieldCode, searchText: '', registeredAt: at, registeredBy: by, lastPosition: -1n });
      return procedures.apply(code, recorded, (row) => Object.assign(row, { name, fieldCode, searchText: foldForSearch(`${code} ${name}`) }), registered);
    }
    case 'ProcedureVersionDrafted': {
      const { code, version, by, at, ...spec } = event.data;
      const drafted = (): VersionEntry => ({ ...spec, code, version, draftedAt: at, draftedBy: by, approvedAt: null, approvedBy: null, decisionRef: null, lastPosition: -1n });
      return versions.apply(versionKey(code, version), recorded, (row) => Object.assign(row, spec), drafted);
    }
    case 'ProcedureVersionApproved': {
      const { code, version, by, at, decisionRef } = event.data;
      return versions.apply(versionKey(code, version), recorded, (row) => Object.assign(row, { approvedAt: at, approvedBy: by, decisionRef }));
    }
  }
}
