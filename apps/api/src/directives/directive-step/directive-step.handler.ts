import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { DirectiveStreams, type DirectiveCommandInput } from '../directive-streams';

/** One step on a task: the route maps the body, the domain decides. */
export class RunDirectiveStep {
  constructor(
    readonly input: DirectiveCommandInput,
    readonly context: CommandContext,
  ) {}
}

export interface DirectiveStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunDirectiveStep)
export class RunDirectiveStepHandler implements ICommandHandler<RunDirectiveStep, DirectiveStepResult> {
  constructor(private readonly directives: DirectiveStreams) {}

  async execute({ input, context }: RunDirectiveStep): Promise<DirectiveStepResult> {
    const { revision } = await this.directives.run(input, context);
    return { id: input.directiveId, revision: revision.toString() };
  }
}
