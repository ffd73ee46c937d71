import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { SignRequest } from '../../documents/http/document-requests';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class SignDossierResultRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Ký duyệt kết quả (the leader named in the submission): the body of a document’s signature. */
  @Post(':id/sign')
  @ApiOperation({ summary: 'Ký duyệt kết quả (the leader named in the submission): the body of a document’s signature.' })
  @AnswersCommand()
  sign(@Param() { id }: DossierParams, @Body() body: SignRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'sign', dossierId: id, ...body }, request);
  }
}
