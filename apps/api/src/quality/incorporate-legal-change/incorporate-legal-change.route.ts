import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { IncorporateLegalChangeRequest } from './incorporate-legal-change.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/legal-changes')
export class IncorporateLegalChangeRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/incorporate')
  @ApiOperation({ summary: 'Cập nhật vào quy trình (ISO secretary): the approved catalogue version, citing the document, that takes the change in; its approval day stops the clock' })
  @AnswersCommand()
  incorporate(@Param() { id }: QualityParams, @Body() body: IncorporateLegalChangeRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'legal-change', command: { type: 'incorporate', legalChangeId: id, ...body } }, request);
  }
}
