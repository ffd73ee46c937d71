import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { AssignRequest } from './assign-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class AssignDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/assign')
  @ApiOperation({ summary: 'Giao xử lý (the head of that department): to a specialist; a second assign is a reassignment and needs a reason' })
  @AnswersCommand()
  assign(@Param() { id }: DocumentParams, @Body() body: AssignRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'assign', documentId: id, ...body }, request);
  }
}
