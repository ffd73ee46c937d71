import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { DistributeRequest } from './distribute-document.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class DistributeDocumentRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/distribute')
  @ApiOperation({ summary: 'Phân phối (the office leader for the field): to a department with a direction and an optional due date' })
  @AnswersCommand()
  distribute(@Param() { id }: DocumentParams, @Body() body: DistributeRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'distribute', documentId: id, ...body }, request);
  }
}
