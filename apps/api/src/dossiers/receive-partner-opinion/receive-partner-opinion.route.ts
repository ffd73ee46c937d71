import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { ReceiveOpinionRequest } from './receive-partner-opinion.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class ReceivePartnerOpinionRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Nhận ý kiến cơ quan phối hợp (addition to API.md). */
  @ApiOperation({ summary: 'Addition to API.md: ý kiến của cơ quan phối hợp received (the handling specialist or the desk)' })
  @Post(':id/receive-opinion')
  @AnswersCommand()
  receiveOpinion(@Param() { id }: DossierParams, @Body() body: ReceiveOpinionRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'receive-opinion', dossierId: id, ...body }, request);
  }
}
