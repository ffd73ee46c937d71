import { Body, Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { AnswersCommand } from '../../http/open-api-schemas';
import { ReviseScheduleEntryRequest, ScheduleEntryParams } from '../schedule-requests';
import type { ScheduleStepResult } from '../schedule-step/schedule-step.handler';
import { ScheduleSteps } from '../schedule-step/schedule-steps';

@ApiTags('schedule')
@ApiBearerAuth()
@Controller('api/schedule/weeks')
export class ReviseScheduleEntryRoute {
  constructor(private readonly steps: ScheduleSteps) {}

  @Post(':week/entries/:entryId/revise')
  @ApiOperation({ summary: 'Điều chỉnh lịch: the entry’s terms now, at the `entryVersion` the editor saw (409 ENTRY_CHANGED_MEANWHILE); after publication `reason` is required' })
  @AnswersCommand()
  revise(@Param() { week, entryId }: ScheduleEntryParams, @Body() body: ReviseScheduleEntryRequest, @Req() request: AuthenticatedRequest): Promise<ScheduleStepResult> {
    return this.steps.run({ ...body, type: 'revise', week, entryId }, request);
  }
}
