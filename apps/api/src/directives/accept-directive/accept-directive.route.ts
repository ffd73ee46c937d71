import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { NoteRequest } from '../../documents/http/document-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class AcceptDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/accept')
  @ApiOperation({ summary: 'Công nhận hoàn thành (the follow-up specialist, the head of the field’s department or the directing leader): the task is done' })
  @AnswersCommand()
  accept(@Param() { id }: DirectiveParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'accept', directiveId: id, ...body }, request);
  }
}
