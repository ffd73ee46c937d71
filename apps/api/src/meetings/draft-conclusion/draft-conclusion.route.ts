import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { withLeadAgencies } from '../../directives/directive-requests';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { DraftConclusionRequest } from './draft-conclusion.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class DraftConclusionRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/conclusion')
  @ApiOperation({ summary: 'Dự thảo thông báo kết luận (the meeting’s specialist), with its directives; a new draft needs the presiding leader’s approval again; after 3 working days it is recorded as late' })
  @AnswersCommand()
  draft(@Param() { id }: MeetingParams, @Body() { directives, ...body }: DraftConclusionRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'conclusion', meetingId: id, ...body, directives: directives.map(withLeadAgencies) }, request);
  }
}
