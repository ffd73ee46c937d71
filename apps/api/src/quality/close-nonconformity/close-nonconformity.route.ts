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
@Controller('api/quality/nonconformities')
export class CloseNonconformityRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/close')
  @ApiOperation({ summary: 'Đóng điểm không phù hợp (ISO secretary): only after an effective verification (422 NC_CLOSE_WITHOUT_VERIFICATION)' })
  @AnswersCommand()
  close(@Param() { id }: QualityParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'nonconformity', command: { type: 'close', nonconformityId: id, ...body } }, request);
  }
}
