import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { PlanInternalAuditRequest } from './plan-internal-audit.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/audits')
export class PlanInternalAuditRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and creates no second record' })
  @ApiOperation({ summary: 'Lập kế hoạch đánh giá nội bộ (ISO secretary): the year of the programme, the day, the procedures audited and the auditors' })
  @AnswersCommand()
  plan(@Body() body: PlanInternalAuditRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.create('audit', (auditId) => ({ kind: 'audit', command: { type: 'plan', auditId, ...body } }), request);
  }
}
