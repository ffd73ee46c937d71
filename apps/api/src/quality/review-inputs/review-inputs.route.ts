import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { PROJECTION_NAMES, ReviewInputsQueries, reviewInputSummaries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { report } from '../../http/answer-schemas';
import { Answers } from '../../http/open-api-schemas';
import { ComplianceQueries } from '../../read-models/iso/compliance-queries';
import { resolvePeriod } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { PeriodQuery } from '../../read-models/read-model-query.dto';
import { LEADER_ROLES } from '../../read-models/viewer';

const N = PROJECTION_NAMES;
/** A review weighs a year, sometimes two (a review held early in the year looks back over the last). */
const MAX_DAYS = 2 * 366;

@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality/review-inputs')
export class ReviewInputsRoute {
  private readonly inputs: ReviewInputsQueries;

  constructor(
    dataSource: DataSource,
    private readonly compliance: ComplianceQueries,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.inputs = new ReviewInputsQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({
    summary: 'Đầu vào xem xét của lãnh đạo for `from`–`to` (default: this year to today): on-time rates per procedure and per document step, nonconformities opened/closed by source, audit findings by kind, legal changes and their clocks, satisfaction (766), the year’s objectives measured, and `summaries` per review topic for the minutes',
  })
  @Answers(report('the management review inputs of the period', { period: { type: 'object' }, procedures: { type: 'array', items: { type: 'object' } }, documentSteps: { type: 'array', items: { type: 'object' } }, documentStepsBasis: { type: 'object' }, summaries: { type: 'object' } }))
  async read(@Query() query: PeriodQuery) {
    const period = resolvePeriod(query, localDateOf(this.clock()), 'year', MAX_DAYS);
    const projectedPosition = await this.positions.reached(
      [N.dossiers, N.receptions, N.processSteps, N.qualityNonconformities, N.qualityAudits, N.qualityLegalChanges, N.qualityObjectives],
      query.minPosition,
    );
    // Per document step: the ISO compliance table itself, so the review reads the figures the compliance page shows.
    const [inputs, compliance] = await Promise.all([this.inputs.gather(period), this.compliance.compliance({ from: period.from, to: period.to })]);
    // Each step names its process (QT-VB-01 or QT-VB-02), version(s) and calendar, as the compliance table does.
    const documentSteps = compliance.steps.map(({ step, name, count, onTime, late, onTimeRate, basis }) => ({ step, name, count, onTime, late, onTimeRate, basis }));
    // The incoming-documents process's version(s) and calendar, as before; each step above names its own.
    return { ...inputs, documentSteps, documentStepsBasis: compliance.basis, summaries: reviewInputSummaries(inputs, documentSteps), projectedPosition };
  }
}
