import { Inject, Injectable } from '@nestjs/common';
import { brokenLink, type ChainLink } from '@office/audit';
import { documentStreamName, evolveDocument, initialDocumentState, type DocumentEvent, type DocumentState } from '@office/domain';
import { EVENT_STORE, storedForm, type EventStore, type RecordedEvent } from '@office/event-store';
import type { ReadRecord } from '../access-recorder';
import type { LoadedDocument } from '../document-streams';

/** A document's stream as held: its events, their fold, and the link the next event must continue. */
interface Held {
  events: RecordedEvent[];
  state: DocumentState;
  link: ChainLink;
}

/** Documents held at once (a few kB each); the least recently read goes first. */
const MAX_HELD = 2_000;

/**
 * The documents' streams as the history and state-at-an-instant routes read them: each kept with
 * its fold, every event's hash and link to the one before checked once, when it is first read.
 * Every read asks the store for what lies after the revision held (an index look-up that usually
 * finds nothing), so an answer is as current as the store — the cache is invalidated by position,
 * never by time — while the events already held are neither decoded, hashed nor folded again.
 * An event that breaks its chain is never held: that stream is read whole on each read, as before,
 * and `GET /api/audit/verify` names the event.
 */
@Injectable()
export class VerifiedDocuments {
  private readonly held = new Map<string, Held>();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** `record`, a read's record, is appended in the round trip that reads the stream: on record by the time the answer is. */
  async load(documentId: string, record?: ReadRecord): Promise<LoadedDocument> {
    const stream = documentStreamName(documentId);
    const held = this.held.get(stream);
    const read = { streamId: stream, fromRevision: held ? held.link.revision + 1n : 0n };
    const tail = record
      ? (await this.store.appendAndRead(record.streamId, record.events, record.expected, read)).read
      : await this.store.readStream(stream, read);
    const current = tail.length === 0 ? held : extended(held, tail);
    if (current) this.keep(stream, current);
    const events = current?.events ?? (held ? [...held.events, ...tail] : tail);
    const state = current?.state ?? events.reduce((s, e) => evolveDocument(s, e as unknown as DocumentEvent), initialDocumentState);
    return { id: documentId, state, revision: events.at(-1)?.revision ?? null, events };
  }

  private keep(stream: string, held: Held): void {
    // A concurrent read may have kept a longer stream meanwhile: never go back.
    const other = this.held.get(stream);
    if (other && other.link.revision > held.link.revision) return;
    this.held.delete(stream);
    this.held.set(stream, held);
    if (this.held.size > MAX_HELD) this.held.delete(this.held.keys().next().value!);
  }
}

/** `held` followed by `tail`, or undefined when an event of the tail does not continue the chain. */
function extended(held: Held | undefined, tail: readonly RecordedEvent[]): Held | undefined {
  let link = held?.link;
  let state = held?.state ?? initialDocumentState;
  for (const event of tail) {
    if (brokenLink(storedForm(event), link)) return undefined;
    link = { revision: event.revision, hash: event.metadata.hash };
    state = evolveDocument(state, event as unknown as DocumentEvent);
  }
  return { events: [...(held?.events ?? []), ...tail], state, link: link! };
}
