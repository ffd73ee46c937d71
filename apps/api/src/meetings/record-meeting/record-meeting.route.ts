import { Body, Controller, Inject, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { RecordMeetingCommand } from './record-meeting.handler';
import { RecordMeetingRequest } from './record-meeting.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and records no second meeting' })
@Controller('api/meetings')
export class RecordMeetingRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Ghi nhận cuộc họp (specialist): presiding leader, day, field, attendees; the conclusion notice is due 3 working days after' })
  @AnswersCommand()
  record(@Body() body: RecordMeetingRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.commands.execute(new RecordMeetingCommand(body, contextOf(request, this.clock)));
  }
}
