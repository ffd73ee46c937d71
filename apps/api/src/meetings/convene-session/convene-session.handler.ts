import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingStreams } from '../meeting-streams';
import type { ConveneSessionRequest } from './convene-session.request';

export class ConveneSessionCommand {
  constructor(
    readonly input: ConveneSessionRequest,
    readonly context: CommandContext,
  ) {}
}

/** Triệu tập phiên họp: a new meeting stream (its id from the Idempotency-Key when given); agenda items are numbered a1, a2, … */
@CommandHandler(ConveneSessionCommand)
export class ConveneSessionHandler implements ICommandHandler<ConveneSessionCommand, MeetingStepResult> {
  constructor(private readonly meetings: MeetingStreams) {}

  async execute({ input: { agenda, invitedAgencies, ...input }, context }: ConveneSessionCommand): Promise<MeetingStepResult> {
    const meetingId = newAggregateId(context, 'meeting');
    const items = agenda.map((item, i) => ({ ...item, itemId: `a${i + 1}` }));
    const { revision } = await this.meetings.run({ ...input, invitedAgencies: invitedAgencies ?? [], agenda: items, type: 'convene', meetingId }, context);
    return { id: meetingId, revision: revision.toString() };
  }
}
