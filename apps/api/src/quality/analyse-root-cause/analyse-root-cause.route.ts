import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { AnalyseRootCauseRequest } from './analyse-root-cause.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class AnalyseRootCauseRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/root-cause')
  @ApiOperation({ summary: 'Phân tích nguyên nhân gốc rễ (ISO secretary); may be restated after an ineffective action' })
  @AnswersCommand()
  analyse(@Param() { id }: QualityParams, @Body() body: AnalyseRootCauseRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'analyse', nonconformityId: id, ...body } }, request);
  }
}
