import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { DelegationStreams, type DelegationStepResult } from '../delegation-streams';
import type { RecordDelegationRequest } from './record-delegation.request';

export class RecordDelegationCommand {
  constructor(
    readonly input: RecordDelegationRequest,
    readonly context: CommandContext,
  ) {}
}

/** A new delegation stream; with an Idempotency-Key its id derives from the key, so a retry answers the same delegation. */
@CommandHandler(RecordDelegationCommand)
export class RecordDelegationHandler implements ICommandHandler<RecordDelegationCommand, DelegationStepResult> {
  constructor(private readonly delegations: DelegationStreams) {}

  async execute({ input, context }: RecordDelegationCommand): Promise<DelegationStepResult> {
    const delegationId = newAggregateId(context, 'delegation');
    const { revision } = await this.delegations.run({ ...input, type: 'record', delegationId }, context);
    return { id: delegationId, revision: revision.toString() };
  }
}
