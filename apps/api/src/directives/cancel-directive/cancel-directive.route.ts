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
export class CancelDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/cancel')
  @ApiOperation({ summary: 'Hủy nhiệm vụ (the directing leader), with the reason' })
  @AnswersCommand()
  cancel(@Param() { id }: DirectiveParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'cancel', directiveId: id, ...body }, request);
  }
}
