import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { RecordManagementReviewRequest } from './record-management-review.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/reviews')
export class RecordManagementReviewRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and creates no second record' })
  @ApiOperation({ summary: 'Biên bản xem xét của lãnh đạo (ISO secretary): the day, the chair (the head), the inputs weighed and the decisions' })
  @AnswersCommand()
  record(@Body() body: RecordManagementReviewRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.create('review', (reviewId) => ({ kind: 'review', command: { type: 'hold', reviewId, ...body } }), request);
  }
}
