import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROJECTION_NAMES, QualityObjectivesQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { report } from '../../http/answer-schemas';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { LEADER_ROLES } from '../../read-models/viewer';
import { QualityYearRequiredQuery } from './quality-objectives.query';

const N = PROJECTION_NAMES;

@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality/objectives')
export class QualityObjectivesRoute {
  private readonly objectives: QualityObjectivesQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.objectives = new QualityObjectivesQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({ summary: 'Chính sách và mục tiêu chất lượng of `year`: each objective with its measured value (as of the year’s end, or today while it runs), target and status met | not_met | no_data' })
  @Answers(report('the year’s policy and objectives, measured', { year: { type: 'integer' }, objectives: { type: 'array', items: { type: 'object' } } }))
  async read(@Query() query: QualityYearRequiredQuery) {
    const projectedPosition = await this.positions.reached([N.qualityObjectives, N.dossiers, N.processSteps, N.qualityNonconformities, N.qualityLegalChanges], query.minPosition);
    return { ...(await this.objectives.objectives(query.year)), projectedPosition };
  }
}
