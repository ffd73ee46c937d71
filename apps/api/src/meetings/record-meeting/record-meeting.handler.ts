import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type CommandContext, newAggregateId } from '../../commands/command-context';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingStreams } from '../meeting-streams';
import type { RecordMeetingRequest } from './record-meeting.request';

export class RecordMeetingCommand {
  constructor(
    readonly input: RecordMeetingRequest,
    readonly context: CommandContext,
  ) {}
}

/** Ghi nhận cuộc họp: a new meeting stream; with an Idempotency-Key its id derives from the key, so a retry answers the same meeting. */
@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<RecordMeetingCommand, MeetingStepResult> {
  constructor(private readonly meetings: MeetingStreams) {}

  async execute({ input, context }: RecordMeetingCommand): Promise<MeetingStepResult> {
    const meetingId = newAggregateId(context, 'meeting');
    const { revision } = await this.meetings.run({ ...input, type: 'record', meetingId }, context);
    return { id: meetingId, revision: revision.toString() };
  }
}
