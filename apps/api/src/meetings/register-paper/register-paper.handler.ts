import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingStreams } from '../meeting-streams';
import type { RegisterPaperRequest } from './register-paper.request';

export class RegisterPaperCommand {
  constructor(
    readonly meetingId: string,
    readonly input: RegisterPaperRequest,
    readonly context: CommandContext,
  ) {}
}

export type PaperRegistered = MeetingStepResult & { paperId: string };

/** A paper gets its id here (from the Idempotency-Key when given, so a retry names the same paper). */
@CommandHandler(RegisterPaperCommand)
export class RegisterPaperHandler implements ICommandHandler<RegisterPaperCommand, PaperRegistered> {
  constructor(private readonly meetings: MeetingStreams) {}

  async execute({ meetingId, input, context }: RegisterPaperCommand): Promise<PaperRegistered> {
    const paperId = newAggregateId(context, 'session-paper');
    const { revision } = await this.meetings.run({ ...input, type: 'papers', meetingId, paperId }, context);
    return { id: meetingId, revision: revision.toString(), paperId };
  }
}
