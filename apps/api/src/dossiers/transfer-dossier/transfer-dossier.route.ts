import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { TransferDossierRequest } from './transfer-dossier.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class TransferDossierRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Chuyển hồ sơ (the current holder): to a department (its head then holds it) or a person; closes the current step of the control sheet. */
  @Post(':id/transfer')
  @ApiOperation({ summary: 'Chuyển hồ sơ (the current holder): to a department (its head then holds it) or a person; closes the current step of the control sheet.' })
  @AnswersCommand()
  transfer(@Param() { id }: DossierParams, @Body() { toUnit, toUserId, note }: TransferDossierRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'transfer', dossierId: id, toUnitId: toUnit ?? null, toUserId: toUserId ?? null, note }, request);
  }
}
