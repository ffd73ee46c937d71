import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { ImplementCorrectiveActionRequest } from './implement-corrective-action.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class ImplementCorrectiveActionRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/implement')
  @ApiOperation({ summary: 'Thực hiện hành động khắc phục (its owner or the ISO secretary)' })
  @AnswersCommand()
  implement(@Param() { id }: QualityParams, @Body() body: ImplementCorrectiveActionRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'implement', nonconformityId: id, ...body } }, request);
  }
}
