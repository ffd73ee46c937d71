import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { NoteRequest } from '../../documents/http/document-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/audits')
export class CloseInternalAuditRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/close')
  @ApiOperation({ summary: 'Kết thúc cuộc đánh giá (ISO secretary), after its report' })
  @AnswersCommand()
  close(@Param() { id }: QualityParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'audit', command: { type: 'close', auditId: id, ...body } }, request);
  }
}
