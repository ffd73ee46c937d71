import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { DecideAbsenceRequest } from './decide-absence.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class DecideAbsenceRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/decide-absence')
  @ApiOperation({ summary: 'Đồng ý hoặc không đồng ý cho vắng mặt (the presiding leader only: 403 ABSENCE_APPROVAL_BY_PRESIDING_LEADER)' })
  @AnswersCommand()
  run(@Param() { id }: MeetingParams, @Body() body: DecideAbsenceRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'decide-absence', meetingId: id, ...body }, request);
  }
}
