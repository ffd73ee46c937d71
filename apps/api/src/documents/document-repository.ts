import { Inject, Injectable } from '@nestjs/common';
import {
  documentStateFrom, documentStreamName, evolveDocument, isDomainError, notFound, canView,
  type DocumentContext, type DocumentEvent, type DocumentState, type RegisteredDocument,
} from '@office/domain';
import { EVENT_STORE, WrongExpectedVersionError, type AppendResult, type EventStore, type RecordedEvent } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { envelope, eventIdsFor, type CommandContext } from '../commands/command-context';
import { CalendarInForce } from '../calendar/calendar-in-force';

export interface LoadedDocument {
  id: string;
  state: DocumentState;
  /** Last revision of the stream, or null when it does not exist. */
  revision: bigint | null;
  /** The stream's events; empty when the state came from this process's cache. */
  events: RecordedEvent[];
}

/** Documents whose state this process last wrote or read; a few thousand are the ones being worked on. */
const CACHED_DOCUMENTS = 5_000;

/** Reads a document's stream, folds it, and appends decisions with the expected revision. */
@Injectable()
export class DocumentRepository {
  private readonly cache = new Map<string, { state: DocumentState; revision: bigint }>();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: OrganisationDirectory,
    private readonly calendars: CalendarInForce,
  ) {}

  async load(documentId: string): Promise<LoadedDocument> {
    const events = await this.store.readStream(documentStreamName(documentId));
    const loaded = {
      id: documentId,
      events,
      state: documentStateFrom(events as unknown as DocumentEvent[]),
      revision: events.length > 0 ? events[events.length - 1].revision : null,
    };
    if (loaded.revision !== null) this.remember(documentId, loaded.state, loaded.revision);
    return loaded;
  }

  /**
   * Runs a command on the document, deciding first on the state this process cached (no read);
   * the append's expected revision tells whether that state was current. If the cached state was
   * stale — the append conflicts, or the decision refuses — the command runs once more on the
   * state read from the store, so a stale cache never changes an answer, only saves a read.
   * A request with an Idempotency-Key always reads, to find its own earlier events.
   */
  async withDocument<T>(documentId: string, context: CommandContext, command: (loaded: LoadedDocument) => Promise<T>): Promise<T> {
    const cached = context.idempotencyKey ? undefined : this.cache.get(documentId);
    if (cached) {
      try {
        return await command(await this.visible({ id: documentId, ...cached, events: [] }, context));
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) && !isDomainError(error)) throw error;
      }
    }
    return command(await this.loadVisible(documentId, context));
  }

  /** A document the actor may see; anything else is 404, so that confidential documents do not even show they exist. */
  async loadVisible(documentId: string, context: Pick<CommandContext, 'actor'>): Promise<LoadedDocument> {
    return this.visible(await this.load(documentId), context);
  }

  private async visible(loaded: LoadedDocument, context: Pick<CommandContext, 'actor'>): Promise<LoadedDocument> {
    if (loaded.state.status === 'none' || !canView(loaded.state, context.actor, await this.directory.organisation())) {
      throw notFound(`Không tìm thấy văn bản ${loaded.id}`, 'id');
    }
    return loaded;
  }

  /** The document as this process last wrote or read it, if it did: what never changes after registration is current, the rest may not be. */
  known(documentId: string): RegisteredDocument | undefined {
    const state = this.cache.get(documentId)?.state;
    return state && state.status !== 'none' ? state : undefined;
  }

  async decisionContext(): Promise<DocumentContext> {
    return { organisation: await this.directory.organisation(), calendar: this.calendars.current() };
  }

  /**
   * The revision at which this very request was already applied, when a retry carries the same
   * Idempotency-Key (its derived event ids are in the stream); null otherwise.
   */
  appliedBefore(loaded: LoadedDocument, context: CommandContext): bigint | null {
    if (!context.idempotencyKey) return null;
    const [firstId] = eventIdsFor(context, documentStreamName(loaded.id), 1);
    const first = loaded.events.findIndex((e) => e.eventId === firstId);
    if (first < 0) return null;
    let last = first;
    while (last + 1 < loaded.events.length && loaded.events[last + 1].metadata.correlationId === loaded.events[first].metadata.correlationId) last++;
    return loaded.events[last].revision;
  }

  async append(loaded: Pick<LoadedDocument, 'id' | 'revision' | 'state'>, events: DocumentEvent[], context: CommandContext): Promise<AppendResult> {
    const stream = documentStreamName(loaded.id);
    const result = await this.store.append(stream, envelope(events, eventIdsFor(context, stream, events.length), context), loaded.revision ?? 'no_stream');
    this.remember(loaded.id, events.reduce(evolveDocument, loaded.state), result.nextExpectedRevision);
    return result;
  }

  private remember(documentId: string, state: DocumentState, revision: bigint): void {
    this.cache.delete(documentId);
    this.cache.set(documentId, { state, revision });
    if (this.cache.size > CACHED_DOCUMENTS) this.cache.delete(this.cache.keys().next().value as string);
  }
}
