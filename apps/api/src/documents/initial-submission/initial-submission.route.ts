import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { InitialRequest } from '../http/document-requests';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class InitialSubmissionRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/initial')
  @ApiOperation({ summary: 'Ký nháy (the office leader for the field): agree or not' })
  @AnswersCommand()
  initial(@Param() { id }: DocumentParams, @Body() body: InitialRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'initial', documentId: id, ...body }, request);
  }
}
