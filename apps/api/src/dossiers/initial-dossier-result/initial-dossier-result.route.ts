import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { InitialRequest } from '../../documents/http/document-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class InitialDossierResultRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Ký nháy (the office leader for the field): the body of a document’s initial. */
  @Post(':id/initial')
  @ApiOperation({ summary: 'Ký nháy (the office leader for the field): the body of a document’s initial.' })
  @AnswersCommand()
  initial(@Param() { id }: DossierParams, @Body() body: InitialRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'initial', dossierId: id, ...body }, request);
  }
}
