import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { ScheduleEntryRequest, ScheduleWeekParams } from '../schedule-requests';
import type { ScheduleStepResult } from '../schedule-step/schedule-step.handler';
import { DraftScheduleEntryCommand } from './draft-entry.handler';

@ApiTags('schedule')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key and body answers the first response and writes no second entry' })
@Controller('api/schedule/weeks')
export class DraftScheduleEntryRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':week/entries')
  @ApiOperation({ summary: 'Ghi lịch công tác (clerk, General Affairs, office leaders): an entry of the week; once the week is published it needs `reason` (bổ sung)' })
  @AnswersCommand()
  draft(@Param() { week }: ScheduleWeekParams, @Body() body: ScheduleEntryRequest, @Req() request: AuthenticatedRequest): Promise<ScheduleStepResult> {
    return this.commands.execute(new DraftScheduleEntryCommand(week, body, contextOf(request, this.clock)));
  }
}
