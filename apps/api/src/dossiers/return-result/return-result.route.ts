import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { ReturnResultRequest } from './return-result.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class ReturnResultRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Trả kết quả (one-stop officer), against the receiver’s signature. */
  @Post(':id/return')
  @ApiOperation({ summary: 'Trả kết quả (one-stop officer), against the receiver’s signature.' })
  @AnswersCommand()
  returnResult(@Param() { id }: DossierParams, @Body() { receivedBy, method }: ReturnResultRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'return', dossierId: id, receivedBy: { name: receivedBy.name, idNumber: receivedBy.idNumber ?? null }, method }, request);
  }
}
