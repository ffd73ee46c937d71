import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { PlanCorrectiveActionRequest } from './plan-corrective-action.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class PlanCorrectiveActionRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/action')
  @ApiOperation({ summary: 'Hành động khắc phục (ISO secretary): action, owner and due date (422 NC_ACTION_OWNER_REQUIRED without both)' })
  @AnswersCommand()
  plan(@Param() { id }: QualityParams, @Body() body: PlanCorrectiveActionRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'plan-action', nonconformityId: id, ...body } }, request);
  }
}
