import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { ReasonRequest } from '../dossier-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class WithdrawDossierRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Rút hồ sơ at the applicant’s request (one-stop officer). */
  @Post(':id/withdraw')
  @ApiOperation({ summary: 'Rút hồ sơ at the applicant’s request (one-stop officer).' })
  @AnswersCommand()
  withdraw(@Param() { id }: DossierParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'withdraw', dossierId: id, ...body }, request);
  }
}
