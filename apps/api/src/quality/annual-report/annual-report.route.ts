import { Controller, Get, Inject, Query, Res, ServiceUnavailableException, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { localDateOf } from '@office/domain';
import { annualQualityReportPdf, DEMO_OFFICE, PdfFontMissingError, resolvePdfFont } from '@office/forms';
import { declarationScopeWarning, OrganisationDirectory, PROJECTION_NAMES } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { qualityFiguresOf } from '../../audit/evidence/quality-parts';
import { CLOCK, type Clock } from '../../commands/request-context';
import { report } from '../../http/answer-schemas';
import { AnswersJsonOrFile, PDF } from '../../http/open-api-schemas';
import { ComplianceQueries } from '../../read-models/iso/compliance-queries';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { LEADER_ROLES } from '../../read-models/viewer';
import { annualQualityReport } from './annual-report';
import { AnnualReportQuery } from './annual-report.query.dto';

const N = PROJECTION_NAMES;
const READS = [N.qualityLegalChanges, N.qualityNonconformities, N.qualityAudits, N.qualityReviews, N.qualityDeclarations, N.procedureCatalogue, N.dossiers, N.processSteps];

const ANNUAL_REPORT = report('the December report: scope, processes in force, legal changes with their clocks, audits, reviews, nonconformities, declarations, performance, proposals');

/** The December report to the province (QĐ 19/2014 Art. 12, TT 26/2014): for the ISO secretary to send, leaders and auditors to read. */
@ApiTags('quality')
@ApiBearerAuth()
@Roles('iso_secretary', ...LEADER_ROLES, 'auditor')
@Controller('api/quality')
export class AnnualReportRoute {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
    private readonly compliance: ComplianceQueries,
    private readonly directory: OrganisationDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('annual-report')
  @ApiOperation({ summary: 'Báo cáo tình hình áp dụng, duy trì và cải tiến HTQLCL of `year` (default this year), due each December: JSON, or format=pdf for the signed copy (national header)' })
  @ApiProduces('application/json', PDF)
  @AnswersJsonOrFile(ANNUAL_REPORT, 'the December report', PDF)
  async annualReport(@Query() query: AnnualReportQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const now = this.clock();
    const today = localDateOf(now);
    const year = query.year ?? Number(today.slice(0, 4));
    const period = { from: `${year}-01-01`, to: `${year}-12-31` };
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const [figures, documents, scopeChange, organisation] = await Promise.all([
      qualityFiguresOf(this.dataSource, this.clock, period),
      this.compliance.compliance({ from: period.from, to: period.to }),
      // The renewal is a matter of today, not of a past year's end.
      year === Number(today.slice(0, 4)) ? declarationScopeWarning(this.dataSource, today) : Promise.resolve(null),
      this.directory.organisation(),
    ]);
    const me = organisation.users.find((u) => u.id === user.id);
    const answer = annualQualityReport({ year, figures, documentSteps: documents.steps, documentProcesses: documents.processes, scopeChange, organisation, preparedBy: me?.fullName ?? user.username, now });
    if (query.format !== 'pdf') return { ...answer, projectedPosition };
    let pdf;
    try {
      pdf = annualQualityReportPdf(answer, DEMO_OFFICE, resolvePdfFont(process.env, 'serif'));
    } catch (error) {
      if (error instanceof PdfFontMissingError) throw new ServiceUnavailableException(error.message);
      throw error;
    }
    reply.header('x-projected-position', projectedPosition);
    return new StreamableFile(pdf, { type: PDF, disposition: `inline; filename="bao-cao-iso-nam-${year}.pdf"` });
  }
}
