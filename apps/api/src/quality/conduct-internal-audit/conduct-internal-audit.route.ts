import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { ConductInternalAuditRequest } from './conduct-internal-audit.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/audits')
export class ConductInternalAuditRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/conduct')
  @ApiOperation({ summary: 'Thực hiện đánh giá (ISO secretary): the day and the checklist, each question with its result and evidence' })
  @AnswersCommand()
  conduct(@Param() { id }: QualityParams, @Body() body: ConductInternalAuditRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'audit', command: { type: 'conduct', auditId: id, ...body } }, request);
  }
}
