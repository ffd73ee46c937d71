import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OrganisationDirectory } from '@office/read-models';
import { CLOCK, type Clock } from '../../commands/request-context';
import { Answers } from '../../http/open-api-schemas';
import { CALENDAR_VERSIONS, CALENDAR_YEAR } from '../calendar-answers';
import { CalendarInForce } from '../calendar-in-force';
import { CalendarYearParams } from '../calendar-params';
import { CalendarYears } from '../calendar-years';
import { CalendarAtQuery } from './calendar-at.query';
import { draftView, inForceView, versionView } from './calendar-year-view';

/** The working-day calendar for any member of staff (auditors included): a year as in force at any instant, and its versions. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('api/calendar/years')
export class CalendarReadsController {
  constructor(
    private readonly years: CalendarYears,
    private readonly inForce: CalendarInForce,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':year')
  @ApiOperation({ summary: 'A year’s calendar in force at `at` (default now) with its days and the notice; the draft being edited, if any; the calendar deadlines are computed with now' })
  @Answers(CALENDAR_YEAR)
  async one(@Param() { year }: CalendarYearParams, @Query() { at }: CalendarAtQuery) {
    const instant = new Date(at ?? this.clock()).toISOString();
    const [{ state, revision }, organisation] = await Promise.all([this.years.read(year), this.directory.organisation()]);
    return {
      year,
      at: instant,
      status: state.status,
      revision: revision === null ? null : revision.toString(),
      inForce: inForceView(year, state, instant, organisation),
      draft: draftView(state),
      calendarVersion: this.inForce.current().version,
    };
  }

  @Get(':year/versions')
  @ApiOperation({ summary: 'Every approved version of a year, oldest first: its notice, who approved it, when and why, and its days' })
  @Answers(CALENDAR_VERSIONS)
  async versions(@Param() { year }: CalendarYearParams) {
    const [{ state }, organisation] = await Promise.all([this.years.read(year), this.directory.organisation()]);
    return { year, items: state.versions.map((v) => versionView(v, organisation)) };
  }
}
