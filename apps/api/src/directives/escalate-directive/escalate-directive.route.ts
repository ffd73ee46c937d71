import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { EscalateDirectiveRequest } from './escalate-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class EscalateDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/escalate')
  @ApiOperation({ summary: 'Báo cáo vướng mắc, đề xuất (the follow-up specialist) to the directing leader' })
  @AnswersCommand()
  escalate(@Param() { id }: DirectiveParams, @Body() body: EscalateDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'escalate', directiveId: id, ...body }, request);
  }
}
