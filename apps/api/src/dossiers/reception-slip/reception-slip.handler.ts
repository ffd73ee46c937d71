import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import {
  dailySeriesKey, decideReception, dossierCode, evolveReception, initialReceptionState, OFFICE_CODE, receptionStreamName, wrongState,
  type ReceptionCommand, type ReceptionEvent, type ReceptionState,
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
 * A slip is checked by the domain before its number is taken, then written with the day's next
 * slip number; a number whose slip could not be written is voided with the reason.
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
    const command = (sequence: number) => ({ ...input, receptionId, slipNumber: slipNumber(context.now, sequence), actor: context.actor, now: context.now }) as ReceptionCommand;
    decideReception(command(1), initialReceptionState, decisionContext); // refuse bad input before a number is taken
    return this.numbers.numbered(dailySeriesKey('reception', context.now), receptionId, context, async (sequence) => {
      const { events } = await this.pipeline.handle(stream, RECEPTION_FOLD, context, (state) => decideReception(command(sequence), state, decisionContext), { command: input.type });
      if (events.length === 0) throw wrongState('Yêu cầu này đang được xử lý; hãy gửi lại để nhận kết quả', 'REQUEST_IN_FLIGHT');
      return { id: receptionId, slipNumber: slipNumber(context.now, sequence) };
    });
  }
}
