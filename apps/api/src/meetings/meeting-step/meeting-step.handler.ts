import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CommandContext } from '../../commands/command-context';
import { MeetingStreams, type MeetingCommandInput } from '../meeting-streams';

/** One step on a meeting that takes no number: the route maps the body, the domain decides. */
export class RunMeetingStep {
  constructor(
    readonly input: MeetingCommandInput,
    readonly context: CommandContext,
  ) {}
}

export interface MeetingStepResult {
  id: string;
  revision: string;
}

@CommandHandler(RunMeetingStep)
export class RunMeetingStepHandler implements ICommandHandler<RunMeetingStep, MeetingStepResult> {
  constructor(private readonly meetings: MeetingStreams) {}

  async execute({ input, context }: RunMeetingStep): Promise<MeetingStepResult> {
    const { revision } = await this.meetings.run(input, context);
    return { id: input.meetingId, revision: revision.toString() };
  }
}
