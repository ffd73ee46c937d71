import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import type { StepResult } from '../document-step.command';
import { DocumentSteps } from '../document-step/document-steps';
import { DocumentParams } from '../http/document-params';
import { ExtendDeadlineRequest } from './extend-deadline.request';

@ApiTags('documents')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and appends nothing' })
@Controller('api/documents')
export class ExtendDeadlineRoute {
  constructor(private readonly steps: DocumentSteps) {}

  @Post(':id/extend-deadline')
  @ApiOperation({ summary: 'Gia hạn (the leader who set the due date): a new due date and the reason' })
  @AnswersCommand()
  extendDeadline(@Param() { id }: DocumentParams, @Body() body: ExtendDeadlineRequest, @Req() request: AuthenticatedRequest): Promise<StepResult> {
    return this.steps.run({ type: 'extend-deadline', documentId: id, ...body }, request);
  }
}
