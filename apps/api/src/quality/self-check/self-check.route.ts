import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PROJECTION_NAMES, SelfCheckQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { report } from '../../http/answer-schemas';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { LEADER_ROLES } from '../../read-models/viewer';
import { QualityYearRequiredQuery } from '../quality-objectives/quality-objectives.query';

const N = PROJECTION_NAMES;

@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality/self-check')
export class SelfCheckRoute {
  private readonly selfCheck: SelfCheckQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.selfCheck = new SelfCheckQueries(dataSource, clock);
  }

  @Get()
  @ApiOperation({ summary: 'Danh mục tự kiểm tra (TT 26/2014/TT-BKHCN Điều 36) of `year`: each point with status met | not_met | partly, its evidence (counts, ids) and links to the web pages that show it' })
  @Answers(report('the self-check list of the year', { year: { type: 'integer' }, points: { type: 'array', items: { type: 'object' } }, summary: { type: 'object' } }))
  async read(@Query() query: QualityYearRequiredQuery) {
    const projectedPosition = await this.positions.reached(
      [N.procedureCatalogue, N.dossiers, N.processSteps, N.qualityLegalChanges, N.qualityNonconformities, N.qualityAudits, N.qualityReviews, N.qualityDeclarations, N.qualityObjectives],
      query.minPosition,
    );
    return { ...(await this.selfCheck.selfCheck(query.year)), projectedPosition };
  }
}
