import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { SignRequest } from '../../documents/http/document-requests';
import { MeetingParams } from '../meeting-params';
import type { MeetingStepResult } from '../meeting-step/meeting-step.handler';
import { MeetingSteps } from '../meeting-step/meeting-steps';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('meetings')
@ApiBearerAuth()
@Controller('api/meetings')
export class SignConclusionRoute {
  constructor(private readonly steps: MeetingSteps) {}

  @Post(':id/sign')
  @ApiOperation({ summary: 'Ký (the leader named in the submission): the document’s body; rejected, back to the specialist' })
  @AnswersCommand()
  sign(@Param() { id }: MeetingParams, @Body() body: SignRequest, @Req() request: AuthenticatedRequest): Promise<MeetingStepResult> {
    return this.steps.run({ type: 'sign', meetingId: id, ...body }, request);
  }
}
