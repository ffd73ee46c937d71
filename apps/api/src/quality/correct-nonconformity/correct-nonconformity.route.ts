import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { CorrectNonconformityRequest } from './correct-nonconformity.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class CorrectNonconformityRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/correct')
  @ApiOperation({ summary: 'Khắc phục tức thời (ISO secretary): what was done about the case itself' })
  @AnswersCommand()
  correct(@Param() { id }: QualityParams, @Body() body: CorrectNonconformityRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'correct', nonconformityId: id, ...body } }, request);
  }
}
