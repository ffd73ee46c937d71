import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeStreams } from '../programme-streams';
import type { ProposeItemRequest } from './propose-item.request';

export class ProposeItemCommand {
  constructor(
    readonly period: string,
    readonly input: ProposeItemRequest,
    readonly context: CommandContext,
  ) {}
}

/** Phiếu đề xuất: a new item; with an Idempotency-Key its id derives from the key, so a retry answers the same item. */
@CommandHandler(ProposeItemCommand)
export class ProposeItemHandler implements ICommandHandler<ProposeItemCommand, ProgrammeStepResult> {
  constructor(private readonly programmes: ProgrammeStreams) {}

  async execute({ period, input, context }: ProposeItemCommand): Promise<ProgrammeStepResult> {
    const itemId = newAggregateId(context, 'programme-item');
    const { revision } = await this.programmes.run({ ...input, type: 'propose', period, itemId }, context);
    return { id: itemId, period, revision: revision.toString() };
  }
}
