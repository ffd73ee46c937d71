import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { calendarInForce, DossierStepComplianceQueries, PROJECTION_NAMES } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../auth/access.decorators';
import { CLOCK, type Clock } from '../commands/request-context';
import { resolvePeriod } from '../read-models/period';
import { ProjectionPositions } from '../read-models/projection-positions';
import { LEADER_ROLES } from '../read-models/viewer';
import { DossierComplianceQuery } from './onestop-reports.dto';
import { Answers } from '../http/open-api-schemas';
import { DOSSIER_COMPLIANCE } from '../http/answer-schemas';

/** As the documents' compliance figures: three years at most. */
const MAX_DAYS = 3 * 366;

/** ISO compliance of the dossiers' internal processes, beside `GET /api/iso/compliance` (the incoming-document process). */
@ApiTags('iso')
@ApiBearerAuth()
@Controller('api/iso')
export class DossierComplianceController {
  private readonly compliance: DossierStepComplianceQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.compliance = new DossierStepComplianceQueries(dataSource, clock);
  }

  @Get('compliance/dossiers')
  @Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
  @ApiOperation({ summary: 'Per step of the procedures’ processes (number, task), over the hand-overs of the period: count, early, on time, late, median and 90th-percentile working days' })
  @Answers(DOSSIER_COMPLIANCE)
  async figures(@Query() query: DossierComplianceQuery) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached([PROJECTION_NAMES.dossiers], query.minPosition);
    const procedureCode = query.procedureCode ?? null;
    return { period, procedureCode, calendar: calendarInForce().version, steps: await this.compliance.steps(period, procedureCode), projectedPosition };
  }
}
