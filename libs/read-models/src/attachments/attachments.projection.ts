import type { DocumentFileAttached, DossierFileAttached } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import type { Projection } from '../projection';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows, type UpsertTarget } from '../sql/upsert-rows';

/** The attaching events and the owner each one's stream names. */
const OWNERS: Readonly<Record<string, { kind: 'document' | 'dossier'; prefix: string }>> = {
  DocumentFileAttached: { kind: 'document', prefix: 'document-' },
  DossierFileAttached: { kind: 'dossier', prefix: 'dossier-' },
};

type Attached = (DocumentFileAttached | DossierFileAttached)['data'];

interface Row {
  event: RecordedEvent;
  kind: string;
  ownerId: string;
  data: Attached;
}

const TARGET: UpsertTarget<Row> = {
  table: 'rm_attachments',
  key: ['attachment_id'],
  guard: 'position',
  columns: [
    { name: 'attachment_id', type: 'uuid', value: (r) => r.data.attachmentId },
    { name: 'owner_kind', type: 'varchar', value: (r) => r.kind },
    { name: 'owner_id', type: 'uuid', value: (r) => r.ownerId },
    { name: 'purpose', type: 'varchar', value: (r) => r.data.purpose },
    { name: 'item_code', type: 'text', value: (r) => ('itemCode' in r.data ? r.data.itemCode : null) },
    { name: 'name', type: 'text', value: (r) => r.data.name },
    { name: 'media_type', type: 'text', value: (r) => r.data.mediaType },
    { name: 'size', type: 'bigint', value: (r) => r.data.size },
    { name: 'sha256', type: 'char(64)', value: (r) => r.data.sha256 },
    { name: 'attached_by', type: 'uuid', value: (r) => r.data.by },
    { name: 'attached_at', type: 'timestamptz', value: (r) => r.data.at },
    { name: 'event_id', type: 'uuid', value: (r) => r.event.eventId },
    { name: 'position', type: 'bigint', value: (r) => r.event.position },
  ],
};

function rowOf(event: RecordedEvent): Row | null {
  const owner = OWNERS[event.type];
  if (!owner || !event.streamId.startsWith(owner.prefix)) return null;
  return { event, kind: owner.kind, ownerId: event.streamId.slice(owner.prefix.length), data: event.data as unknown as Attached };
}

/** `attachments.v1`: every attached file, once per attaching event (keyed by its attachment id: a replay writes the same row). */
export const attachmentsProjection: Projection = {
  name: PROJECTION_NAMES.attachments,
  handles: new Set(Object.keys(OWNERS)),
  tables: ['rm_attachments'],
  lookupIndexes: [],
  apply: (events, tx) => upsertRows(tx, TARGET, events.map(rowOf).filter((row): row is Row => row !== null)),
};
