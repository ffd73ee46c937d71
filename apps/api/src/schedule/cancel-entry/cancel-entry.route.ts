import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CancelScheduleEntryRequest, ScheduleEntryParams } from '../schedule-requests';
import type { ScheduleStepResult } from '../schedule-step/schedule-step.handler';
import { ScheduleSteps } from '../schedule-step/schedule-steps';

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('api/schedule/weeks')
export class CancelScheduleEntryRoute {
  constructor(private readonly steps: ScheduleSteps) {}

  @Post(':week/entries/:entryId/cancel')
  @ApiOperation({ summary: 'Hủy lịch: the entry stays in the week as cancelled; after publication `reason` is required' })
  @AnswersCommand()
  cancel(@Param() { week, entryId }: ScheduleEntryParams, @Body() body: CancelScheduleEntryRequest, @Req() request: AuthenticatedRequest): Promise<ScheduleStepResult> {
    return this.steps.run({ ...body, type: 'cancel', week, entryId }, request);
  }
}
