import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { RaiseNonconformityRequest } from './raise-nonconformity.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/nonconformities')
export class RaiseNonconformityRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and creates no second record' })
  @ApiOperation({ summary: 'Ghi nhận điểm không phù hợp (ISO secretary): from an audit, a complaint, a late figure or an inspection' })
  @AnswersCommand()
  raise(@Body() body: RaiseNonconformityRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.create('nonconformity', (nonconformityId) => ({ kind: 'nonconformity', command: { type: 'raise', nonconformityId, ...body } }), request);
  }
}
