import { Body, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CALENDAR_WRITTEN } from '../calendar-answers';
import { CalendarYearParams } from '../calendar-params';
import { CalendarWriteRoute } from '../calendar-route';
import { CalendarStreams, type CalendarStepResult } from '../calendar-streams';
import { ChangeCalendarDaysRequest } from './change-calendar-days.request';

@CalendarWriteRoute()
export class ChangeCalendarDaysRoute {
  constructor(
    private readonly calendar: CalendarStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':year/days')
  @ApiOperation({ summary: 'Chỉnh lịch theo thông báo (admin): holidays, make-up days, swapped days off and Saturdays worked, or back to an ordinary day; each with a note' })
  @AnswersCommand(CALENDAR_WRITTEN)
  change(@Param() { year }: CalendarYearParams, @Body() body: ChangeCalendarDaysRequest, @Req() request: AuthenticatedRequest): Promise<CalendarStepResult> {
    return this.calendar.step({ type: 'changeDays', year, changes: body.changes }, contextOf(request, this.clock));
  }
}
