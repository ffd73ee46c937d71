import { join } from 'node:path';
// Module by module, not the package's index: the worker thread that runs this loads only what it needs (no PDF, XLSX or TypeORM).
import { HashedOutput, type PackedFile } from '@office/audit/evidence/hashed-output';
import { hanoiDateTime, roleLabel, stepLabel } from '@office/audit/labels';
import { brokenLinkReport, verifyStreamEvents, type BrokenLinkReport } from '@office/audit/verification/verify-events';
import { canViewHistory, documentStreamName, type Actor, type DocumentEvent, type Organisation } from '@office/domain';
import { storedForm, type EventStore, type RecordedEvent } from '@office/event-store';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { Period } from '../../read-models/period';
import { csvCell, UTF8_BOM } from '../../read-models/registers/register-csv';

/** Documents listed, and their streams read, at once: one query each; the events of two pages are in memory at most. */
const DOCUMENTS_PER_PAGE = 250;

export const EVENT_HEADERS = [
  'Mã văn bản', 'Số đến', 'Luồng', 'Phiên bản', 'Vị trí trong nhật ký', 'Mã sự kiện', 'Loại sự kiện', 'Bước', 'Thời điểm (giờ Hà Nội)', 'Thời điểm (UTC)',
  'Người thực hiện', 'Mã người thực hiện', 'Vai trò', 'prevHash', 'hash', 'Dữ liệu (JSON)',
];

/** The chains of the exported streams, checked on the events as they were written out. */
export interface ExportedChains {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** The first broken link of each broken stream (at most 100). */
  broken: BrokenLinkReport[];
}

export interface EventsWritten {
  files: PackedFile[];
  documents: number;
  events: number;
  /** Confidential documents the requester may not read: their events are listed with hashes, without data. */
  withheld: number;
  chains: ExportedChains;
}

const MAX_BROKEN_LISTED = 100;

/** Where the read model's list of documents is queried: the API's TypeORM data source, or a worker thread's own connection. */
export interface ReadModelQueries {
  query(sql: string, parameters: unknown[]): Promise<unknown[]>;
}

interface DocumentRef {
  id: string;
  incoming_number: number;
  incoming_year: number;
  /** received_on and received_at as PostgreSQL writes them (the latter exact to the microsecond), for the keyset. */
  received_day: string;
  received_key: string;
}

/** The requester as the access rules see them. */
export function actorOf(requester: AuthenticatedUser): Actor {
  return { userId: requester.id, roles: requester.roles, departmentId: requester.departmentId };
}

/**
 * Every event of the documents received in the period (from the read model's list of them, a
 * page at a time; the events themselves from the store), as CSV and as JSON lines, each with its
 * hashes and full metadata so anyone can recompute the chain; each stream's chain is checked on
 * the way. Data of a confidential document the requester may not read is left out (its hashes stay).
 */
export async function writeDocumentEvents(
  dir: string,
  deps: { store: EventStore; readModels: ReadModelQueries; organisation: Organisation },
  period: Period,
  fieldCode: string | null,
  viewer: Actor,
  /** Stops between pages (the pack failed meanwhile). */
  signal?: AbortSignal,
): Promise<EventsWritten> {
  const csv = new HashedOutput('su-kien.csv', join(dir, 'su-kien.csv'));
  const jsonl = new HashedOutput('su-kien.jsonl', join(dir, 'su-kien.jsonl'));
  await csv.write(UTF8_BOM + EVENT_HEADERS.map(csvCell).join(',') + '\r\n');
  const names = new Map(deps.organisation.users.map((u) => [u.id, u.fullName]));
  let documents = 0;
  let events = 0;
  let withheld = 0;
  const chains: ExportedChains = { ok: true, streamsChecked: 0, eventsChecked: 0, broken: [] };
  for await (const page of withStreams(documentPages(deps.readModels, period, fieldCode), deps.store)) {
    signal?.throwIfAborted();
    for (const [document, stream] of page) {
      const visible = canViewHistory(stream as unknown as DocumentEvent[], viewer, deps.organisation);
      if (!visible) withheld++;
      documents++;
      let csvText = '';
      let jsonText = '';
      // Written as stored, not as upcast on read: the hashes cover that form, so anyone can recompute the chain from the pack.
      for (const event of stream.map(storedForm)) {
        const data = visible ? JSON.stringify(event.data) : null;
        csvText += csvLine(document, event, data, names);
        jsonText += jsonLine(document, event, data, names);
        events++;
      }
      await csv.write(csvText);
      await jsonl.write(jsonText);
      const check = await verifyStreamEvents(documentStreamName(document.id), stream);
      chains.streamsChecked++;
      chains.eventsChecked += check.eventsChecked;
      if (check.firstBroken) {
        chains.ok = false;
        if (chains.broken.length < MAX_BROKEN_LISTED) chains.broken.push(brokenLinkReport(check.firstBroken));
      }
    }
  }
  return { files: [await csv.finished(), await jsonl.finished()], documents, events, withheld, chains };
}

/** The documents of a pack: received in the period, of the field if one is asked for ($1 from, $2 to, $3 field code). */
const PERIOD_DOCUMENTS = `rm_document_summaries
  WHERE received_on BETWEEN $1::date AND $2::date AND ($3::varchar IS NULL OR field_code = $3::varchar)`;

/** How many documents `writeDocumentEvents` will write the events of. */
export async function countPeriodDocuments(db: ReadModelQueries, period: Period, fieldCode: string | null): Promise<number> {
  const [row] = (await db.query(`SELECT count(*)::int AS documents FROM ${PERIOD_DOCUMENTS}`, [period.from, period.to, fieldCode])) as Array<{ documents: number }>;
  return row.documents;
}

/**
 * The period's documents in the order they were received, a page at a time. received_on is
 * received_at's local date (the projection's), so ordering by both is received_at's order, and the
 * keyset walks their index: a page reads its own rows (≈ 3 ms), where ordering by received_at
 * alone sorted all the period's documents again for each page (≈ 70 ms of PostgreSQL's CPU, ×200 a year).
 */
export async function* documentPages(db: ReadModelQueries, period: Period, fieldCode: string | null, pageSize = DOCUMENTS_PER_PAGE): AsyncGenerator<DocumentRef[]> {
  let after: { day: string; at: string; id: string } | null = null;
  for (;;) {
    const page = (await db.query(
      `SELECT id, incoming_number, incoming_year, received_on::text AS received_day, received_at::text AS received_key FROM ${PERIOD_DOCUMENTS}
          AND ($4::date IS NULL OR (received_on, received_at, id) > ($4::date, $5::timestamptz, $6::uuid))
        ORDER BY received_on, received_at, id LIMIT $7`,
      [period.from, period.to, fieldCode, after?.day ?? null, after?.at ?? null, after?.id ?? null, pageSize],
    )) as DocumentRef[];
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    after = { day: last.received_day, at: last.received_key, id: last.id };
  }
}

/**
 * Each page of documents with their streams, read in one call per page (not one per document: a
 * year is tens of thousands of streams); the next page is listed and read while this one is written out.
 */
async function* withStreams(pages: AsyncGenerator<DocumentRef[]>, store: EventStore): AsyncGenerator<Array<[DocumentRef, RecordedEvent[]]>> {
  const read = async (): Promise<Array<[DocumentRef, RecordedEvent[]]> | null> => {
    const next = await pages.next();
    if (next.done) return null;
    const streams = await store.readStreams(next.value.map((d) => documentStreamName(d.id)));
    return next.value.map((document, i) => [document, streams[i]]);
  };
  let reading = read();
  for (;;) {
    const page = await reading;
    if (page === null) return;
    reading = read();
    // Awaited on the next turn; if writing this page fails first, its failure must not go unhandled meanwhile.
    reading.catch(() => undefined);
    yield page;
  }
}

/** `data`: the event's data as JSON, or null when the requester may not read it. */
function csvLine(document: DocumentRef, event: RecordedEvent, data: string | null, names: Map<string, string>): string {
  const m = event.metadata;
  return [
    document.id, `${document.incoming_number}/${document.incoming_year}`, event.streamId, event.revision.toString(), event.position.toString(), event.eventId,
    event.type, stepLabel(event.type), hanoiDateTime(m.occurredAt), m.occurredAt, names.get(m.actorId) ?? '', m.actorId, roleLabel(m.actorRole),
    m.prevHash, m.hash, data ?? '(văn bản mật: nội dung không hiển thị với người lập)',
  ].map(csvCell).join(',') + '\r\n';
}

/** One JSON line; the data's JSON is spliced in as serialised once for both files. */
function jsonLine(document: DocumentRef, event: RecordedEvent, data: string | null, names: Map<string, string>): string {
  const head = JSON.stringify({
    documentId: document.id,
    incomingNumber: document.incoming_number,
    incomingYear: document.incoming_year,
    streamId: event.streamId,
    revision: event.revision.toString(),
    position: event.position.toString(),
    eventId: event.eventId,
    type: event.type,
    step: stepLabel(event.type),
    recordedAt: event.recordedAt,
    actorName: names.get(event.metadata.actorId) ?? null,
    metadata: event.metadata,
  });
  return `${head.slice(0, -1)},"data":${data ?? 'null'},"withheld":${data === null}}\n`;
}
