import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { DeclareConformityRequest } from './declare-conformity.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/declarations')
export class DeclareConformityRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and creates no second record' })
  @ApiOperation({ summary: 'Công bố hệ thống phù hợp (office chief): after the confirmed review of the same year (422 DECLARATION_WITHOUT_REVIEW)' })
  @AnswersCommand()
  declare(@Body() body: DeclareConformityRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.create('declaration', (declarationId) => ({ kind: 'declaration', command: { type: 'declare', declarationId, ...body } }), request);
  }
}
