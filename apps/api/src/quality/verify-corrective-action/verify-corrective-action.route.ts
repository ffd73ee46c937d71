import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { VerifyCorrectiveActionRequest } from './verify-corrective-action.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class VerifyCorrectiveActionRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/verify')
  @ApiOperation({ summary: 'Kiểm tra hiệu lực (ISO secretary or office chief, not the owner): ineffective sends it back for another action' })
  @AnswersCommand()
  verify(@Param() { id }: QualityParams, @Body() body: VerifyCorrectiveActionRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'verify', nonconformityId: id, ...body } }, request);
  }
}
