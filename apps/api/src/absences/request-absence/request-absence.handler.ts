import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { AbsenceStreams, type AbsenceStepResult } from '../absence-streams';
import type { RequestAbsenceRequest } from '../absence-requests';

export class RequestAbsenceCommand {
  constructor(
    readonly input: RequestAbsenceRequest,
    readonly context: CommandContext,
  ) {}
}

/** A new absence stream; with an Idempotency-Key its id derives from the key, so a retry answers the same request. */
@CommandHandler(RequestAbsenceCommand)
export class RequestAbsenceHandler implements ICommandHandler<RequestAbsenceCommand, AbsenceStepResult> {
  constructor(private readonly absences: AbsenceStreams) {}

  async execute({ input, context }: RequestAbsenceCommand): Promise<AbsenceStepResult> {
    const absenceId = newAggregateId(context, 'absence');
    const { revision } = await this.absences.run({ ...input, type: 'request', absenceId }, context);
    return { id: absenceId, revision: revision.toString() };
  }
}
