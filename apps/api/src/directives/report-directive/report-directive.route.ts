import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { ReportDirectiveRequest } from './report-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class ReportDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/report')
  @ApiOperation({ summary: 'An agency’s progress or completion report (the follow-up specialist, or the clerk who registered the incoming document carrying it); a completion needs the report document' })
  @AnswersCommand()
  report(@Param() { id }: DirectiveParams, @Body() body: ReportDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'report', directiveId: id, ...body }, request);
  }
}
