import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { ReceiveDossierSupplementRequest } from './receive-dossier-supplement.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class ReceiveDossierSupplementRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Nhận hồ sơ bổ sung (one-stop officer): the dossier goes back to its specialist with a new due date. */
  @Post(':id/receive-supplement')
  @ApiOperation({ summary: 'Nhận hồ sơ bổ sung (one-stop officer): the dossier goes back to its specialist with a new due date.' })
  @AnswersCommand()
  receiveSupplement(@Param() { id }: DossierParams, @Body() { items }: ReceiveDossierSupplementRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'receive-supplement', dossierId: id, items }, request);
  }
}
