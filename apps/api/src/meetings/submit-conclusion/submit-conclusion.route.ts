import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { SubmitConclusionRequest } from './submit-conclusion.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class SubmitConclusionRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/submit')
  @ApiOperation({ summary: 'Trình ký (the meeting’s specialist): to exactly one competent leader, after the presiding leader’s approval' })
  @AnswersCommand()
  submit(@Param() { id }: MeetingParams, @Body() body: SubmitConclusionRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'submit', meetingId: id, ...body }, request);
  }
}
