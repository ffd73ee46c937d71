import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { SubmitRequest } from '../../documents/http/document-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class SubmitDossierResultRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Trình kết quả (the handling specialist): the body and rules of a document’s submission (exactly one leader). */
  @Post(':id/submit')
  @ApiOperation({ summary: 'Trình kết quả (the handling specialist): the body and rules of a document’s submission (exactly one leader).' })
  @AnswersCommand()
  submit(@Param() { id }: DossierParams, @Body() { leaderId, ...body }: SubmitRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'submit', dossierId: id, leaderId, ...body }, request);
  }
}
