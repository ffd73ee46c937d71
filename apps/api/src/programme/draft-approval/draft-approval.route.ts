import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, PeriodParams } from '../programme-http';
import { NoteRequest, ReasonRequest } from '../reason.request';

/** The draft's way up: General Affairs submits it, the office chief reviews it, the chairman approves it (QC 8.1). */
@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class DraftApprovalRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/submit-draft')
  @ApiOperation({ summary: 'Trình dự thảo: the head of General Affairs, every slip decided (422 SLIPS_PENDING, PROGRAMME_EMPTY); recorded late after the 25th of the month before the period' })
  @AnswersProgrammeCommand()
  submitDraft(@Param() { period }: PeriodParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'submit-draft', period, ...body }, request);
  }

  @Post(':period/endorse')
  @ApiOperation({ summary: 'Thẩm tra: the office chief sends the draft to the chairman (403 NOT_OFFICE_CHIEF; 409 PROGRAMME_NOT_DRAFTED)' })
  @AnswersProgrammeCommand()
  endorse(@Param() { period }: PeriodParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'endorse', period, ...body }, request);
  }

  @Post(':period/return')
  @ApiOperation({ summary: 'Trả lại dự thảo, with the reason: the office chief in review, the chairman awaiting approval' })
  @AnswersProgrammeCommand()
  returnDraft(@Param() { period }: PeriodParams, @Body() body: ReasonRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'return-draft', period, ...body }, request);
  }

  @Post(':period/approve')
  @ApiOperation({ summary: 'Phê duyệt: the chairman (403 NOT_CHAIRMAN; 409 PROGRAMME_NOT_DRAFTED, PROGRAMME_NOT_REVIEWED)' })
  @AnswersProgrammeCommand()
  approve(@Param() { period }: PeriodParams, @Body() body: NoteRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'approve', period, ...body }, request);
  }
}
