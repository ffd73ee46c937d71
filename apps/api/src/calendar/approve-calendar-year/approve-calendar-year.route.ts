import { Body, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AnswersCommand } from '../../http/open-api-schemas';
import { CALENDAR_WRITTEN } from '../calendar-answers';
import { CalendarYearParams } from '../calendar-params';
import { CalendarWriteRoute } from '../calendar-route';
import { CalendarStreams, type CalendarStepResult } from '../calendar-streams';
import { ApproveCalendarYearRequest } from './approve-calendar-year.request';

@CalendarWriteRoute()
export class ApproveCalendarYearRoute {
  constructor(
    private readonly calendar: CalendarStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':year/approve')
  @ApiOperation({ summary: 'Phê duyệt lịch năm (admin) on the notice (số ký hiệu, ngày, cơ quan ban hành): in force at once for deadlines computed from now on; earlier deadlines keep theirs' })
  @AnswersCommand(CALENDAR_WRITTEN)
  approve(@Param() { year }: CalendarYearParams, @Body() body: ApproveCalendarYearRequest, @Req() request: AuthenticatedRequest): Promise<CalendarStepResult> {
    return this.calendar.step({ type: 'approve', year, notice: body.notice, provisional: body.provisional }, contextOf(request, this.clock));
  }
}
