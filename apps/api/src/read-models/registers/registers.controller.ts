import { PassThrough } from 'node:stream';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import { XlsxSheet } from '@office/audit';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { AccessRecorder } from '../../documents/access-recorder';
import { RegisterQuery } from '../read-model-query.dto';
import { LEADER_ROLES } from '../viewer';
import { incomingCsv, outgoingCsv, RegisterQueries, type RegisterRequest } from './register-queries';
import { AnswersJsonOrFile, CSV, XLSX } from '../../http/open-api-schemas';
import { REGISTER } from '../../http/answer-schemas';

/** Sổ đăng ký văn bản đến / đi (ND30 Appendix IV) as JSON (whole year or a page), CSV (UTF-8 with BOM, Vietnamese headers) or XLSX. */
@ApiTags('registers')
@ApiBearerAuth()
@Roles('clerk', ...LEADER_ROLES, 'auditor')
@Controller('api/registers')
export class RegistersController {
  constructor(
    private readonly registers: RegisterQueries,
    private readonly access: AccessRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('incoming')
  @ApiOperation({ summary: 'The incoming register of a year (voided numbers included); format=csv or xlsx for a spreadsheet of the whole year' })
  @AnswersJsonOrFile(REGISTER, 'the register as JSON, or the whole year as CSV or XLSX (format=csv|xlsx)', CSV, XLSX)
  async incoming(@Query() query: RegisterQuery, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const register = await this.registers.incoming(this.request(query), request.user!, query.minPosition);
    await this.recordRows(register.rows, request);
    if (!query.format || query.format === 'json') return register;
    return spreadsheet(reply, query.format, `so-van-ban-den-${register.year}-${register.series}`, 'Sổ văn bản đến', register.projectedPosition, incomingCsv(register.rows));
  }

  @Get('outgoing')
  @ApiOperation({ summary: 'The outgoing register of a year (voided numbers included); format=csv or xlsx for a spreadsheet of the whole year' })
  @AnswersJsonOrFile(REGISTER, 'the register as JSON, or the whole year as CSV or XLSX (format=csv|xlsx)', CSV, XLSX)
  async outgoing(@Query() query: RegisterQuery, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const register = await this.registers.outgoing(this.request(query), request.user!, query.minPosition);
    await this.recordRows(register.rows, request);
    if (!query.format || query.format === 'json') return register;
    return spreadsheet(reply, query.format, `so-van-ban-di-${register.year}-${register.series}`, 'Sổ văn bản đi', register.projectedPosition, outgoingCsv(register.rows));
  }

  /** DOMAIN.md §2: every confidential row shown (JSON, CSV or XLSX) is a read of that document; rows hidden from the reader carry no id. */
  private recordRows(rows: ReadonlyArray<{ documentId: string | null }>, request: AuthenticatedRequest): Promise<void> {
    return this.access.recordListed(rows.map((row) => row.documentId), contextOf(request, this.clock));
  }

  /** Spreadsheets hold the whole year; JSON may be asked for one page. */
  private request(query: RegisterQuery): RegisterRequest {
    const json = !query.format || query.format === 'json';
    const page = json && (query.page !== undefined || query.pageSize !== undefined) ? { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE } : undefined;
    return { year: query.year ?? this.registers.thisYear(), series: query.series ?? 'normal', page };
  }
}

const DEFAULT_PAGE_SIZE = 200;

/** Sends a register as a CSV or XLSX attachment (the sheet written from the same CSV cells). */
export function spreadsheet(reply: FastifyReply, format: 'csv' | 'xlsx', baseName: string, sheetName: string, projectedPosition: string, csv: string): string | PassThrough {
  reply.header('content-disposition', `attachment; filename="${baseName}.${format}"`);
  reply.header('x-projected-position', projectedPosition);
  if (format === 'csv') {
    reply.header('content-type', 'text/csv; charset=utf-8');
    return csv;
  }
  reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const body = new PassThrough();
  const sheet = new XlsxSheet(body, sheetName);
  sheet.add(csv);
  void sheet.finish().catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return body;
}
