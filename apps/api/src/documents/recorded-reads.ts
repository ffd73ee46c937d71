import { Injectable } from '@nestjs/common';
import { visibleWhateverItsPath, type DocumentView, type RegisteredDocument } from '@office/domain';
import type { CommandContext } from '../commands/command-context';
import { AccessRecorder } from './access-recorder';
import { DocumentRepository, type LoadedDocument } from './document-repository';

/**
 * A document read from the store for a reader whose read goes on record (DocumentViewed) before
 * it is answered. The record needs only facts fixed when the document was registered — that it
 * exists and its confidentiality — plus the reader's role; when this process already knows them
 * and they settle the reader's right to see it, the record's commit overlaps the load instead of
 * following it. Either failing fails the read: no unrecorded reads.
 */
@Injectable()
export class RecordedReads {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly access: AccessRecorder,
  ) {}

  async load(documentId: string, view: DocumentView, context: CommandContext): Promise<LoadedDocument> {
    const known = this.documents.known(documentId);
    if (known && visibleWhateverItsPath(known.confidentiality, context.actor)) {
      const [loaded] = await Promise.all([this.documents.loadVisible(documentId, context), this.access.record(known, view, context)]);
      return loaded;
    }
    const loaded = await this.documents.loadVisible(documentId, context);
    await this.access.record(loaded.state as RegisteredDocument, view, context);
    return loaded;
  }
}
