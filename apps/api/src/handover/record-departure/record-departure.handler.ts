import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { HandoverStepResult } from '../handover-step/handover-step.handler';
import type { RecordDepartureRequest } from '../handover-requests';
import { HandoverStreams } from '../handover-streams';

export class RecordDepartureCommand {
  constructor(
    readonly input: RecordDepartureRequest,
    readonly context: CommandContext,
  ) {}
}

/** Ghi nhận nghỉ việc, chuyển công tác: a new hand-over stream, listed at once; with an Idempotency-Key its id derives from the key. */
@CommandHandler(RecordDepartureCommand)
export class RecordDepartureHandler implements ICommandHandler<RecordDepartureCommand, HandoverStepResult> {
  constructor(private readonly handovers: HandoverStreams) {}

  async execute({ input, context }: RecordDepartureCommand): Promise<HandoverStepResult> {
    const handoverId = newAggregateId(context, 'handover');
    const { revision } = await this.handovers.run({ ...input, type: 'record', handoverId }, context);
    return { id: handoverId, revision: revision.toString() };
  }
}
