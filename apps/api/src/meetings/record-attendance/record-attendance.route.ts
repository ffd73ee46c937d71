import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { RecordAttendanceRequest } from './record-attendance.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class RecordAttendanceRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/attendance')
  @ApiOperation({ summary: 'Điểm danh (the session’s specialist or a clerk), from the session’s start: every member once, present / absent_approved / absent_unapproved / represented' })
  @AnswersCommand()
  run(@Param() { id }: MeetingParams, @Body() body: RecordAttendanceRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'attendance', meetingId: id, ...body }, request);
  }
}
