import { Body, Controller, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { RegisterLegalChangeRequest } from './register-legal-change.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/legal-changes')
export class RegisterLegalChangeRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and creates no second record' })
  @ApiOperation({ summary: 'Ghi nhận văn bản pháp luật mới (ISO secretary): symbol, issued, in force from, the catalogue procedures it affects; due 3 months after entry into force' })
  @AnswersCommand()
  register(@Body() body: RegisterLegalChangeRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.create('legal-change', (legalChangeId) => ({ kind: 'legal-change', command: { type: 'register', legalChangeId, ...body } }), request);
  }
}
