import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  dailySeriesKey, decideReceptionSlip, dossierCode, evolveReception, initialReceptionState, OFFICE_CODE, receptionStreamName, stampSlipNumber, wrongState,
  type ReceptionCommand, type ReceptionEvent, type ReceptionState, type UnnumberedReceptionCommand,
} from '@office/domain';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { CommandPipeline, type Fold } from '../../commands/command-pipeline';
import { NumberAllocator } from '../../documents/numbering/number-allocator';
import { DossierStreams, type OmitEach } from '../dossier-streams';

export const RECEPTION_FOLD: Fold<ReceptionState, ReceptionEvent> = { initialState: initialReceptionState, evolve: evolveReception };

type SlipInput = OmitEach<ReceptionCommand, 'receptionId' | 'slipNumber' | 'actor' | 'now'>;

/** Mẫu 02 or Mẫu 03 given at the desk, in a stream `reception-<id>` of its own (no dossier is opened). */
export class GiveReceptionSlip {
  constructor(
    readonly input: SlipInput,
    readonly context: CommandContext,
  ) {}
}

export interface ReceptionSlipResult {
  id: string;
  slipNumber: string;
}

/** Số phiếu: the desk's daily slip sequence, `VPUB-P-260305-0001`, apart from the dossier codes. */
function slipNumber(at: string, sequence: number): string {
  return dossierCode(`${OFFICE_CODE}-P`, at, sequence);
}

/**
 * A slip is decided once, through the pipeline, without its number; only then is the day's next
 * slip number taken and stamped on it (a refused slip takes none). A number whose slip could not
 * be written is voided with the reason by the allocator, never skipped.
 */
@CommandHandler(GiveReceptionSlip)
export class GiveReceptionSlipHandler implements ICommandHandler<GiveReceptionSlip, ReceptionSlipResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly dossiers: DossierStreams,
    private readonly numbers: NumberAllocator,
  ) {}

  async execute({ input, context }: GiveReceptionSlip): Promise<ReceptionSlipResult> {
    const receptionId = newAggregateId(context, 'reception');
    const stream = receptionStreamName(receptionId);
    const earlier = await this.dossiers.appliedBefore(stream, context, input.type);
    if (earlier) return { id: receptionId, slipNumber: (earlier.data as ReceptionEvent['data']).slipNumber };
    const decisionContext = await this.dossiers.decisionContext(input.procedureCode);
    const slip: UnnumberedReceptionCommand = { ...input, receptionId, actor: context.actor, now: context.now };
    return this.numbers.afterDecision(dailySeriesKey('reception', context.now), receptionId, context, async (take) => {
      const { events } = await this.pipeline.handle(
        stream, RECEPTION_FOLD, context,
        async (state) => [stampSlipNumber(decideReceptionSlip(slip, state, decisionContext), slipNumber(context.now, await take()))],
        { command: input.type },
      );
      // Nothing appended: a twin of this request (same Idempotency-Key) won the race, and no number was taken.
      if (events.length === 0) throw wrongState('Yêu cầu này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return { id: receptionId, slipNumber: events[0].data.slipNumber };
    });
  }
}
