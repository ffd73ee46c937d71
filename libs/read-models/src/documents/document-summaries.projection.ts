import { DOCUMENT_EVENT_TYPES, URGENCIES, documentDeadlines, isRestricted, localDateOf, type RegisteredDocument } from '@office/domain';
import { foldForSearch } from '../search-text';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows, type UpsertColumn } from '../sql/upsert-rows';
import { type Projection } from '../projection';
import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';
import { eventsByDocument, foldNew, type StoredFold } from './document-fold';
import { FoldBuffer } from './fold-buffer';

type Deadlines = ReturnType<typeof documentDeadlines>;

/** One row of `rm_document_summaries`, as written: the state and what is derived from it, computed once. */
export interface SummaryRow {
  state: RegisteredDocument;
  deadlines: Deadlines;
  lastPosition: bigint;
}

/**
 * `document-summaries.v1`: one row per document. The folded domain state (evolveDocument) is
 * kept in `state`; every other column is derived from it after each batch, so the row is a pure
 * function of the events up to `last_position` and a replayed event (position ≤ last_position)
 * changes nothing.
 */
export const documentSummariesProjection: Projection = {
  name: PROJECTION_NAMES.documentSummaries,
  handles: new Set<string>(DOCUMENT_EVENT_TYPES),
  tables: ['rm_document_summaries', 'rm_document_search'],
  async apply(events, tx) {
    const byDocument = eventsByDocument(events);
    if (byDocument.size === 0) return;
    const { changed, registered } = await foldBatch(tx, byDocument, new Map());
    await upsertRows(tx, TARGET, changed.map(([, row]) => row));
    await upsertRows(tx, SEARCH_TARGET, registered);
  },
  rebuilder({ bufferSize }) {
    const buffer = new FoldBuffer<SummaryRow>(bufferSize);
    return {
      async apply(events, tx) {
        const byDocument = eventsByDocument(events);
        if (byDocument.size === 0) return;
        const { changed, registered } = await foldBatch(tx, byDocument, buffer);
        for (const [id, row] of changed) buffer.set(id, row);
        await upsertRows(tx, TARGET, buffer.evict(new Set(byDocument.keys())));
        await upsertRows(tx, SEARCH_TARGET, registered);
      },
      finish: (tx) => upsertRows(tx, TARGET, buffer.drain()),
    };
  },
};

/**
 * Folds a batch onto each document's latest row (from `known`, else from the table); answers the
 * rows that changed, and the search rows of the documents registered in this batch (only
 * registration sets the excerpt, symbol and agency).
 */
async function foldBatch(tx: EntityManager, byDocument: Map<string, RecordedEvent[]>, known: { get(id: string): StoredFold | undefined }) {
  const missing = [...byDocument.keys()].filter((id) => !known.get(id));
  const stored = missing.length > 0 ? await loadStored(tx, missing) : new Map<string, StoredFold>();
  const changed: Array<[string, SummaryRow]> = [];
  const registered: SearchRow[] = [];
  for (const [id, documentEvents] of byDocument) {
    const folded = foldNew(known.get(id) ?? stored.get(id), documentEvents);
    if (!folded) continue;
    const { state } = folded;
    changed.push([id, { state, deadlines: documentDeadlines(state), lastPosition: folded.lastPosition }]);
    if (folded.applied.some((e) => e.type === 'DocumentReceived')) registered.push({ id, text: foldForSearch(`${state.excerpt} ${state.source.symbol} ${state.source.agency}`) });
  }
  return { changed, registered };
}

async function loadStored(tx: EntityManager, ids: string[]): Promise<Map<string, StoredFold>> {
  const rows: Array<{ id: string; state: RegisteredDocument; last_position: string }> = await tx.query(
    'SELECT id, state, last_position FROM rm_document_summaries WHERE id = ANY($1::uuid[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, { state: r.state, lastPosition: BigInt(r.last_position) }]));
}

/** Earliest due day among the applicable clocks still pending. */
export function nextDue(deadlines: Deadlines): string | null {
  const pending = Object.values(deadlines).filter((d) => d.state === 'pending').map((d) => d.due);
  return pending.length === 0 ? null : pending.sort()[0];
}

/**
 * Once issued: `late` when any clock that applied was missed; `early` when the leader gave a
 * due date and it was issued before that day; otherwise `on_time`.
 */
export function completionOf(state: RegisteredDocument, deadlines: Deadlines): 'early' | 'on_time' | 'late' | null {
  if (!state.outgoing) return null;
  if (Object.values(deadlines).some((d) => d.state === 'late')) return 'late';
  const leader = deadlines.leader;
  return leader && localDateOf(state.outgoing.issuedAt) < leader.due ? 'early' : 'on_time';
}

const col = (name: string, type: string, value: (s: RegisteredDocument) => unknown): UpsertColumn<SummaryRow> => ({ name, type, value: (row) => value(row.state) });

const SUMMARY_COLUMNS: UpsertColumn<SummaryRow>[] = [
  col('id', 'uuid', (s) => s.documentId),
  col('incoming_number', 'integer', (s) => s.incomingNumber),
  col('incoming_year', 'integer', (s) => s.incomingYear),
  col('series', 'varchar', (s) => s.incomingSeries),
  col('status', 'varchar', (s) => s.status),
  col('source_agency', 'text', (s) => s.source.agency),
  col('source_symbol', 'text', (s) => s.source.symbol),
  col('source_issued_date', 'date', (s) => s.source.issuedDate),
  col('source_signer', 'text', (s) => s.source.signer),
  col('excerpt', 'text', (s) => s.excerpt),
  col('document_type', 'text', (s) => s.documentType),
  col('field_code', 'varchar', (s) => s.fieldCode),
  col('urgency', 'varchar', (s) => s.urgency),
  col('urgency_rank', 'smallint', (s) => Math.max(0, URGENCIES.indexOf(s.urgency))),
  col('confidentiality', 'varchar', (s) => s.confidentiality),
  col('restricted', 'boolean', (s) => isRestricted(s.confidentiality)),
  col('channel', 'varchar', (s) => s.channel),
  col('pages', 'integer', (s) => s.pages),
  col('received_at', 'timestamptz', (s) => s.receivedAt),
  col('received_on', 'date', (s) => localDateOf(s.receivedAt)),
  col('registered_at', 'timestamptz', (s) => s.registeredAt),
  col('registered_by', 'uuid', (s) => s.registeredBy),
  col('sealed_for_user_id', 'uuid', (s) => s.sealedForUserId),
  col('department_id', 'uuid', (s) => s.departmentId),
  col('distributed_by', 'uuid', (s) => s.distributedBy),
  col('distributed_at', 'timestamptz', (s) => s.distributedAt),
  // A state folded before DocumentDistributed v2 and stored in `state` may lack the lists: nobody was told then.
  col('for_information_department_ids', 'uuid[]', (s) => s.forInformation?.departmentIds ?? []),
  col('for_information_user_ids', 'uuid[]', (s) => s.forInformation?.userIds ?? []),
  col('assignee_id', 'uuid', (s) => s.assigneeId),
  col('assigned_by', 'uuid', (s) => s.assignedBy),
  col('leader_id', 'uuid', (s) => s.submission?.leaderId ?? null),
  col('initialled_by', 'uuid', (s) => s.initial?.by ?? null),
  col('signer_id', 'uuid', (s) => s.signature?.by ?? null),
  col('signed_at', 'timestamptz', (s) => s.signature?.at ?? null),
  col('outgoing_number', 'integer', (s) => s.outgoing?.number ?? null),
  col('outgoing_year', 'integer', (s) => s.outgoing?.year ?? null),
  col('outgoing_document_type', 'varchar', (s) => s.outgoing?.documentType ?? null),
  col('symbol', 'text', (s) => s.outgoing?.symbol ?? null),
  col('issued_at', 'timestamptz', (s) => s.outgoing?.issuedAt ?? null),
  col('issued_on', 'date', (s) => (s.outgoing ? localDateOf(s.outgoing.issuedAt) : null)),
  col('archived_at', 'timestamptz', (s) => s.archive?.at ?? null),
  col('path', 'uuid[]', (s) => s.path),
  { name: 'deadlines', type: 'jsonb', value: (row) => row.deadlines },
  { name: 'next_due', type: 'date', value: (row) => nextDue(row.deadlines) },
  { name: 'completion', type: 'varchar', value: (row) => completionOf(row.state, row.deadlines) },
  col('state', 'jsonb', (s) => s),
  { name: 'last_position', type: 'bigint', value: (row) => row.lastPosition.toString() },
];

const TARGET = { table: 'rm_document_summaries', columns: SUMMARY_COLUMNS, key: ['id'], guard: 'last_position' };

interface SearchRow {
  id: string;
  text: string;
}

const SEARCH_TARGET = {
  table: 'rm_document_search',
  columns: [{ name: 'id', type: 'uuid', value: (r: SearchRow) => r.id }, { name: 'search_text', type: 'text', value: (r: SearchRow) => r.text }],
  key: ['id'],
};
