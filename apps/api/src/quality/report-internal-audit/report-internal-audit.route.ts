import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { ReportInternalAuditRequest } from './report-internal-audit.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/audits')
export class ReportInternalAuditRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/report')
  @ApiOperation({ summary: 'Báo cáo đánh giá (ISO secretary): the conclusion and the findings (a nonconforming answer must be reported as a nonconformity)' })
  @AnswersCommand()
  report(@Param() { id }: QualityParams, @Body() body: ReportInternalAuditRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'audit', command: { type: 'report', auditId: id, ...body } }, request);
  }
}
