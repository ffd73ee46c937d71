import { Injectable } from '@nestjs/common';
import { visibleWhateverItsPath, type DocumentView, type RegisteredDocument } from '@office/domain';
import type { CommandContext } from '../commands/command-context';
import { AccessRecorder, type ReadRecord } from './access-recorder';
import { DocumentRepository, type LoadedDocument } from './document-repository';

/**
 * A document read from the store for a reader whose read goes on record (DocumentViewed) before
 * it is answered. The record needs only facts fixed when the document was registered — that it
 * exists and its confidentiality — plus the reader's role; when this process already knows them
 * and they settle the reader's right to see it, the record goes with the load (in its very round
 * trip for a held stream, `EventStore.appendAndRead`) instead of following it. Either failing
 * fails the read: no unrecorded reads.
 */
@Injectable()
export class RecordedReads {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly access: AccessRecorder,
  ) {}

  /**
   * `held`: where the document's events may come from when the reader's right is settled without
   * its current state (the history routes' verified streams), appending `record` as it reads;
   * otherwise they are read and judged. The record is not taken off the answer's path: a read is
   * answered only once its record has committed, so no read is served unrecorded, even if the
   * process dies just after answering. A queue of records would have to be as durable — one more
   * fsync — to promise that.
   */
  async load(
    documentId: string, view: DocumentView, context: CommandContext, held?: (documentId: string, record: ReadRecord | undefined) => Promise<LoadedDocument>,
  ): Promise<LoadedDocument> {
    const known = this.documents.known(documentId);
    if (known && visibleWhateverItsPath(known.confidentiality, context.actor)) {
      if (held) return held(documentId, this.access.recordOf(known, view, context));
      const [loaded] = await Promise.all([this.documents.loadVisible(documentId, context), this.access.record(known, view, context)]);
      return loaded;
    }
    const loaded = await this.documents.loadVisible(documentId, context);
    await this.access.record(loaded.state as RegisteredDocument, view, context);
    return loaded;
  }
}
