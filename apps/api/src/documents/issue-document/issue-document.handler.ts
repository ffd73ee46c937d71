import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, outgoingSeriesKey, outgoingSymbolFor, type DocumentState, type IssueDocument, type IssuedDocument, type RegisteredDocument } from '@office/domain';
import { IssueOutgoingDocument, type IssueResult } from '../document-step.command';
import { DocumentStreams } from '../document-streams';
import { NumberAllocator } from '../numbering/number-allocator';

/**
 * Phát hành: the signed document takes the year's next outgoing number and its symbol, then is
 * issued through the pipeline. The step is checked on the document as read before a number is
 * taken; the pipeline decides it again with the number on the state it appends after (a document
 * changed meanwhile is a 409 and its number voided, never skipped).
 */
@CommandHandler(IssueOutgoingDocument)
export class IssueDocumentHandler implements ICommandHandler<IssueOutgoingDocument, IssueResult> {
  constructor(
    private readonly documents: DocumentStreams,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ documentId, input, context }: IssueOutgoingDocument): Promise<IssueResult> {
    const loaded = await this.documents.loadVisible(documentId, context);
    const replayed = this.documents.appliedBefore(loaded, context);
    if (replayed !== null && loaded.state.status !== 'none' && loaded.state.outgoing) return issueResult(loaded.state, replayed);

    const decisionContext = await this.documents.decisionContext();
    const command = (state: DocumentState, outgoingNumber: number): Omit<IssueDocument, 'actor' | 'now'> => ({
      type: 'issue', documentId, outgoingNumber, symbol: outgoingSymbolFor(state, outgoingNumber, decisionContext.organisation, input.symbolSuffix),
      recipients: input.recipients, copies: input.copies,
    });
    decideDocument({ ...command(loaded.state, 1), actor: context.actor, now: context.now }, loaded.state, decisionContext); // refuse before a number is taken
    const series = outgoingSeriesKey((loaded.state as RegisteredDocument).confidentiality, context.now);
    return this.numbers.numbered(series, documentId, context, async (number) => {
      const { revision, state } = await this.documents.run(command(loaded.state, number), context);
      return issueResult(state, revision);
    });
  }
}

/** The answer of an issue, from the document it issued (or issued before, for a retry). */
function issueResult(state: DocumentState, revision: bigint): IssueResult {
  const { documentId, outgoing } = state as IssuedDocument;
  return { id: documentId, revision: revision.toString(), outgoingNumber: outgoing.number, symbol: outgoing.symbol };
}
