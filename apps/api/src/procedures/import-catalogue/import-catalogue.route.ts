import { Body, Controller, Inject, Post, Query, Req, Res, type PipeTransform } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { createValidationPipe } from '../../http/validation';
import { catalogueRowsOfWorkbook, XLSX_CONTENT_TYPE } from '../catalogue-sheet';
import { ImportCatalogueCommand, type CatalogueImported } from './import-catalogue.handler';
import { ImportCatalogueQuery, ImportCatalogueRequest, MAX_IMPORT_ROWS } from './import-catalogue.request';
import { UploadedWorkbook } from './uploaded-workbook';
import { Answers, AnswersCreated } from '../../http/open-api-schemas';
import { CATALOGUE_IMPORTED } from '../../http/answer-schemas';

/** The body as rows: an uploaded workbook read sheet-wise, or JSON validated as ImportCatalogueRequest. */
class CatalogueRowsPipe implements PipeTransform<unknown, Promise<Array<Record<string, unknown>>>> {
  private readonly validation = createValidationPipe();

  async transform(body: unknown): Promise<Array<Record<string, unknown>>> {
    if (body instanceof UploadedWorkbook) {
      const rows = (await catalogueRowsOfWorkbook(body.bytes)) as unknown as Array<Record<string, unknown>>;
      return (await this.validation.transform({ rows }, { type: 'body', metatype: ImportCatalogueRequest })).rows;
    }
    const request: ImportCatalogueRequest = await this.validation.transform(body ?? {}, { type: 'body', metatype: ImportCatalogueRequest });
    return request.rows;
  }
}

@ApiTags('procedures')
@ApiBearerAuth()
@Controller('api/procedures')
export class ImportCatalogueRoute {
  constructor(
    private readonly commands: CommandBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Nhập danh mục TTHC (ISO secretary) from JSON `{rows}` or an XLSX upload (the export's
   * layout). `dryRun=true` answers 200 with every row that would be refused and writes nothing;
   * otherwise 201 once everything is written, or 422 CATALOGUE_ROWS_REFUSED with
   * `details.refused[]` and nothing written.
   */
  @Post('import')
  @ApiOperation({ summary: 'Addition to API.md: import the catalogue (ISO secretary) from JSON {rows} or an XLSX upload; dryRun=true lists every refused row and writes nothing' })
  @ApiConsumes('application/json', XLSX_CONTENT_TYPE)
  @ApiBody({ type: ImportCatalogueRequest, description: `JSON, or an XLSX file of at most ${MAX_IMPORT_ROWS} rows` })
  @AnswersCreated(CATALOGUE_IMPORTED, 'every row written')
  @Answers(CATALOGUE_IMPORTED, 'dryRun=true: the rows that would be refused; nothing written')
  async import(
    @Body(CatalogueRowsPipe) rows: Array<Record<string, unknown>>,
    @Query() { dryRun }: ImportCatalogueQuery,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CatalogueImported> {
    const result: CatalogueImported = await this.commands.execute(new ImportCatalogueCommand(rows, dryRun === 'true', contextOf(request, this.clock)));
    if (result.dryRun) reply.status(200);
    return result;
  }
}
