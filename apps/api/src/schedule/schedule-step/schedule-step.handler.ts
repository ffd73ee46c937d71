import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { ScheduleStreams, type ScheduleCommandInput } from '../schedule-streams';

/** One step on a week's schedule: the route maps the body, the domain decides. */
export class RunScheduleStep {
  constructor(
    readonly input: ScheduleCommandInput,
    readonly context: CommandContext,
  ) {}
}

/** `id`: the entry written (the week for a publication); `revision`: the week's stream revision. */
export interface ScheduleStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunScheduleStep)
export class RunScheduleStepHandler implements ICommandHandler<RunScheduleStep, ScheduleStepResult> {
  constructor(private readonly schedule: ScheduleStreams) {}

  async execute({ input, context }: RunScheduleStep): Promise<ScheduleStepResult> {
    const { revision } = await this.schedule.run(input, context);
    return { id: 'entryId' in input ? input.entryId : input.week, revision: revision.toString() };
  }
}
