import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { SubmitRequest } from '../http/document-requests';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class SubmitDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/submit')
  @ApiOperation({ summary: 'Trình ký (the assigned specialist): exactly one leader, the proposal and the draft' })
  @AnswersCommand()
  submit(@Param() { id }: DocumentParams, @Body() { leaderId, ...body }: SubmitRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'submit', documentId: id, leaderIds: Array.isArray(leaderId) ? leaderId : [leaderId], ...body }, request);
  }
}
