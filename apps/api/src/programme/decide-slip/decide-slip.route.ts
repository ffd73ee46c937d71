import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, ItemParams } from '../programme-http';
import { ReasonRequest } from '../reason.request';

/** The head of General Affairs decides a slip: into the draft, or back to its proposer. */
@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class DecideSlipRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/items/:itemId/accept')
  @ApiOperation({ summary: 'Nhận phiếu đề xuất vào dự thảo: the head of General Affairs (403 NOT_GENERAL_AFFAIRS_HEAD; 409 SLIP_NOT_PENDING)' })
  @AnswersProgrammeCommand()
  accept(@Param() { period, itemId }: ItemParams, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'accept', period, itemId }, request);
  }

  @Post(':period/items/:itemId/return')
  @ApiOperation({ summary: 'Trả lại phiếu đề xuất, with the reason: the head of General Affairs' })
  @AnswersProgrammeCommand()
  returnSlip(@Param() { period, itemId }: ItemParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'return-slip', period, itemId, ...body }, request);
  }
}
