import { Body, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CALENDAR_WRITTEN } from '../calendar-answers';
import { CalendarYearParams } from '../calendar-params';
import { CalendarWriteRoute } from '../calendar-route';
import { CalendarStreams, type CalendarStepResult } from '../calendar-streams';
import { ReviseCalendarYearRequest } from './revise-calendar-year.request';

@CalendarWriteRoute()
export class ReviseCalendarYearRoute {
  constructor(
    private readonly calendar: CalendarStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':year/revise')
  @ApiOperation({ summary: 'Mở phiên bản mới (admin): an approved year is changed only through a new version, with the reason; the approved ones stay as they were' })
  @AnswersCommand(CALENDAR_WRITTEN)
  revise(@Param() { year }: CalendarYearParams, @Body() body: ReviseCalendarYearRequest, @Req() request: AuthenticatedRequest): Promise<CalendarStepResult> {
    return this.calendar.step({ type: 'revise', year, reason: body.reason }, contextOf(request, this.clock));
  }
}
