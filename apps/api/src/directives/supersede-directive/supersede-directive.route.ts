import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { SupersedeDirectiveRequest } from './supersede-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class SupersedeDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/supersede')
  @ApiOperation({ summary: 'Thay thế nhiệm vụ (the directing leader): the reason and what replaces it' })
  @AnswersCommand()
  supersede(@Param() { id }: DirectiveParams, @Body() body: SupersedeDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'supersede', directiveId: id, ...body }, request);
  }
}
