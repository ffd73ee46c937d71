import { Inject, Injectable } from '@nestjs/common';
import {
  documentStateFrom, documentStreamName, notFound, VIETNAM_CALENDAR, canView,
  type DocumentContext, type DocumentEvent, type DocumentState,
} from '@office/domain';
import { EVENT_STORE, type AppendResult, type EventStore, type RecordedEvent } from '@office/event-store';
import { OrganisationDirectory } from '@office/read-models';
import { envelope, eventIdsFor, type CommandContext } from '../commands/command-context';

export interface LoadedDocument {
  id: string;
  state: DocumentState;
  /** Last revision of the stream, or null when it does not exist. */
  revision: bigint | null;
  events: RecordedEvent[];
}

/** Reads a document's stream, folds it, and appends decisions with the expected revision. */
@Injectable()
export class DocumentRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: OrganisationDirectory,
  ) {}

  async load(documentId: string): Promise<LoadedDocument> {
    const events = await this.store.readStream(documentStreamName(documentId));
    return {
      id: documentId,
      events,
      state: documentStateFrom(events as unknown as DocumentEvent[]),
      revision: events.length > 0 ? events[events.length - 1].revision : null,
    };
  }

  /** A document the actor may see; anything else is 404, so that confidential documents do not even show they exist. */
  async loadVisible(documentId: string, context: Pick<CommandContext, 'actor'>): Promise<LoadedDocument> {
    const loaded = await this.load(documentId);
    if (loaded.state.status === 'none' || !canView(loaded.state, context.actor, await this.directory.organisation())) {
      throw notFound(`Không tìm thấy văn bản ${documentId}`, 'id');
    }
    return loaded;
  }

  async decisionContext(): Promise<DocumentContext> {
    return { organisation: await this.directory.organisation(), calendar: VIETNAM_CALENDAR };
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

  append(loaded: Pick<LoadedDocument, 'id' | 'revision'>, events: DocumentEvent[], context: CommandContext): Promise<AppendResult> {
    const stream = documentStreamName(loaded.id);
    return this.store.append(stream, envelope(events, eventIdsFor(context, stream, events.length), context), loaded.revision ?? 'no_stream');
  }
}
