import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { RecordMinutesRequest } from './record-minutes.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class RecordMinutesRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/minutes')
  @ApiOperation({ summary: 'Biên bản phiên họp (the session’s specialist), after the session (422 MINUTES_BEFORE_SESSION); the meeting is then held and its conclusion notice is due 3 working days after the session' })
  @AnswersCommand()
  run(@Param() { id }: MeetingParams, @Body() body: RecordMinutesRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'minutes', meetingId: id, ...body }, request);
  }
}
