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
export class StopProcessingRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Thông báo dừng giải quyết hồ sơ (2025 Mẫu 05; an office leader). */
  @Post(':id/stop')
  @ApiOperation({ summary: 'Thông báo dừng giải quyết hồ sơ (2025 Mẫu 05; an office leader).' })
  @AnswersCommand()
  stop(@Param() { id }: DossierParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'stop', dossierId: id, ...body }, request);
  }
}
