import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { DirectiveParams } from '../directive-params';
import type { DirectiveStepResult } from '../directive-step/directive-step.handler';
import { DirectiveSteps } from '../directive-step/directive-steps';
import { ExtendDirectiveRequest } from './extend-directive.request';
import { AnswersCommand } from '../../http/open-api-schemas';

@ApiTags('directives')
@ApiBearerAuth()
@Controller('api/directives')
export class ExtendDirectiveRoute {
  constructor(private readonly steps: DirectiveSteps) {}

  @Post(':id/extend')
  @ApiOperation({ summary: 'Gia hạn: only the directing leader (or the chairman), with a reason and the agency’s written request (403 EXTEND_ONLY_BY_DIRECTING_LEADER)' })
  @AnswersCommand()
  extend(@Param() { id }: DirectiveParams, @Body() body: ExtendDirectiveRequest, @Req() request: AuthenticatedRequest): Promise<DirectiveStepResult> {
    return this.steps.run({ type: 'extend', directiveId: id, ...body }, request);
  }
}
