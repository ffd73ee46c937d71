import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { AppraiseRequest } from './appraise-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class AppraiseDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/appraise')
  @ApiOperation({ summary: 'Thẩm định (the assigned specialist): findings on procedure, format, content and legality; valid or needs a supplement' })
  @AnswersCommand()
  appraise(@Param() { id }: DocumentParams, @Body() body: AppraiseRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'appraise', documentId: id, ...body }, request);
  }
}
