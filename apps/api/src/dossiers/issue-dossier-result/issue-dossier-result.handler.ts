import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { decideDossierResultIssue, dossierStreamName, outgoingSeriesKey, stampResultNumber, wrongState, type DossierResultIssued } from '@office/domain';
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
 * Phát hành kết quả (clerk): decided once, through the pipeline, on the dossier as it stands; only
 * then does the signed result take the year's next outgoing number in the same register as the
 * documents (no gap between the two), stamped on the decision with the symbol it makes. A refusal
 * takes no number; a dossier changed meanwhile is a 409 and its number voided, never skipped.
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
    const issue = { ...input, type: 'issue' as const, dossierId, actor: context.actor, now: context.now };
    // A dossier's result is never confidential: it goes in the year's normal outgoing series.
    return this.numbers.afterDecision(outgoingSeriesKey('normal', context.now), dossierId, context, async (take) => {
      const { revision, events } = await this.dossiers.numbered('issue', dossierId, context, decisionContext, async (state) => [
        stampResultNumber(decideDossierResultIssue(issue, state, decisionContext), await take()),
      ]);
      // Nothing appended: a twin of this request (same Idempotency-Key) won the race, and no number was taken.
      if (events.length === 0) throw wrongState('Yêu cầu phát hành này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return answer(dossierId, revision, events[0].data as DossierResultIssued['data']);
    });
  }
}

function answer(id: string, revision: bigint, data: DossierResultIssued['data']): DossierResultIssuedAnswer {
  return { id, revision: revision.toString(), outgoingNumber: data.outgoingNumber, symbol: data.symbol };
}
