import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import type { ProgrammeStepResult } from '../programme-step/programme-step.handler';
import { ProgrammeSteps } from '../programme-step/programme-steps';
import { AnswersProgrammeCommand, ItemParams } from '../programme-http';
import { RescheduleItemRequest } from './reschedule-item.request';

@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class RescheduleItemRoute {
  constructor(private readonly steps: ProgrammeSteps) {}

  @Post(':period/items/:itemId/reschedule')
  @ApiOperation({ summary: 'Điều chỉnh thời gian trình, only on the agency’s written request (422 ITEM_DATE_CHANGE_NEEDS_REQUEST): the head of General Affairs' })
  @AnswersProgrammeCommand()
  reschedule(@Param() { period, itemId }: ItemParams, @Body() body: RescheduleItemRequest, @Req() request: AuthenticatedRequest): Promise<ProgrammeStepResult> {
    return this.steps.run({ type: 'reschedule', period, itemId, ...body }, request);
  }
}
