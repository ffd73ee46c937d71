import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { NoteRequest } from '../../documents/http/document-requests';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class ApproveConclusionRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/approve-conclusion')
  @ApiOperation({ summary: 'Thông qua (the presiding leader only): the draft may then be submitted for signature (before: 422 CONCLUSION_NOT_APPROVED)' })
  @AnswersCommand()
  approve(@Param() { id }: MeetingParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'approve-conclusion', meetingId: id, ...body }, request);
  }
}
