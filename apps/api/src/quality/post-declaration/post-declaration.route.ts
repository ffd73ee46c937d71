import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { QualityParams } from '../quality-params';
import type { QualityStepResult } from '../quality-step/quality-step.handler';
import { QualitySteps } from '../quality-step/quality-steps';
import { PostDeclarationRequest } from './post-declaration.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('quality')
@ApiBearerAuth()
@Controller('api/quality/declarations')
export class PostDeclarationRoute {
  constructor(private readonly steps: QualitySteps) {}

  @Post(':id/post')
  @ApiOperation({ summary: 'Niêm yết bản công bố (ISO secretary): at the office and on the website' })
  @AnswersCommand()
  post(@Param() { id }: QualityParams, @Body() body: PostDeclarationRequest, @Req() request: AuthenticatedRequest): Promise<QualityStepResult> {
    return this.steps.run({ kind: 'declaration', command: { type: 'post', declarationId: id, ...body } }, request);
  }
}
