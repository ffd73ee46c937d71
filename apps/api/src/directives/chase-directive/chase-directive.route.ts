import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { ChaseDirectiveRequest } from './chase-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class ChaseDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/chase')
  @ApiOperation({ summary: 'Đôn đốc (the follow-up specialist): channel, note, the chasing document' })
  @AnswersCommand()
  chase(@Param() { id }: DirectiveParams, @Body() body: ChaseDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'chase', directiveId: id, ...body }, request);
  }
}
