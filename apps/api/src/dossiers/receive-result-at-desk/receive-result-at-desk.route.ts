import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { EmptyRequest } from '../dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class ReceiveResultAtDeskRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Nhận kết quả tại bộ phận một cửa (one-stop officer): the classification (early, on time, late) becomes final. */
  @Post(':id/result-at-desk')
  @ApiOperation({ summary: 'Nhận kết quả tại bộ phận một cửa (one-stop officer): the classification (early, on time, late) becomes final.' })
  @AnswersCommand()
  resultAtDesk(@Param() { id }: DossierParams, @Body() _body: EmptyRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'result-at-desk', dossierId: id }, request);
  }
}
