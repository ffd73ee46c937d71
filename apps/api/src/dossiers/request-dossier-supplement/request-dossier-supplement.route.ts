import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { RequestDossierSupplementRequest } from './request-dossier-supplement.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class RequestDossierSupplementRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Thông báo bổ sung hồ sơ (the handling specialist): everything missing, once; the clock pauses or restarts per version. */
  @Post(':id/request-supplement')
  @ApiOperation({ summary: 'Thông báo bổ sung hồ sơ (the handling specialist): everything missing, once; the clock pauses or restarts per version.' })
  @AnswersCommand()
  requestSupplement(@Param() { id }: DossierParams, @Body() { missing }: RequestDossierSupplementRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'request-supplement', dossierId: id, missing }, request);
  }
}
