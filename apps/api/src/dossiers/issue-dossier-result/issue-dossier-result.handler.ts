import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDossier, dossierStreamName, outgoingSeriesKey, wrongState, type DossierResultIssued, type IssueDossierResult } from '@office/domain';
import type { CommandContext } from '../../commands/command-context';
import type { IssueRequest } from '../../documents/http/document-requests';
import { NumberAllocator } from '../../documents/numbering/number-allocator';
import { DossierStreams } from '../dossier-streams';

export class IssueDossierResultCommand {
  constructor(
    readonly dossierId: string,
    readonly input: IssueRequest,
    readonly context: CommandContext,
  ) {}
}

export interface DossierResultIssuedAnswer {
  id: string;
  revision: string;
  outgoingNumber: number;
  symbol: string;
}

/**
 * Phát hành kết quả (clerk): the signed result takes the year's next outgoing number in the same
 * register as the documents (no gap between the two), after the domain has checked the step.
 */
@CommandHandler(IssueDossierResultCommand)
export class IssueDossierResultHandler implements ICommandHandler<IssueDossierResultCommand, DossierResultIssuedAnswer> {
  constructor(
    private readonly dossiers: DossierStreams,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ dossierId, input, context }: IssueDossierResultCommand): Promise<DossierResultIssuedAnswer> {
    const loaded = await this.dossiers.load(dossierId, context);
    const earlier = await this.dossiers.appliedBefore(dossierStreamName(dossierId), context, 'issue', loaded.events);
    if (earlier?.type === 'DossierResultIssued') return answer(dossierId, earlier.revision, earlier.data as DossierResultIssued['data']);

    const decisionContext = await this.dossiers.decisionContext();
    const command = (outgoingNumber: number): IssueDossierResult => ({ ...input, type: 'issue', dossierId, outgoingNumber, actor: context.actor, now: context.now });
    decideDossier(command(1), loaded.state, decisionContext); // refuse before a number is taken
    // A dossier's result is never confidential: it goes in the year's normal outgoing series.
    return this.numbers.numbered(outgoingSeriesKey('normal', context.now), dossierId, context, async (number) => {
      const { revision, events } = await this.dossiers.run(command(number), context, decisionContext);
      const issued = events.find((event) => event.type === 'DossierResultIssued');
      if (!issued) throw wrongState('Yêu cầu phát hành này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return answer(dossierId, revision, issued.data as DossierResultIssued['data']);
    });
  }
}

function answer(id: string, revision: bigint, data: DossierResultIssued['data']): DossierResultIssuedAnswer {
  return { id, revision: revision.toString(), outgoingNumber: data.outgoingNumber, symbol: data.symbol };
}
