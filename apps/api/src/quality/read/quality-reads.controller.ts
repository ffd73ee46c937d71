import { Controller, Get, Inject, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NcProposalQueries, PROJECTION_NAMES, QualityQueries } from '@office/read-models';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { LEADER_ROLES } from '../../read-models/viewer';
import { QualityParams } from '../quality-params';
import { LegalChangeListQuery, NonconformityListQuery, QualityYearQuery } from './quality-read-query.dto';
import { Answers } from '../../http/open-api-schemas';
import { QUALITY_QUEUE, qualityList, report } from '../../http/answer-schemas';

const N = PROJECTION_NAMES;

/**
 * The quality system's registers (DOMAIN.md §7) for the ISO secretary, leaders and auditors: the
 * secretary's queue with every clock, the legal-change log, the NC/CA log, audits, reviews and
 * declarations. Each record is served as the domain folded it; clocks as of today.
 */
@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality')
export class QualityReadsController {
  private readonly quality: QualityQueries;
  private readonly proposals: NcProposalQueries;

  constructor(
    dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) clock: Clock,
  ) {
    this.quality = new QualityQueries(dataSource, clock);
    this.proposals = new NcProposalQueries(dataSource, clock);
  }

  private reached(names: string[], query: ReadModelQuery): Promise<string> {
    return this.positions.reached(names, query.minPosition);
  }

  @Get('queue')
  @ApiOperation({ summary: 'Hàng việc thư ký ISO: legal changes and corrective actions due within 30 days or overdue, the yearly audit and review warnings (from 1 October), and `openNcProposals` (late dossiers and steps awaiting a decision)' })
  @Answers(QUALITY_QUEUE)
  async queue(@Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityLegalChanges, N.qualityNonconformities, N.qualityAudits, N.qualityReviews, N.qualityNcProposals, N.dossiers, N.processSteps], query);
    return { ...(await this.quality.queue()), openNcProposals: await this.proposals.openCount(), projectedPosition };
  }

  @Get('legal-changes')
  @ApiOperation({ summary: 'Sổ theo dõi cập nhật văn bản pháp luật: each change with its procedures, assessment, incorporations and 3-month clock' })
  @Answers(qualityList('a legal change with its procedures, assessment, incorporations and 3-month clock'))
  async legalChanges(@Query() query: LegalChangeListQuery) {
    const projectedPosition = await this.reached([N.qualityLegalChanges], query);
    return { items: await this.quality.legalChanges({ year: query.year, status: query.status }), projectedPosition };
  }

  @Get('legal-changes/:id')
  @ApiOperation({ summary: 'One legal change with its clock (404 if unknown)' })
  @Answers(report('a legal change with its clock'))
  async legalChange(@Param() { id }: QualityParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityLegalChanges], query);
    return { ...(await this.quality.legalChange(id)), projectedPosition };
  }

  @Get('nonconformities')
  @ApiOperation({ summary: 'Sổ theo dõi điểm không phù hợp và hành động khắc phục: source, clause, root cause, actions with owner and due date, verification, closing' })
  @Answers(qualityList('a nonconformity: source, clause, root cause, actions, verification, closing'))
  async nonconformities(@Query() query: NonconformityListQuery) {
    const projectedPosition = await this.reached([N.qualityNonconformities], query);
    return { items: await this.quality.nonconformities({ status: query.status, source: query.source }), projectedPosition };
  }

  @Get('nonconformities/:id')
  @ApiOperation({ summary: 'One nonconformity with every corrective action (404 if unknown)' })
  @Answers(report('a nonconformity with every corrective action'))
  async nonconformity(@Param() { id }: QualityParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityNonconformities], query);
    return { ...(await this.quality.nonconformity(id)), projectedPosition };
  }

  @Get('audits')
  @ApiOperation({ summary: 'The internal audit programme of `year` (default: every year): plan, approval, checklist, report, closing' })
  @Answers(qualityList('an internal audit: plan, approval, checklist, report, closing'))
  async audits(@Query() query: QualityYearQuery) {
    const projectedPosition = await this.reached([N.qualityAudits], query);
    return { items: await this.quality.audits({ year: query.year }), projectedPosition };
  }

  @Get('audits/:id')
  @ApiOperation({ summary: 'One internal audit (404 if unknown)' })
  @Answers(report('an internal audit'))
  async audit(@Param() { id }: QualityParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityAudits], query);
    return { ...(await this.quality.audit(id)), projectedPosition };
  }

  @Get('reviews')
  @ApiOperation({ summary: 'Management-review minutes of `year` with the head’s confirmation of effectiveness' })
  @Answers(qualityList('a management review'))
  async reviews(@Query() query: QualityYearQuery) {
    const projectedPosition = await this.reached([N.qualityReviews], query);
    return { items: await this.quality.reviews({ year: query.year }), projectedPosition };
  }

  @Get('reviews/:id')
  @ApiOperation({ summary: 'One management review (404 if unknown)' })
  @Answers(report('a management review'))
  async review(@Param() { id }: QualityParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityReviews], query);
    return { ...(await this.quality.review(id)), projectedPosition };
  }

  @Get('declarations')
  @ApiOperation({ summary: 'Conformity declarations with their notice to Sở KH&CN and posting, newest first' })
  @Answers(qualityList('a declaration of conformity'))
  async declarations(@Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityDeclarations], query);
    return { items: await this.quality.declarations(), projectedPosition };
  }

  @Get('declarations/:id')
  @ApiOperation({ summary: 'One conformity declaration (404 if unknown)' })
  @Answers(report('a declaration of conformity'))
  async declaration(@Param() { id }: QualityParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.reached([N.qualityDeclarations], query);
    return { ...(await this.quality.declaration(id)), projectedPosition };
  }
}
