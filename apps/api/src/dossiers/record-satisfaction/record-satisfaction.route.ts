import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { SatisfactionRequest } from './record-satisfaction.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class RecordSatisfactionRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Đánh giá mức độ hài lòng, 1..5 (one-stop officer). */
  @Post(':id/satisfaction')
  @ApiOperation({ summary: 'Đánh giá mức độ hài lòng, 1..5 (one-stop officer).' })
  @AnswersCommand()
  satisfaction(@Param() { id }: DossierParams, @Body() body: SatisfactionRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'satisfaction', dossierId: id, ...body }, request);
  }
}
