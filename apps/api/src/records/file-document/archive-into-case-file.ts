import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, notFound, type DocumentState } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import { DocumentStreams } from '../../documents/document-streams';
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
 * The archive step writes both streams, each through the one command pipeline with its expected
 * revision: the case file's `CaseFileItemFiled`, then the document's `DocumentArchived` (v2, naming
 * the case file). The document's refusals (not issued, already archived) are weighed inside the
 * case file's decision, before it appends, so a refusal by either side writes nothing. If the
 * document then loses a race (409), a retry with the same Idempotency-Key finds the filing applied
 * (the pipeline replays it: its event ids derive from the key) and completes the document. Why two
 * streams rather than a projection listening to `DocumentArchived`: the case file's stream stays
 * the whole record of its items, so its refusals (duplicate, closed) and its item index at closing
 * are decided on exact state.
 */
@CommandHandler(ArchiveIntoCaseFile)
export class ArchiveIntoCaseFileHandler implements ICommandHandler<ArchiveIntoCaseFile, StepResult> {
  constructor(
    private readonly documents: DocumentStreams,
    private readonly records: RecordsStreams,
  ) {}

  async execute({ documentId, caseFileId, context }: ArchiveIntoCaseFile): Promise<StepResult> {
    const [document, { state: caseFile }, decisionContext] = await Promise.all([
      this.documents.loadVisible(documentId, context), this.records.caseFile(caseFileId), this.documents.decisionContext(),
    ]);
    if (caseFile.status === 'none') throw notFound(`Không tìm thấy hồ sơ ${caseFileId}`, 'caseFileId');
    const archive = { type: 'archive', documentId, caseFile: { id: caseFileId, code: caseFile.code, retention: caseFile.retention } } as const;
    await this.records.runCaseFile({ type: 'file', caseFileId, kind: 'document', itemId: documentId, title: itemTitleOf(document.state) }, context, () => {
      decideDocument({ ...archive, actor: context.actor, now: context.now }, document.state, decisionContext);
    });
    const { revision } = await this.documents.run(archive, context);
    return { id: documentId, revision: revision.toString() };
  }
}
