import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { NoteRequest } from '../http/document-requests';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class ReceiveSupplementRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/receive-supplement')
  @ApiOperation({ summary: 'Nhận bổ sung (clerk)' })
  @AnswersCommand()
  receiveSupplement(@Param() { id }: DocumentParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'receive-supplement', documentId: id, ...body }, request);
  }
}
