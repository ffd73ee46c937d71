import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { dueDays, isoWeekOf, itemActions, localDateOf, periodDays, programmeActions, PROGRAMME_STATUS_LABELS, type Actor, type ProgrammeState } from '@office/domain';
import { OrganisationDirectory, PROJECTION_NAMES, ProgrammeQueries, type ProgrammeSummary } from '@office/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { CLOCK, type Clock } from '../../commands/request-context';
import { Answers } from '../../http/open-api-schemas';
import { ValidationFailedException } from '../../http/validation';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { PeriodParams } from '../programme-http';
import { PROGRAMME_LIST, PROGRAMME_ONE, PROGRAMME_REPORT, PROGRAMME_WEEK } from './programme-answers';
import { ProgrammeReportQuery, ProgrammeWeekQuery, ProgrammeYearQuery } from './programme-read-query.dto';

const READS = [PROJECTION_NAMES.programme];
const labelled = (summary: ProgrammeSummary) => ({ ...summary, statusLabel: PROGRAMME_STATUS_LABELS[summary.status] });

/**
 * The work programme from `programme.v1` for any member of staff: the programmes of a year, one
 * programme with its items and the steps the caller may take, the week's items, and the report.
 */
@ApiTags('programme')
@ApiBearerAuth()
@Controller('api/programme')
export class ProgrammeReadsController {
  private readonly programmes: ProgrammeQueries;

  constructor(
    dataSource: DataSource,
    private readonly directory: OrganisationDirectory,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.programmes = new ProgrammeQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({ summary: 'The programmes of a year (the year’s, its quarters’, its months’) with their status and whether the draft was late' })
  @Answers(PROGRAMME_LIST)
  async list(@Query() query: ProgrammeYearQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const year = query.year ?? Number(localDateOf(this.clock()).slice(0, 4));
    return { items: (await this.programmes.ofYear(year)).map(labelled), projectedPosition };
  }

  @Get('week')
  @ApiOperation({ summary: 'Chương trình công tác tuần: the approved items due in an ISO week, from the months’ programmes' })
  @Answers(PROGRAMME_WEEK)
  async week(@Query() query: ProgrammeWeekQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const week = query.week ?? isoWeekOf(localDateOf(this.clock()));
    const days = dueDays(week);
    if (!days) throw new ValidationFailedException([{ field: 'week', message: `Năm ${week.slice(0, 4)} không có tuần ${week.slice(6)}` }]);
    return { week, ...days, items: await this.programmes.week(week), projectedPosition };
  }

  @Get('report')
  @ApiOperation({ summary: 'The programme report of a period: items presented on time, late, withdrawn, not yet due, overdue — by agency and by leader in charge — and the late drafts (QC 8.1)' })
  @Answers(PROGRAMME_REPORT)
  async report(@Query() query: ProgrammeReportQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const period = query.period ?? localDateOf(this.clock()).slice(0, 7);
    const { from, to } = periodDays(period);
    return { period, ...(await this.programmes.report(from, to)), projectedPosition };
  }

  @Get(':period')
  @ApiOperation({ summary: 'One programme: its status, the draft’s due day and lateness, its items (slips returned included) with their standing and the steps the caller may take, and the items moved into it' })
  @Answers(PROGRAMME_ONE)
  async one(@Param() { period }: PeriodParams, @Query() query: ReadModelQuery, @CurrentUser() user: AuthenticatedUser) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const actor: Actor = { userId: user.id, roles: user.roles, departmentId: user.departmentId };
    const organisation = await this.directory.organisation();
    const found = await this.programmes.byPeriod(period);
    const state: ProgrammeState = found?.state ?? { status: 'none' };
    const withActions = <T extends { id: string }>(item: T) => ({ ...item, actions: itemActions(state, item.id, actor, organisation) });
    return {
      period,
      programme: found ? labelled(found.programme) : null,
      items: (found?.items ?? []).map(withActions),
      movedIn: found?.movedIn ?? [],
      actions: programmeActions(state, actor, organisation),
      projectedPosition,
    };
  }
}
