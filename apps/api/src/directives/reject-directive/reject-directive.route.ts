import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { ReasonRequest } from '../../dossiers/dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class RejectDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/reject')
  @ApiOperation({ summary: 'Không công nhận hoàn thành, with the reason: the task is in progress again' })
  @AnswersCommand()
  reject(@Param() { id }: DirectiveParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'reject', directiveId: id, ...body }, request);
  }
}
