import { Controller, Get, Inject, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { DirectiveReportQueries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { resolvePeriod } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { PeriodQuery } from '../../read-models/read-model-query.dto';
import { spreadsheet } from '../../read-models/registers/registers.controller';
import { LEADER_ROLES } from '../../read-models/viewer';
import { directiveOutcomesSheet, directiveOutcomesTable } from './directive-outcomes-sheet';
import { directiveReportPdf } from './directive-report-pdf';
import { DirectiveReportQuery } from './directive-read-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { DIRECTIVE_BRIEFING, DIRECTIVE_REPORT } from '../../http/answer-schemas';

const READS = [PROJECTION_NAMES.directives];
/** Monthly, six-monthly and yearly reports: two years at most. */
const MAX_DAYS = 2 * 366;

/** Reports of the task register for leaders, department heads and the specialists who prepare them. */
@ApiTags('directives')
@ApiBearerAuth()
@Roles(...LEADER_ROLES, 'department_head', 'specialist', 'auditor')
@Controller('api/directives')
export class DirectiveReportsController {
  private readonly reports: DirectiveReportQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.reports = new DirectiveReportQueries(dataSource, clock);
  }

  @Get('report')
  @ApiOperation({ summary: 'The four outcomes (done on time, done late, not done in time, not done overdue) per leader, field or lead agency, of the tasks due from `from` to `to` (default 1 January to today), as of the period’s end; format=xlsx or pdf for the monthly and six-monthly reports' })
  @ApiProduces('application/json', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/pdf')
  @Answers(DIRECTIVE_REPORT)
  async report(@Query() query: DirectiveReportQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const report = await this.reports.outcomes(period, query.groupBy ?? 'agency');
    if (!query.format || query.format === 'json') return { ...report, projectedPosition };
    const table = directiveOutcomesTable(report.groupBy, report.groups, report.total);
    const name = `bao-cao-nhiem-vu-${period.from}-${period.to}`;
    if (query.format === 'xlsx') return spreadsheet(reply, 'xlsx', name, 'Kết quả thực hiện nhiệm vụ', projectedPosition, directiveOutcomesSheet(table));
    reply.header('x-projected-position', projectedPosition);
    return new StreamableFile(directiveReportPdf(report, table, this.clock().toISOString()), { type: 'application/pdf', disposition: `inline; filename="${name}.pdf"` });
  }

  @Get('briefing')
  @ApiOperation({ summary: 'The weekly briefing’s directives section (default this week): tasks given, due in the period and not done, overdue by lead agency, closed' })
  @Answers(DIRECTIVE_BRIEFING)
  async briefing(@Query() query: PeriodQuery) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'week', MAX_DAYS);
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { ...(await this.reports.briefing(period)), projectedPosition };
  }
}
