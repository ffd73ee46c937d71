import { DOCUMENT_EVENT_TYPES, NUMBER_SERIES_EVENT_TYPES, type DocumentEvent } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows, type UpsertColumn } from '../sql/upsert-rows';
import { type Projection } from '../projection';
import { documentIdOf, isoOrNull } from '../documents/document-fold';
import { addToTotals, applyNumbering, numberingKeys, RegisterBook, registerEvents, withPath, type NumberedEntry, type RegisterKey } from './register-book';

/** A row of the incoming register (sổ đăng ký văn bản đến) in memory. */
export interface IncomingEntry extends NumberedEntry {
  receivedAt: string | null;
  registeredAt: string | null;
  sourceAgency: string | null;
  sourceSymbol: string | null;
  sourceIssuedDate: string | null;
  documentType: string | null;
  excerpt: string | null;
  urgency: string | null;
  confidentiality: string | null;
  sealedForUserId: string | null;
  departmentId: string | null;
  assigneeId: string | null;
  distributedAt: string | null;
  /** Để biết: after the lead department in the recipient column (đơn vị/người nhận). */
  forInformationDepartmentIds: string[];
  forInformationUserIds: string[];
  path: string[];
}

const blank = (key: RegisterKey): IncomingEntry => ({
  ...key, documentId: null, lastPosition: -1n, reservedAt: null, used: false, voided: false, voidReason: null, receivedAt: null, registeredAt: null,
  sourceAgency: null, sourceSymbol: null, sourceIssuedDate: null, documentType: null, excerpt: null, urgency: null, confidentiality: null,
  sealedForUserId: null, departmentId: null, assigneeId: null, distributedAt: null, forInformationDepartmentIds: [], forInformationUserIds: [], path: [],
});

/**
 * `incoming-register.v1`: the incoming register per year and series, from the numbering streams
 * (every number reserved, used or voided: no gap) and the documents' own events (what was
 * registered under the number, where it was sent). Idempotent by each row's last position.
 */
export const incomingRegisterProjection: Projection = {
  name: PROJECTION_NAMES.incomingRegister,
  handles: new Set<string>([...NUMBER_SERIES_EVENT_TYPES, ...DOCUMENT_EVENT_TYPES]),
  tables: ['rm_incoming_register', 'rm_incoming_register_totals'],
  lookupIndexes: ['rm_incoming_register_document'],
  async apply(events, tx) {
    const relevant = registerEvents(events, 'incoming', documentIdOf);
    if (relevant.length === 0) return;
    const loaded = await RegisterBook.load(tx, SELECT, keysOf(relevant), relevant.map(documentIdOf).filter((id): id is string => id !== null), fromDb);
    const book = new RegisterBook(blank, loaded);
    for (const event of relevant) applyEvent(book, event);
    await addToTotals(tx, 'rm_incoming_register', book.created());
    await upsertRows(tx, { table: 'rm_incoming_register', columns: COLUMNS, key: ['year', 'series', 'number'], guard: 'last_position' }, book.changed());
  },
};

function keysOf(events: readonly RecordedEvent[]): RegisterKey[] {
  return events.flatMap((e): RegisterKey[] => {
    if (e.type !== 'DocumentReceived') return numberingKeys(e);
    const { data } = e as unknown as Extract<DocumentEvent, { type: 'DocumentReceived' }>;
    return [{ year: data.incomingYear, series: data.incomingSeries, number: data.incomingNumber }];
  });
}

function applyEvent(book: RegisterBook<IncomingEntry>, recorded: RecordedEvent): void {
  if (applyNumbering(book, recorded)) return;
  const event = recorded as unknown as DocumentEvent;
  switch (event.type) {
    case 'DocumentReceived': {
      const d = event.data;
      return book.apply(book.row({ year: d.incomingYear, series: d.incomingSeries, number: d.incomingNumber }), recorded, (row) => {
        Object.assign(row, {
          documentId: d.documentId, receivedAt: d.receivedAt, registeredAt: d.at, sourceAgency: d.source.agency, sourceSymbol: d.source.symbol,
          sourceIssuedDate: d.source.issuedDate, documentType: d.documentType, excerpt: d.excerpt, urgency: d.urgency, confidentiality: d.confidentiality,
          sealedForUserId: d.sealedForUserId, path: withPath(row.path, d.by),
        });
      });
    }
    default: {
      // Any later step of the document: the registered row (not a number voided for it) follows it.
      const documentId = documentIdOf(recorded);
      const row = documentId ? book.rowsOf(documentId).find((r) => r.receivedAt !== null) : undefined;
      if (row) book.apply(row, recorded, (r) => followDocument(r, event as DocumentEvent));
    }
  }
}

function followDocument(row: IncomingEntry, event: DocumentEvent): void {
  row.path = withPath(row.path, event.data.by);
  switch (event.type) {
    case 'DocumentDistributed':
      row.departmentId = event.data.departmentId;
      row.distributedAt = event.data.at;
      row.assigneeId = null;
      row.forInformationDepartmentIds = event.data.forInformation.departmentIds;
      row.forInformationUserIds = event.data.forInformation.userIds;
      return;
    case 'DocumentAssigned':
      row.assigneeId = event.data.specialistId;
      row.path = withPath(row.path, event.data.specialistId);
      return;
    case 'DocumentReturned':
      row.departmentId = null;
      row.assigneeId = null;
      row.distributedAt = null;
      row.forInformationDepartmentIds = [];
      row.forInformationUserIds = [];
      return;
    case 'DocumentSubmitted':
      row.path = withPath(row.path, event.data.leaderId);
      return;
    default:
      return;
  }
}

/** registered (a document holds the number) | voided | reserved (in flight). */
export function incomingStatus(row: Pick<IncomingEntry, 'receivedAt' | 'voided'>): string {
  return row.receivedAt !== null ? 'registered' : row.voided ? 'voided' : 'reserved';
}

const SELECT = `SELECT r.year, r.series, r.number, r.document_id, r.last_position, r.reserved_at, r.used, r.voided, r.void_reason, r.received_at,
  r.registered_at, r.source_agency, r.source_symbol, r.source_issued_date::text AS source_issued_date, r.document_type, r.excerpt, r.urgency,
  r.confidentiality, r.sealed_for_user_id, r.department_id, r.assignee_id, r.distributed_at,
  r.for_information_department_ids, r.for_information_user_ids, r.path FROM rm_incoming_register r`;

function fromDb(r: Record<string, unknown>): IncomingEntry {
  const text = (k: string) => (r[k] as string | null) ?? null;
  return {
    year: r.year as number, series: r.series as string, number: r.number as number, documentId: text('document_id'),
    lastPosition: BigInt(r.last_position as string), reservedAt: isoOrNull(r.reserved_at as Date | null), used: r.used as boolean,
    voided: r.voided as boolean, voidReason: text('void_reason'), receivedAt: isoOrNull(r.received_at as Date | null),
    registeredAt: isoOrNull(r.registered_at as Date | null), sourceAgency: text('source_agency'), sourceSymbol: text('source_symbol'),
    sourceIssuedDate: text('source_issued_date'), documentType: text('document_type'), excerpt: text('excerpt'), urgency: text('urgency'),
    confidentiality: text('confidentiality'), sealedForUserId: text('sealed_for_user_id'), departmentId: text('department_id'),
    assigneeId: text('assignee_id'), distributedAt: isoOrNull(r.distributed_at as Date | null),
    forInformationDepartmentIds: (r.for_information_department_ids as string[]) ?? [], forInformationUserIds: (r.for_information_user_ids as string[]) ?? [],
    path: (r.path as string[]) ?? [],
  };
}

const c = (name: string, type: string, value: (row: IncomingEntry) => unknown): UpsertColumn<IncomingEntry> => ({ name, type, value });

const COLUMNS: UpsertColumn<IncomingEntry>[] = [
  c('year', 'integer', (r) => r.year),
  c('series', 'varchar', (r) => r.series),
  c('number', 'integer', (r) => r.number),
  c('status', 'varchar', incomingStatus),
  c('document_id', 'uuid', (r) => r.documentId),
  c('reserved_at', 'timestamptz', (r) => r.reservedAt),
  c('used', 'boolean', (r) => r.used),
  c('voided', 'boolean', (r) => r.voided),
  c('void_reason', 'text', (r) => r.voidReason),
  c('received_at', 'timestamptz', (r) => r.receivedAt),
  c('registered_at', 'timestamptz', (r) => r.registeredAt),
  c('source_agency', 'text', (r) => r.sourceAgency),
  c('source_symbol', 'text', (r) => r.sourceSymbol),
  c('source_issued_date', 'date', (r) => r.sourceIssuedDate),
  c('document_type', 'text', (r) => r.documentType),
  c('excerpt', 'text', (r) => r.excerpt),
  c('urgency', 'varchar', (r) => r.urgency),
  c('confidentiality', 'varchar', (r) => r.confidentiality),
  c('sealed_for_user_id', 'uuid', (r) => r.sealedForUserId),
  c('department_id', 'uuid', (r) => r.departmentId),
  c('assignee_id', 'uuid', (r) => r.assigneeId),
  c('distributed_at', 'timestamptz', (r) => r.distributedAt),
  c('for_information_department_ids', 'uuid[]', (r) => r.forInformationDepartmentIds),
  c('for_information_user_ids', 'uuid[]', (r) => r.forInformationUserIds),
  c('path', 'uuid[]', (r) => r.path),
  c('last_position', 'bigint', (r) => r.lastPosition.toString()),
];
