import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { PayFeeRequest } from './pay-fee.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class PayFeeRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Nộp phí, lệ phí (one-stop officer): how it was paid. */
  @Post(':id/payments')
  @ApiOperation({ summary: 'Nộp phí, lệ phí (one-stop officer): how it was paid.' })
  @AnswersCommand()
  pay(@Param() { id }: DossierParams, @Body() body: PayFeeRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'payments', dossierId: id, ...body }, request);
  }
}
