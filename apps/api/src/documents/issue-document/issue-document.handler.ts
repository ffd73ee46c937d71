import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocumentIssue, numberedOutgoingSymbol, outgoingSeriesKey, outgoingSymbolMarkFor, stampOutgoingNumber, type DocumentState, type IssuedDocument, type RegisteredDocument } from '@office/domain';
import { IssueOutgoingDocument, type IssueResult } from '../document-step.command';
import { DocumentStreams } from '../document-streams';
import { NumberAllocator } from '../numbering/number-allocator';

/**
 * Phát hành: decided once, through the pipeline, on the document as it stands; only then is the
 * year's next outgoing number taken, and stamped on the decision with the symbol made from it. A
 * refusal takes no number; a document changed meanwhile is a 409 and its number voided, never
 * skipped. A retry with the same Idempotency-Key is replayed by the pipeline before anything is
 * decided, so it takes no number and answers the one it was given.
 */
@CommandHandler(IssueOutgoingDocument)
export class IssueDocumentHandler implements ICommandHandler<IssueOutgoingDocument, IssueResult> {
  constructor(
    private readonly documents: DocumentStreams,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ documentId, input, context }: IssueOutgoingDocument): Promise<IssueResult> {
    const loaded = await this.documents.loadVisible(documentId, context);
    const issue = { type: 'issue' as const, documentId, recipients: input.recipients, copies: input.copies, actor: context.actor, now: context.now };
    const series = outgoingSeriesKey((loaded.state as RegisteredDocument).confidentiality, context.now);
    return this.numbers.afterDecision(series, documentId, context, async (take) => {
      const { revision, state } = await this.documents.numbered('issue', documentId, context, async (before, { organisation }) => {
        const unnumbered = decideDocumentIssue(issue, before);
        const mark = outgoingSymbolMarkFor(before, organisation, input.symbolSuffix); // refused before a number is taken
        const number = await take();
        return [stampOutgoingNumber(unnumbered, number, numberedOutgoingSymbol(number, mark))];
      });
      return issueResult(state, revision);
    });
  }
}

/** The answer of an issue, from the document it issued (or issued before, for a retry). */
function issueResult(state: DocumentState, revision: bigint): IssueResult {
  const { documentId, outgoing } = state as IssuedDocument;
  return { id: documentId, revision: revision.toString(), outgoingNumber: outgoing.number, symbol: outgoing.symbol };
}
