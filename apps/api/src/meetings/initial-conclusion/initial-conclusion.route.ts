import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { InitialRequest } from '../../documents/http/document-requests';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class InitialConclusionRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/initial')
  @ApiOperation({ summary: 'Ký nháy (the office leader in charge of the field): the document’s body; not agreed, back to the specialist' })
  @AnswersCommand()
  initial(@Param() { id }: MeetingParams, @Body() body: InitialRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'initial', meetingId: id, ...body }, request);
  }
}
