import { PassThrough } from 'node:stream';
import { Controller, Get, Query, Res } from '@nestjs/common';
import { XlsxSheet } from '@office/audit';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { RegisterQuery } from '../read-model-query.dto';
import { LEADER_ROLES } from '../viewer';
import { incomingCsv, outgoingCsv, RegisterQueries, type RegisterRequest } from './register-queries';

/** Sổ đăng ký văn bản đến / đi (ND30 Appendix IV) as JSON (whole year or a page), CSV (UTF-8 with BOM, Vietnamese headers) or XLSX. */
@ApiTags('registers')
@ApiBearerAuth()
@Roles('clerk', ...LEADER_ROLES, 'auditor')
@Controller('api/registers')
export class RegistersController {
  constructor(private readonly registers: RegisterQueries) {}

  @Get('incoming')
  @ApiOperation({ summary: 'The incoming register of a year (voided numbers included); format=csv or xlsx for a spreadsheet of the whole year' })
  async incoming(@Query() query: RegisterQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const register = await this.registers.incoming(this.request(query), user, query.minPosition);
    if (!query.format || query.format === 'json') return register;
    return spreadsheet(reply, query.format, `so-van-ban-den-${register.year}-${register.series}`, 'Sổ văn bản đến', register.projectedPosition, incomingCsv(register.rows));
  }

  @Get('outgoing')
  @ApiOperation({ summary: 'The outgoing register of a year (voided numbers included); format=csv or xlsx for a spreadsheet of the whole year' })
  async outgoing(@Query() query: RegisterQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const register = await this.registers.outgoing(this.request(query), user, query.minPosition);
    if (!query.format || query.format === 'json') return register;
    return spreadsheet(reply, query.format, `so-van-ban-di-${register.year}-${register.series}`, 'Sổ văn bản đi', register.projectedPosition, outgoingCsv(register.rows));
  }

  /** Spreadsheets hold the whole year; JSON may be asked for one page. */
  private request(query: RegisterQuery): RegisterRequest {
    const json = !query.format || query.format === 'json';
    const page = json && (query.page !== undefined || query.pageSize !== undefined) ? { page: query.page ?? 1, pageSize: query.pageSize ?? DEFAULT_PAGE_SIZE } : undefined;
    return { year: query.year ?? this.registers.thisYear(), series: query.series ?? 'normal', page };
  }
}

const DEFAULT_PAGE_SIZE = 200;

function spreadsheet(reply: FastifyReply, format: 'csv' | 'xlsx', baseName: string, sheetName: string, projectedPosition: string, csv: string): string | PassThrough {
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
