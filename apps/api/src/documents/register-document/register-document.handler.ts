import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, evolveDocument, incomingSeriesKey, initialDocumentState, type DocumentState, type ReceiveDocument, type RegisteredDocument } from '@office/domain';
import { scansOf } from '../../attachments/documents/attach-document-file.handler';
import { StoredFiles } from '../../attachments/stored-files';
import { newAggregateId } from '../../commands/command-context';
import { RegisterDocument, type RegistrationResult } from '../document-step.command';
import { DocumentStreams } from '../document-streams';
import { NumberAllocator } from '../numbering/number-allocator';

/**
 * Tiếp nhận, đăng ký: the registration is checked before a number is taken (a refusal leaves the
 * series untouched), then written through the pipeline with the year's next incoming number and
 * the scans in the same append; a number whose append fails is voided by the allocator, never
 * skipped. A retry with the same Idempotency-Key answers the document it registered.
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
    const decisionContext = await this.documents.decisionContext();
    // The scans' bytes must be in the store; their type and size are read from them.
    const scans = await Promise.all((attachments ?? []).map((file, i) => this.files.describe(file, `attachments.${i}`)));
    const command = (incomingNumber: number): Omit<ReceiveDocument, 'actor' | 'now'> => ({ ...input, type: 'receive', documentId, incomingNumber });
    const withScans = (registered: DocumentState) => scansOf(registered as RegisteredDocument, scans, context, decisionContext.organisation);
    // Refuse bad input (the scans' names included) before a number is taken: a dry decision, nothing written.
    withScans(decideDocument({ ...command(1), actor: context.actor, now: context.now }, initialDocumentState, decisionContext).reduce(evolveDocument, initialDocumentState));
    return this.numbers.numbered(incomingSeriesKey(input.confidentiality, context.now), documentId, context, async (number) => {
      const { revision, state } = await this.documents.run(command(number), context, withScans);
      return registered(state, revision);
    });
  }
}

/** The answer of a registration, from the document it wrote (or wrote before, for a retry). */
function registered(state: DocumentState, revision: bigint): RegistrationResult {
  const document = state as RegisteredDocument;
  return { id: document.documentId, revision: revision.toString(), incomingNumber: document.incomingNumber };
}
