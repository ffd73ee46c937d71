import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { ReportAbsenceRequest } from './report-absence.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class ReportAbsenceRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/report-absence')
  @ApiOperation({ summary: 'Báo cáo vắng mặt có lý do, before the session: an invited leader for themself, the session’s specialist for any member' })
  @AnswersCommand()
  run(@Param() { id }: MeetingParams, @Body() body: ReportAbsenceRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'report-absence', meetingId: id, ...body }, request);
  }
}
