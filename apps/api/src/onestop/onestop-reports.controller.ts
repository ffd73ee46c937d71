import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { DossierStatisticsQueries, Index766Queries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/request-context';
import { resolvePeriod } from '../read-models/period';
import { ProjectionPositions } from '../read-models/projection-positions';
import { LEADER_ROLES } from '../read-models/viewer';
import { Index766Query, OnestopStatsQuery } from './onestop-reports.dto';
import { Answers } from '../http/open-api-schemas';
import { INDEX_766, ONESTOP_STATS } from '../http/answer-schemas';

/** A report spans at most two years. */
const MAX_DAYS = 2 * 366;

/**
 * The desk's reports for leaders (API.md "One-stop desk"): the periodic statistics per field,
 * procedure or unit with the overdue list, and the monthly QĐ 766 panel. Both honour `?minPosition=`.
 */
@ApiTags('onestop')
@ApiBearerAuth()
@Controller('api/onestop')
export class OnestopReportsController {
  private readonly statistics: DossierStatisticsQueries;
  private readonly index766: Index766Queries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.statistics = new DossierStatisticsQueries(dataSource, clock);
    this.index766 = new Index766Queries(dataSource, clock);
  }

  @Get('stats')
  @Roles(...LEADER_ROLES, 'onestop_officer', 'iso_secretary')
  @ApiOperation({ summary: 'Periodic statistics (default 1 January to today): received, resolved early / on time / late, in progress in time / overdue, per group and in total, with the overdue list and its causes' })
  @Answers(ONESTOP_STATS)
  async stats(@Query() query: OnestopStatsQuery) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.dossiers, PROJECTION_NAMES.receptions, PROJECTION_NAMES.procedureCatalogue], query.minPosition);
    return { ...(await this.statistics.statistics(period, query.groupBy ?? 'field')), projectedPosition };
  }

  @Get('index766')
  @Roles(...LEADER_ROLES, 'iso_secretary')
  @ApiOperation({ summary: 'The QĐ 766 desk indicators of a month (default this month), each with numerator, denominator and value, for the desk and per unit' })
  @Answers(INDEX_766)
  async panel(@Query() query: Index766Query) {
    const month = query.month ?? localDateOf(this.clock()).slice(0, 7);
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.dossiers, PROJECTION_NAMES.procedureCatalogue], query.minPosition);
    return { ...(await this.index766.panel(month, query.unit ?? null)), projectedPosition };
  }
}
