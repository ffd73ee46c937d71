import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, evolveDocument, incomingSeriesKey, initialDocumentState, type DocumentReceived, type ReceiveDocument, type RegisteredDocument } from '@office/domain';
import { scansOf } from '../attachments/documents/attach-document-file.handler';
import { StoredFiles } from '../attachments/stored-files';
import { DocumentRepository } from './document-repository';
import { RegisterDocument, type StepResult } from './document-step.command';
import { NumberAllocator } from './numbering/number-allocator';
import { newAggregateId } from '../commands/command-context';

export interface RegistrationResult extends StepResult {
  incomingNumber: number;
}

/**
 * Tiếp nhận, đăng ký: check the registration before a number is taken, then write the document
 * with the year's next incoming number (voided if the write fails).
 */
@CommandHandler(RegisterDocument)
export class RegisterDocumentHandler implements ICommandHandler<RegisterDocument, RegistrationResult> {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly numbers: NumberAllocator,
    private readonly files: StoredFiles,
  ) {}

  async execute({ input: { attachments, ...input }, context }: RegisterDocument): Promise<RegistrationResult> {
    const documentId = newAggregateId(context, 'document');
    if (context.idempotencyKey) {
      const earlier = await this.documents.load(documentId);
      if (earlier.revision !== null) return registered(earlier.events[0].data as DocumentReceived['data'], earlier.revision);
    }

    const decisionContext = await this.documents.decisionContext();
    // The scans' bytes must be in the store; their type and size are read from them.
    const scans = await Promise.all((attachments ?? []).map((file, i) => this.files.describe(file, `attachments.${i}`)));
    const command = (incomingNumber: number): ReceiveDocument => ({ ...input, type: 'receive', documentId, incomingNumber, actor: context.actor, now: context.now });
    const decide = (incomingNumber: number) => {
      const received = decideDocument(command(incomingNumber), initialDocumentState, decisionContext);
      const registered = received.reduce(evolveDocument, initialDocumentState) as RegisteredDocument;
      return [...received, ...scansOf(registered, scans, context, decisionContext.organisation)];
    };
    decide(1); // refuse bad input (the scans' names included) before a number is taken
    return this.numbers.numbered(incomingSeriesKey(input.confidentiality, context.now), documentId, context, async (number) => {
      const events = decide(number);
      const { nextExpectedRevision } = await this.documents.append({ id: documentId, revision: null, state: initialDocumentState }, events, context);
      return { id: documentId, revision: nextExpectedRevision.toString(), incomingNumber: number };
    });
  }
}

function registered(data: DocumentReceived['data'], revision: bigint): RegistrationResult {
  return { id: data.documentId, revision: revision.toString(), incomingNumber: data.incomingNumber };
}
