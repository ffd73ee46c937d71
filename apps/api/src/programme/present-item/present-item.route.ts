import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, ItemParams } from '../programme-http';
import { PresentItemRequest } from './present-item.request';

@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class PresentItemRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/items/:itemId/present')
  @ApiOperation({ summary: 'Đã trình at a session: General Affairs, after the papers (409 PAPERS_NOT_SUBMITTED)' })
  @AnswersProgrammeCommand()
  present(@Param() { period, itemId }: ItemParams, @Body() body: PresentItemRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'present', period, itemId, ...body }, request);
  }
}
