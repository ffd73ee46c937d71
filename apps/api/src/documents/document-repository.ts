import { Injectable } from '@nestjs/common';
import type { RegisteredDocument } from '@office/domain';
import type { CommandContext } from '../commands/command-context';
import { DocumentStreams, type LoadedDocument } from './document-streams';

export type { LoadedDocument } from './document-streams';

/**
 * The documents' streams as the contexts beside them read them (signatures, the exchange, the
 * history and forms routes, recorded reads): exact loads through `DocumentStreams`, and what this
 * process last knew of a document (the pipeline's remembered state, a cache). Nothing writes here:
 * every write on a document's stream — its own steps, a file attached, its filing into a case
 * file — goes through `DocumentStreams` and the one command pipeline.
 */
@Injectable()
export class DocumentRepository {
  constructor(private readonly streams: DocumentStreams) {}

  load(documentId: string): Promise<LoadedDocument> {
    return this.streams.load(documentId);
  }

  /** A document the actor may see; anything else is 404, so that confidential documents do not even show they exist. */
  loadVisible(documentId: string, context: Pick<CommandContext, 'actor' | 'now'>): Promise<LoadedDocument> {
    return this.streams.loadVisible(documentId, context);
  }

  /** The document as this process last wrote or read it, if it did: what never changes after registration is current, the rest may not be. */
  known(documentId: string): RegisteredDocument | undefined {
    const state = this.streams.remembered(documentId);
    return state && state.status !== 'none' ? state : undefined;
  }

  decisionContext() {
    return this.streams.decisionContext();
  }
}
