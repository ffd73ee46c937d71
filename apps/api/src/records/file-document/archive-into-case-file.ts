import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, notFound, type ArchiveDocument, type DocumentState } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { DocumentRepository } from '../../documents/document-repository';
import type { StepResult } from '../../documents/document-step.command';
import { RecordsStreams } from '../records-streams';

/** Lưu hồ sơ into a case file: `POST /api/documents/:id/archive` with `caseFileId`. */
export class ArchiveIntoCaseFile {
  constructor(
    readonly documentId: string,
    readonly caseFileId: string,
    readonly context: CommandContext,
  ) {}
}

/** How the document reads in the case file's item index: its số, ký hiệu and its excerpt. */
function itemTitleOf(state: DocumentState): string {
  if (state.status === 'none') return '';
  const reference = state.outgoing ? `${state.outgoing.symbol}` : `Văn bản đến số ${state.incomingNumber}/${state.incomingYear}`;
  return `${reference}: ${state.excerpt}`;
}

/**
 * The archive step writes both streams, each through its own path with its expected revision:
 * the document's `DocumentArchived` (v2, naming the case file) and the case file's
 * `CaseFileItemFiled`. Both are decided before either is appended, so a refusal by either side
 * (the document not issued, the file closed, the item already there) writes nothing. The case
 * file is appended first; if the document then loses a race (409), a retry with the same
 * Idempotency-Key finds the filing already applied (its event ids derive from the key) and
 * completes the document. Why two streams rather than a projection listening to
 * `DocumentArchived`: the case file's stream stays the whole record of its items, so its
 * refusals (duplicate, closed) and its item index at closing are decided on exact state.
 */
@CommandHandler(ArchiveIntoCaseFile)
export class ArchiveIntoCaseFileHandler implements ICommandHandler<ArchiveIntoCaseFile, StepResult> {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly records: RecordsStreams,
  ) {}

  async execute({ documentId, caseFileId, context }: ArchiveIntoCaseFile): Promise<StepResult> {
    const loaded = await this.documents.loadVisible(documentId, context);
    const replayed = this.documents.appliedBefore(loaded, context);
    if (replayed !== null) return { id: documentId, revision: replayed.toString() };
    const { state: caseFile } = await this.records.caseFile(caseFileId);
    if (caseFile.status === 'none') throw notFound(`Không tìm thấy hồ sơ ${caseFileId}`, 'caseFileId');
    const command: ArchiveDocument = {
      type: 'archive', documentId, caseFile: { id: caseFileId, code: caseFile.code, retention: caseFile.retention }, actor: context.actor, now: context.now,
    };
    const events = decideDocument(command, loaded.state, await this.documents.decisionContext());
    await this.records.runCaseFile({ type: 'file', caseFileId, kind: 'document', itemId: documentId, title: itemTitleOf(loaded.state) }, context);
    const { nextExpectedRevision } = await this.documents.append(loaded, events, context);
    return { id: documentId, revision: nextExpectedRevision.toString() };
  }
}
