import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import { withLeadAgencies } from '../directive-requests';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveStreams } from '../directive-streams';
import type { RegisterDirectiveRequest } from './register-directive.request';

export class RegisterDirectiveCommand {
  constructor(
    readonly input: RegisterDirectiveRequest,
    readonly context: CommandContext,
  ) {}
}

/** Giao nhiệm vụ: a new task stream; with an Idempotency-Key its id derives from the key, so a retry answers the same task. */
@CommandHandler(RegisterDirectiveCommand)
export class RegisterDirectiveHandler implements ICommandHandler<RegisterDirectiveCommand, DirectiveStepResult> {
  constructor(private readonly directives: DirectiveStreams) {}

  async execute({ input, context }: RegisterDirectiveCommand): Promise<DirectiveStepResult> {
    const directiveId = newAggregateId(context, 'directive');
    const { revision } = await this.directives.run({ ...withLeadAgencies(input), type: 'register', directiveId }, context);
    return { id: directiveId, revision: revision.toString() };
  }
}
