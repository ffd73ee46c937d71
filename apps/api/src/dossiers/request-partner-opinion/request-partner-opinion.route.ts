import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { RequestOpinionRequest } from './request-partner-opinion.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class RequestPartnerOpinionRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Lấy ý kiến cơ quan phối hợp (addition to API.md; the handling specialist). */
  @ApiOperation({ summary: 'Addition to API.md: lấy ý kiến cơ quan phối hợp (the handling specialist)' })
  @Post(':id/request-opinion')
  @AnswersCommand()
  requestOpinion(@Param() { id }: DossierParams, @Body() body: RequestOpinionRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'request-opinion', dossierId: id, ...body }, request);
  }
}
