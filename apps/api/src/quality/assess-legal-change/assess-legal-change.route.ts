import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { AssessLegalChangeRequest } from './assess-legal-change.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/legal-changes')
export class AssessLegalChangeRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/assess')
  @ApiOperation({ summary: 'Đánh giá tác động (ISO secretary): `none` closes it; `revise` waits for a new approved version of each affected procedure' })
  @AnswersCommand()
  assess(@Param() { id }: QualityParams, @Body() body: AssessLegalChangeRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'legal-change', command: { type: 'assess', legalChangeId: id, ...body } }, request);
  }
}
