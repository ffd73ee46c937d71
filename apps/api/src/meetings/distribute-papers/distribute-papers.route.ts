import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { DistributePapersRequest } from './distribute-papers.request';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class DistributePapersRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/distribute-papers')
  @ApiOperation({ summary: 'Gửi tài liệu đến thành viên (the session’s specialist or a clerk): after the due instant (3 days before the session) it is recorded as late, never refused' })
  @AnswersCommand()
  run(@Param() { id }: MeetingParams, @Body() body: DistributePapersRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'distribute-papers', meetingId: id, ...body }, request);
  }
}
