import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { ProgrammeStreams, type ProgrammeCommandInput } from '../programme-streams';

/** One step on a programme or one of its items: the route maps the body, the domain decides. */
export class RunProgrammeStep {
  constructor(
    readonly input: ProgrammeCommandInput,
    readonly context: CommandContext,
  ) {}
}

/** `id` is the item for a step on an item, else the programme's period. */
export interface ProgrammeStepResult {
  id: string;
  period: string;
  revision: string;
}

@CommandHandler(RunProgrammeStep)
export class RunProgrammeStepHandler implements ICommandHandler<RunProgrammeStep, ProgrammeStepResult> {
  constructor(private readonly programmes: ProgrammeStreams) {}

  async execute({ input, context }: RunProgrammeStep): Promise<ProgrammeStepResult> {
    const { revision } = await this.programmes.run(input, context);
    return { id: 'itemId' in input ? input.itemId : input.period, period: input.period, revision: revision.toString() };
  }
}
