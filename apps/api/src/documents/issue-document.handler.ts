import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDocument, outgoingSeriesKey, outgoingSymbolFor, type DocumentIssued, type IssueDocument, type RegisteredDocument } from '@office/domain';
import { DocumentRepository } from './document-repository';
import { IssueOutgoingDocument, type StepResult } from './document-step.command';
import { NumberAllocator } from './numbering/number-allocator';

export interface IssueResult extends StepResult {
  outgoingNumber: number;
  symbol: string;
}

/** Phát hành: the signed document takes the year's next outgoing number and its symbol, then is issued. */
@CommandHandler(IssueOutgoingDocument)
export class IssueDocumentHandler implements ICommandHandler<IssueOutgoingDocument, IssueResult> {
  constructor(
    private readonly documents: DocumentRepository,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ documentId, input, context }: IssueOutgoingDocument): Promise<IssueResult> {
    const loaded = await this.documents.loadVisible(documentId, context);
    const replayed = this.documents.appliedBefore(loaded, context);
    const issued = loaded.events.find((e) => e.type === 'DocumentIssued');
    if (replayed !== null && issued) return issueResult(documentId, replayed, issued.data as DocumentIssued['data']);

    const decisionContext = await this.documents.decisionContext();
    const { organisation } = decisionContext;
    const command = (outgoingNumber: number): IssueDocument => ({
      type: 'issue', documentId, outgoingNumber, symbol: outgoingSymbolFor(loaded.state, outgoingNumber, organisation, input.symbolSuffix),
      recipients: input.recipients, copies: input.copies, actor: context.actor, now: context.now,
    });
    decideDocument(command(1), loaded.state, decisionContext); // refuse before a number is taken
    const series = outgoingSeriesKey((loaded.state as RegisteredDocument).confidentiality, context.now);
    return this.numbers.numbered(series, documentId, context, async (number) => {
      const events = decideDocument(command(number), loaded.state, decisionContext);
      const { nextExpectedRevision } = await this.documents.append(loaded, events, context);
      return issueResult(documentId, nextExpectedRevision, events[0].data as DocumentIssued['data']);
    });
  }
}

function issueResult(id: string, revision: bigint, data: DocumentIssued['data']): IssueResult {
  return { id, revision: revision.toString(), outgoingNumber: data.outgoingNumber, symbol: data.symbol };
}
