import { dossierStreamName, NUMBER_SERIES_EVENT_TYPES, type DocumentArchived, type DocumentIssued, type DossierResultIssued } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';
import { PROJECTION_NAMES } from '../projection-names';
import { upsertRows, type UpsertColumn } from '../sql/upsert-rows';
import { type Projection } from '../projection';
import { documentIdOf, isoOrNull } from '../documents/document-fold';
import { addToTotals, applyNumbering, isNumbering, numberingKeys, RegisterBook, registerEvents, type NumberedEntry, type RegisterKey } from './register-book';

/** A row of the outgoing register (sổ đăng ký văn bản đi) in memory. */
export interface OutgoingEntry extends NumberedEntry {
  symbol: string | null;
  issuedAt: string | null;
  issuedBy: string | null;
  documentType: string | null;
  excerpt: string | null;
  signerId: string | null;
  signsAs: string | null;
  recipients: string[] | null;
  copies: number | null;
  responsibleSpecialistId: string | null;
  fileCode: string | null;
  archivedAt: string | null;
}

const blank = (key: RegisterKey): OutgoingEntry => ({
  ...key, documentId: null, lastPosition: -1n, reservedAt: null, used: false, voided: false, voidReason: null, symbol: null, issuedAt: null,
  issuedBy: null, documentType: null, excerpt: null, signerId: null, signsAs: null, recipients: null, copies: null, responsibleSpecialistId: null,
  fileCode: null, archivedAt: null,
});

/**
 * `outgoing-register.v1`: the outgoing register per year and series, from the numbering streams
 * (no gap: voided numbers are rows too) and `DocumentIssued` / `DocumentArchived`.
 * `DocumentIssued` does not name the series: the row is the number this document reserved.
 * A dossier's result (DOMAIN.md §6) is numbered in the same series, reserved with the dossier's
 * id in place of a document id, and `DossierResultIssued` fills its row as `DocumentIssued` does:
 * `document_id` is then the dossier's id.
 */
export const outgoingRegisterProjection: Projection = {
  name: PROJECTION_NAMES.outgoingRegister,
  handles: new Set<string>([...NUMBER_SERIES_EVENT_TYPES, 'DocumentIssued', 'DocumentArchived', 'DossierResultIssued']),
  tables: ['rm_outgoing_register', 'rm_outgoing_register_totals'],
  lookupIndexes: ['rm_outgoing_register_document'],
  async apply(events, tx) {
    const relevant = registerEvents(events, 'outgoing', numberedIdOf);
    if (relevant.length === 0) return;
    const documentIds = relevant.filter((e) => !isNumbering(e)).map((e) => numberedIdOf(e)!);
    const loaded = await RegisterBook.load(tx, SELECT, relevant.flatMap(numberingKeys), documentIds, fromDb);
    const book = new RegisterBook(blank, loaded);
    for (const event of relevant) applyEvent(book, event);
    await addToTotals(tx, 'rm_outgoing_register', book.created());
    await upsertRows(tx, { table: 'rm_outgoing_register', columns: COLUMNS, key: ['year', 'series', 'number'], guard: 'last_position' }, book.changed());
  },
};

function applyEvent(book: RegisterBook<OutgoingEntry>, recorded: RecordedEvent): void {
  if (applyNumbering(book, recorded)) return;
  const event = recorded as unknown as DocumentIssued | DossierResultIssued | DocumentArchived;
  switch (event.type) {
    case 'DocumentIssued':
    case 'DossierResultIssued': {
      const d = event.data;
      const documentId = numberedIdOf(recorded)!;
      // The number this document reserved; without a reservation on record, the normal series.
      const row = book.rowsOf(documentId).find((r) => r.year === d.outgoingYear && r.number === d.outgoingNumber) ?? book.row({ year: d.outgoingYear, series: 'normal', number: d.outgoingNumber });
      return book.apply(row, recorded, (r) => {
        Object.assign(r, {
          documentId, symbol: d.symbol, issuedAt: d.at, issuedBy: d.by, documentType: d.documentType, excerpt: d.excerpt, signerId: d.signerId,
          signsAs: d.signsAs, recipients: d.recipients, copies: d.copies, responsibleSpecialistId: d.responsibleSpecialistId,
        });
      });
    }
    case 'DocumentArchived': {
      const row = book.rowsOf(documentIdOf(recorded)!).find((r) => r.issuedAt !== null);
      if (row) book.apply(row, recorded, (r) => Object.assign(r, { fileCode: event.data.fileCode, archivedAt: event.data.at }));
      return;
    }
  }
}

const DOSSIER_STREAM_PREFIX = dossierStreamName('');

/** What an outgoing number is reserved for: the document of a `document-<id>` stream or the dossier of a `dossier-<id>` stream. */
function numberedIdOf(event: RecordedEvent): string | null {
  return documentIdOf(event) ?? (event.streamId.startsWith(DOSSIER_STREAM_PREFIX) ? event.streamId.slice(DOSSIER_STREAM_PREFIX.length) : null);
}

/** issued | voided | reserved (in flight). */
export function outgoingStatus(row: Pick<OutgoingEntry, 'issuedAt' | 'voided'>): string {
  return row.issuedAt !== null ? 'issued' : row.voided ? 'voided' : 'reserved';
}

const SELECT = `SELECT r.year, r.series, r.number, r.document_id, r.last_position, r.reserved_at, r.used, r.voided, r.void_reason, r.symbol,
  r.issued_at, r.issued_by, r.document_type, r.excerpt, r.signer_id, r.signs_as, r.recipients, r.copies, r.responsible_specialist_id,
  r.file_code, r.archived_at FROM rm_outgoing_register r`;

function fromDb(r: Record<string, unknown>): OutgoingEntry {
  const text = (k: string) => (r[k] as string | null) ?? null;
  return {
    year: r.year as number, series: r.series as string, number: r.number as number, documentId: text('document_id'),
    lastPosition: BigInt(r.last_position as string), reservedAt: isoOrNull(r.reserved_at as Date | null), used: r.used as boolean,
    voided: r.voided as boolean, voidReason: text('void_reason'), symbol: text('symbol'), issuedAt: isoOrNull(r.issued_at as Date | null),
    issuedBy: text('issued_by'), documentType: text('document_type'), excerpt: text('excerpt'), signerId: text('signer_id'), signsAs: text('signs_as'),
    recipients: (r.recipients as string[] | null) ?? null, copies: (r.copies as number | null) ?? null, responsibleSpecialistId: text('responsible_specialist_id'),
    fileCode: text('file_code'), archivedAt: isoOrNull(r.archived_at as Date | null),
  };
}

const c = (name: string, type: string, value: (row: OutgoingEntry) => unknown): UpsertColumn<OutgoingEntry> => ({ name, type, value });

const COLUMNS: UpsertColumn<OutgoingEntry>[] = [
  c('year', 'integer', (r) => r.year),
  c('series', 'varchar', (r) => r.series),
  c('number', 'integer', (r) => r.number),
  c('status', 'varchar', outgoingStatus),
  c('document_id', 'uuid', (r) => r.documentId),
  c('reserved_at', 'timestamptz', (r) => r.reservedAt),
  c('used', 'boolean', (r) => r.used),
  c('voided', 'boolean', (r) => r.voided),
  c('void_reason', 'text', (r) => r.voidReason),
  c('symbol', 'text', (r) => r.symbol),
  c('issued_at', 'timestamptz', (r) => r.issuedAt),
  c('issued_by', 'uuid', (r) => r.issuedBy),
  c('document_type', 'varchar', (r) => r.documentType),
  c('excerpt', 'text', (r) => r.excerpt),
  c('signer_id', 'uuid', (r) => r.signerId),
  c('signs_as', 'varchar', (r) => r.signsAs),
  c('recipients', 'jsonb', (r) => r.recipients),
  c('copies', 'integer', (r) => r.copies),
  c('responsible_specialist_id', 'uuid', (r) => r.responsibleSpecialistId),
  c('file_code', 'text', (r) => r.fileCode),
  c('archived_at', 'timestamptz', (r) => r.archivedAt),
  c('last_position', 'bigint', (r) => r.lastPosition.toString()),
];
