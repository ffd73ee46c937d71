import { evolveDocument, initialDocumentState, type DocumentEvent, type DocumentState, type RegisteredDocument } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';

const DOCUMENT_STREAM = /^document-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
/** Stream name → document id (or null): every projection asks for every event of every batch. */
const documentIds = new Map<string, string | null>();

/** The document id of a `document-<uuid>` stream; null for any other stream. */
export function documentIdOf(event: Pick<RecordedEvent, 'streamId'>): string | null {
  const known = documentIds.get(event.streamId);
  if (known !== undefined) return known;
  const id = DOCUMENT_STREAM.exec(event.streamId)?.[1].toLowerCase() ?? null;
  if (documentIds.size >= 50_000) documentIds.clear();
  documentIds.set(event.streamId, id);
  return id;
}

/** A batch's document events per document, each list in global order. */
export function eventsByDocument(events: readonly RecordedEvent[]): Map<string, RecordedEvent[]> {
  const byDocument = new Map<string, RecordedEvent[]>();
  for (const event of events) {
    const id = documentIdOf(event);
    if (id === null) continue;
    const list = byDocument.get(id);
    if (list) list.push(event);
    else byDocument.set(id, [event]);
  }
  return byDocument;
}

export interface StoredFold {
  state: DocumentState;
  lastPosition: bigint;
}

export interface Folded {
  state: RegisteredDocument;
  lastPosition: bigint;
  /** The events folded now: those after the stored position, in order. */
  applied: RecordedEvent[];
}

/**
 * Folds the events a stored state has not seen yet (position guard: anything at or before
 * `lastPosition` was applied already). Null when nothing is new, or when the stream holds no
 * registration (events of an unregistered document change nothing, as in `evolveDocument`).
 */
export function foldNew(stored: StoredFold | undefined, events: readonly RecordedEvent[]): Folded | null {
  const after = stored?.lastPosition ?? -1n;
  const applied = events.filter((e) => e.position > after);
  if (applied.length === 0) return null;
  const state = applied.reduce((s, e) => evolveDocument(s, e as unknown as DocumentEvent), stored?.state ?? initialDocumentState);
  if (state.status === 'none') return null;
  return { state, lastPosition: applied[applied.length - 1].position, applied };
}

/** A JSON-safe value from what `pg` reads back (Date for timestamptz). */
export function isoOrNull(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}
