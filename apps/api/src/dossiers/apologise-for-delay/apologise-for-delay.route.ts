import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { ApologiseRequest } from './apologise-for-delay.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class ApologiseForDelayRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Văn bản xin lỗi, hẹn lại ngày trả (Mẫu 04; the handling unit’s head or the specialist): the original due date stays the yardstick. */
  @Post(':id/apologise')
  @ApiOperation({ summary: 'Văn bản xin lỗi, hẹn lại ngày trả (Mẫu 04; the handling unit’s head or the specialist): the original due date stays the yardstick.' })
  @AnswersCommand()
  apologise(@Param() { id }: DossierParams, @Body() body: ApologiseRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'apologise', dossierId: id, ...body }, request);
  }
}
