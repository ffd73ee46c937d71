import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { AppraiseDossierRequest } from './appraise-dossier.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class AppraiseDossierRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Thẩm định hồ sơ (the handling specialist). */
  @Post(':id/appraise')
  @ApiOperation({ summary: 'Thẩm định hồ sơ (the handling specialist).' })
  @AnswersCommand()
  appraise(@Param() { id }: DossierParams, @Body() body: AppraiseDossierRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'appraise', dossierId: id, ...body }, request);
  }
}
