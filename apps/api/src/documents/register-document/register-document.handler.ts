import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { attachedFile, decideDocumentReceipt, evolveDocument, incomingSeriesKey, stampIncomingNumber, type DocumentState, type RegisteredDocument } from '@office/domain';
import { attachmentIdFor, scansOf } from '../../attachments/documents/attach-document-file.handler';
import { StoredFiles } from '../../attachments/stored-files';
import { newAggregateId } from '../../commands/command-context';
import { RegisterDocument, type RegistrationResult } from '../document-step.command';
import { DocumentStreams } from '../document-streams';
import { NumberAllocator } from '../numbering/number-allocator';

/**
 * Tiếp nhận, đăng ký: decided once, through the pipeline, without its number; only then is the
 * year's next incoming number taken and stamped on it (a refusal leaves the series untouched), and
 * the scans are decided on the document it makes, in the same append. A number whose append fails
 * is voided by the allocator, never skipped. A retry with the same Idempotency-Key answers the
 * document it registered.
 */
@CommandHandler(RegisterDocument)
export class RegisterDocumentHandler implements ICommandHandler<RegisterDocument, RegistrationResult> {
  constructor(
    private readonly documents: DocumentStreams,
    private readonly numbers: NumberAllocator,
    private readonly files: StoredFiles,
  ) {}

  async execute({ input: { attachments, ...input }, context }: RegisterDocument): Promise<RegistrationResult> {
    const documentId = newAggregateId(context, 'document');
    if (context.idempotencyKey) {
      const earlier = await this.documents.load(documentId);
      if (earlier.revision !== null) return registered(earlier.state, earlier.revision);
    }
    // The scans' bytes must be in the store; their type and size are read from them.
    const scans = await Promise.all((attachments ?? []).map((file, i) => this.files.describe(file, `attachments.${i}`)));
    const receipt = { ...input, type: 'receive' as const, documentId, actor: context.actor, now: context.now };
    return this.numbers.afterDecision(incomingSeriesKey(input.confidentiality, context.now), documentId, context, async (take) => {
      const { revision, state } = await this.documents.numbered('receive', documentId, context, async (before, decisionContext) => {
        const unnumbered = decideDocumentReceipt(receipt, before, decisionContext);
        // A scan's own facts (its name) are all that may refuse it on the document just registered: checked before the number too.
        scans.forEach((file, i) => attachedFile(attachmentIdFor(context, i), file));
        const received = [stampIncomingNumber(unnumbered, await take())];
        return [...received, ...scansOf(received.reduce(evolveDocument, before) as RegisteredDocument, scans, context, decisionContext.organisation)];
      });
      return registered(state, revision);
    });
  }
}

/** The answer of a registration, from the document it wrote (or wrote before, for a retry). */
function registered(state: DocumentState, revision: bigint): RegistrationResult {
  const document = state as RegisteredDocument;
  return { id: document.documentId, revision: revision.toString(), incomingNumber: document.incomingNumber };
}
