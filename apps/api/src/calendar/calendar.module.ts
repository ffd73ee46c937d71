import { Global, Module } from '@nestjs/common';
import { CommandPipeline } from '../commands/command-pipeline';
import { ApproveCalendarYearRoute } from './approve-calendar-year/approve-calendar-year.route';
import { CalendarInForce } from './calendar-in-force';
import { CalendarStreams } from './calendar-streams';
import { CalendarYears } from './calendar-years';
import { ChangeCalendarDaysRoute } from './change-calendar-days/change-calendar-days.route';
import { ProposeCalendarYearRoute } from './propose-calendar-year/propose-calendar-year.route';
import { CalendarReadsController } from './read/calendar-reads.controller';
import { ReviseCalendarYearRoute } from './revise-calendar-year/revise-calendar-year.route';
import { CalendarSeed } from './seed/calendar-seed';

/**
 * The working-day calendar as approved data (DOMAIN.md §3, issue #17 item 3): the year's writes
 * (`POST /api/calendar/years/:year/<step>`), its reads, the seed of the shipped years, and
 * `CalendarInForce`, global so that every context computing deadlines takes its calendar from it.
 */
@Global()
@Module({
  controllers: [ProposeCalendarYearRoute, ChangeCalendarDaysRoute, ReviseCalendarYearRoute, ApproveCalendarYearRoute, CalendarReadsController],
  providers: [CommandPipeline, CalendarYears, CalendarInForce, CalendarStreams, CalendarSeed],
  exports: [CalendarInForce],
})
export class CalendarModule {}
