import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { ApproveAuditPlanRequest } from './approve-audit-plan.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/audits')
export class ApproveAuditPlanRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/approve')
  @ApiOperation({ summary: 'Phê duyệt kế hoạch đánh giá (office chief)' })
  @AnswersCommand()
  approve(@Param() { id }: QualityParams, @Body() body: ApproveAuditPlanRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'audit', command: { type: 'approve', auditId: id, ...body } }, request);
  }
}
