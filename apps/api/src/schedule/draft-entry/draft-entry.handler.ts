import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { ScheduleEntryRequest } from '../schedule-requests';
import type { ScheduleStepResult } from '../schedule-step/schedule-step.handler';
import { ScheduleStreams } from '../schedule-streams';

export class DraftScheduleEntryCommand {
  constructor(
    readonly week: string,
    readonly input: ScheduleEntryRequest,
    readonly context: CommandContext,
  ) {}
}

/** Ghi lịch: a new entry of the week; with an Idempotency-Key its id derives from the key, so a retry answers the same entry. */
@CommandHandler(DraftScheduleEntryCommand)
export class DraftScheduleEntryHandler implements ICommandHandler<DraftScheduleEntryCommand, ScheduleStepResult> {
  constructor(private readonly schedule: ScheduleStreams) {}

  async execute({ week, input, context }: DraftScheduleEntryCommand): Promise<ScheduleStepResult> {
    const entryId = newAggregateId(context, 'schedule-entry');
    const { revision } = await this.schedule.run({ ...input, type: 'draft', week, entryId }, context);
    return { id: entryId, revision: revision.toString() };
  }
}
