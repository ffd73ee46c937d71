import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { AssessFeeRequest } from './assess-fee.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class AssessFeeRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Phí, lệ phí phải nộp (one-stop officer). */
  @Post(':id/fees')
  @ApiOperation({ summary: 'Phí, lệ phí phải nộp (one-stop officer).' })
  @AnswersCommand()
  assessFee(@Param() { id }: DossierParams, @Body() body: AssessFeeRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'fees', dossierId: id, ...body }, request);
  }
}
