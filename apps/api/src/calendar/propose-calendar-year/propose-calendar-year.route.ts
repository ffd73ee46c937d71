import { Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CALENDAR_WRITTEN } from '../calendar-answers';
import { CalendarYearParams } from '../calendar-params';
import { CalendarWriteRoute } from '../calendar-route';
import { CalendarStreams, type CalendarStepResult } from '../calendar-streams';

@CalendarWriteRoute()
export class ProposeCalendarYearRoute {
  constructor(
    private readonly calendar: CalendarStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':year/propose')
  @ApiOperation({ summary: 'Đề xuất lịch năm (admin): weekends, the Labour Code holidays with their make-up days, Tết and Hùng Vương from the lunar calendar' })
  @AnswersCommand(CALENDAR_WRITTEN)
  propose(@Param() { year }: CalendarYearParams, @Req() request: AuthenticatedRequest): Promise<CalendarStepResult> {
    return this.calendar.step({ type: 'propose', year }, contextOf(request, this.clock));
  }
}
