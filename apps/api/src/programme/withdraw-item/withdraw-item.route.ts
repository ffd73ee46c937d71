import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, ItemParams } from '../programme-http';
import { WithdrawItemRequest } from './withdraw-item.request';

@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class WithdrawItemRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/items/:itemId/withdraw')
  @ApiOperation({ summary: 'Rút khỏi chương trình, with the reason: the head of General Affairs' })
  @AnswersProgrammeCommand()
  withdraw(@Param() { period, itemId }: ItemParams, @Body() body: WithdrawItemRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'withdraw', period, itemId, ...body }, request);
  }
}
