import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { RequestSupplementRequest } from './request-supplement.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class RequestSupplementRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/request-supplement')
  @ApiOperation({ summary: 'Yêu cầu bổ sung (the assigned specialist): the missing items' })
  @AnswersCommand()
  requestSupplement(@Param() { id }: DocumentParams, @Body() body: RequestSupplementRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'request-supplement', documentId: id, ...body }, request);
  }
}
