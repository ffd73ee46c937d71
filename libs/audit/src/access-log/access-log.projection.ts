import type { DocumentViewed } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { upsertRows, type UpsertColumn } from '@office/read-models';
import type { EntityManager } from 'typeorm';
import type { AccessRecord, AuditRecordViewed } from './access-log.events';

export const ACCESS_LOG_PROJECTION = 'access-log.v1';

type AccessRow = AccessRecord & { position: bigint; streamId: string };

const COLUMNS: readonly UpsertColumn<AccessRow>[] = [
  { name: 'event_id', type: 'uuid', value: (r) => r.eventId },
  { name: 'position', type: 'bigint', value: (r) => r.position.toString() },
  { name: 'stream_id', type: 'text', value: (r) => r.streamId },
  { name: 'at', type: 'timestamptz', value: (r) => r.at },
  { name: 'user_id', type: 'text', value: (r) => r.userId },
  { name: 'role', type: 'text', value: (r) => r.role },
  { name: 'kind', type: 'varchar', value: (r) => r.kind },
  { name: 'document_id', type: 'text', value: (r) => r.documentId },
  { name: 'view', type: 'text', value: (r) => r.view },
  { name: 'because', type: 'varchar', value: (r) => r.because },
  { name: 'query', type: 'text', value: (r) => r.query },
];

/**
 * `access-log.v1`: one row per recorded read (`DocumentViewed`, `AuditRecordViewed`), for the
 * auditors' access log. Shaped like `Projection` (libs/read-models/src/projection.ts);
 * idempotent: a row is keyed by its event id and only a newer position overwrites it.
 */
export const accessLogProjection = {
  name: ACCESS_LOG_PROJECTION,
  handles: new Set<string>(['DocumentViewed', 'AuditRecordViewed']),
  /** Named unqualified: a rebuild points the transaction's search_path at copies of them. */
  tables: ['audit_access_log'] as readonly string[],
  async apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void> {
    const rows = events.map(toRow).filter((row): row is AccessRow => row !== null);
    await upsertRows(tx, { table: 'audit_access_log', columns: COLUMNS, key: ['event_id'], guard: 'position' }, rows);
  },
};

function toRow(recorded: RecordedEvent): AccessRow | null {
  const base = { eventId: recorded.eventId, position: recorded.position, streamId: recorded.streamId };
  const event = recorded as unknown as DocumentViewed | AuditRecordViewed;
  switch (event.type) {
    case 'DocumentViewed': {
      const d = event.data;
      return { ...base, at: d.at, userId: d.by, role: d.role, kind: 'document', documentId: d.documentId, view: d.view, because: d.because, query: null };
    }
    case 'AuditRecordViewed': {
      const d = event.data;
      return { ...base, at: d.at, userId: d.by, role: d.role, kind: 'records', documentId: null, view: d.resource, because: d.because, query: d.query };
    }
    default:
      return null;
  }
}
