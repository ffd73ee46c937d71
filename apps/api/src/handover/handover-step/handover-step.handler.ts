import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { HandoverStreams, type HandoverCommandInput } from '../handover-streams';

/** One step on a hand-over that moves nothing elsewhere (list, hand over on paper, sign, release): the route maps the body, the domain decides. */
export class RunHandoverStep {
  constructor(
    readonly input: HandoverCommandInput,
    readonly context: CommandContext,
  ) {}
}

export interface HandoverStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunHandoverStep)
export class RunHandoverStepHandler implements ICommandHandler<RunHandoverStep, HandoverStepResult> {
  constructor(private readonly handovers: HandoverStreams) {}

  async execute({ input, context }: RunHandoverStep): Promise<HandoverStepResult> {
    const { revision } = await this.handovers.run(input, context);
    return { id: input.handoverId, revision: revision.toString() };
  }
}
