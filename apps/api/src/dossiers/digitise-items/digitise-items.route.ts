import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DossierParams } from '../dossier-params';
import type { DossierStepResult } from '../dossier-step/dossier-step.handler';
import { DossierSteps } from '../dossier-step/dossier-steps';
import { DigitiseItemsRequest } from './digitise-items.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('dossiers')
@ApiBearerAuth()
@Controller('api/dossiers')
export class DigitiseItemsRoute {
  constructor(private readonly steps: DossierSteps) {}

  /** Số hóa thành phần hồ sơ (addition to API.md; one-stop officer): the QĐ 766 digitisation indicator. */
  @ApiOperation({ summary: 'Addition to API.md: số hóa thành phần hồ sơ (one-stop officer), the QĐ 766 digitisation indicator; `items` are names of items received' })
  @Post(':id/digitise')
  @AnswersCommand()
  digitise(@Param() { id }: DossierParams, @Body() { items }: DigitiseItemsRequest, @Req() request: AuthenticatedRequest): Promise<DossierStepResult> {
    return this.steps.run({ type: 'digitise', dossierId: id, items }, request);
  }
}
