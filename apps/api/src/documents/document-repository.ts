import { Inject, Injectable } from '@nestjs/common';
import { documentStreamName, type DocumentEvent, type RegisteredDocument } from '@office/domain';
import { EVENT_STORE, type AppendResult, type EventStore } from '@office/event-store';
import { envelope, eventIdsFor, type CommandContext } from '../commands/command-context';
import { DocumentStreams, type LoadedDocument } from './document-streams';

export type { LoadedDocument } from './document-streams';

/**
 * The documents' streams as the contexts beside them still use them: signatures and the exchange
 * read them (`loadVisible`, `load`), and two writes that decide on a document together with their
 * own stream — attaching a file (apps/api/src/attachments) and filing into a case file
 * (apps/api/src/records) — still append here with the expected revision they read. It keeps no
 * state of its own: reads go through `DocumentStreams` (the pipeline), and the documents' own
 * steps never come here.
 */
@Injectable()
export class DocumentRepository {
  constructor(
    private readonly streams: DocumentStreams,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  load(documentId: string): Promise<LoadedDocument> {
    return this.streams.load(documentId);
  }

  /** A document the actor may see; anything else is 404, so that confidential documents do not even show they exist. */
  loadVisible(documentId: string, context: Pick<CommandContext, 'actor' | 'now'>): Promise<LoadedDocument> {
    return this.streams.loadVisible(documentId, context);
  }

  /** Runs `command` on the document as stored, visible to the actor; a stale read is the append's 409. */
  async withDocument<T>(documentId: string, context: CommandContext, command: (loaded: LoadedDocument) => Promise<T>): Promise<T> {
    return command(await this.loadVisible(documentId, context));
  }

  /** The document as this process last wrote or read it, if it did: what never changes after registration is current, the rest may not be. */
  known(documentId: string): RegisteredDocument | undefined {
    const state = this.streams.remembered(documentId);
    return state && state.status !== 'none' ? state : undefined;
  }

  decisionContext() {
    return this.streams.decisionContext();
  }

  appliedBefore(loaded: LoadedDocument, context: CommandContext): bigint | null {
    return this.streams.appliedBefore(loaded, context);
  }

  append(loaded: Pick<LoadedDocument, 'id' | 'revision'>, events: DocumentEvent[], context: CommandContext): Promise<AppendResult> {
    const stream = documentStreamName(loaded.id);
    return this.store.append(stream, envelope(events, eventIdsFor(context, stream, events.length), context), loaded.revision ?? 'no_stream');
  }
}
