import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { DocumentSignRequest } from './sign-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class SignDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/sign')
  @ApiOperation({ summary: 'Ký duyệt (the leader named in the submission, or a holder of a live delegation from them: capacity KT/TM/Q/TUQ/TL): approved or rejected' })
  @AnswersCommand()
  sign(@Param() { id }: DocumentParams, @Body() body: DocumentSignRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'sign', documentId: id, ...body }, request);
  }
}
