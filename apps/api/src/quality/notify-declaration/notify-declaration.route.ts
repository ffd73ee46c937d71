import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { NotifyDeclarationRequest } from './notify-declaration.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/declarations')
export class NotifyDeclarationRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/notify')
  @ApiOperation({ summary: 'Thông báo bản công bố (ISO secretary) to Sở Khoa học và Công nghệ' })
  @AnswersCommand()
  notify(@Param() { id }: QualityParams, @Body() body: NotifyDeclarationRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'declaration', command: { type: 'notify', declarationId: id, ...body } }, request);
  }
}
