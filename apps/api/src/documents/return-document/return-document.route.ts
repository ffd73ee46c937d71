import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { ReasonRequest } from './return-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class ReturnDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/return')
  @ApiOperation({ summary: 'Trả lại văn thư (the assigned specialist): misrouted, back to the clerk for re-routing' })
  @AnswersCommand()
  return(@Param() { id }: DocumentParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'return', documentId: id, ...body }, request);
  }
}
