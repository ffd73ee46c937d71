import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PROJECTION_NAMES } from '@office/read-models';
import type { FastifyReply } from 'fastify';
import { catalogueWorkbook, XLSX_CONTENT_TYPE } from '../catalogue-sheet';
import { ExportCatalogueHandler } from './export-catalogue.handler';
import { ExportCatalogueQuery } from './export-catalogue.request';
import { AnswersJsonOrFile, XLSX } from '../../http/open-api-schemas';
import { CATALOGUE_EXPORT } from '../../http/answer-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class ExportCatalogueRoute {
  constructor(
    private readonly catalogue: ExportCatalogueHandler,
    private readonly positions: ProjectionPositions,
  ) {}

  /** Xuất danh mục TTHC (any staff): one row per version, as JSON `{rows}` or an XLSX sheet the import reads back. */
  @Get('export')
  @ApiOperation({ summary: 'Addition to API.md: the whole catalogue, one row per version, as JSON or XLSX (the layout the import reads)' })
  @ApiProduces('application/json', XLSX_CONTENT_TYPE)
  @AnswersJsonOrFile(CATALOGUE_EXPORT, 'JSON {count, rows}, or an XLSX sheet (format=xlsx)', XLSX)
  async export(@Query() { format, minPosition }: ExportCatalogueQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.positions.reached([PROJECTION_NAMES.procedureCatalogue], minPosition);
    const rows = await this.catalogue.rows();
    if (format !== 'xlsx') return { count: rows.length, rows };
    reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', 'attachment; filename="danh-muc-tthc.xlsx"');
    return catalogueWorkbook(rows);
  }
}
