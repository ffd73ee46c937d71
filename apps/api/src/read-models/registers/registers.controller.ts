import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../auth/access.decorators';
import { CurrentUser, type AuthenticatedUser } from '../../auth/authenticated-user';
import { ValidationFailedException } from '../../http/validation';
import { RegisterQuery } from '../read-model-query.dto';
import { LEADER_ROLES } from '../viewer';
import { incomingCsv, outgoingCsv, RegisterQueries } from './register-queries';

/** Sổ đăng ký văn bản đến / đi (ND30 Appendix IV) as JSON or CSV (UTF-8 with BOM, Vietnamese headers). */
@ApiTags('registers')
@ApiBearerAuth()
@Roles('clerk', ...LEADER_ROLES, 'auditor')
@Controller('api/registers')
export class RegistersController {
  constructor(private readonly registers: RegisterQueries) {}

  @Get('incoming')
  @ApiOperation({ summary: 'The incoming register of a year (voided numbers included); format=csv for a spreadsheet' })
  async incoming(@Query() query: RegisterQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const format = checkedFormat(query);
    const register = await this.registers.incoming(this.request(query), user, query.minPosition);
    if (format === 'json') return register;
    return csvReply(reply, `so-van-ban-den-${register.year}-${register.series}.csv`, register.projectedPosition, incomingCsv(register.rows));
  }

  @Get('outgoing')
  @ApiOperation({ summary: 'The outgoing register of a year (voided numbers included); format=csv for a spreadsheet' })
  async outgoing(@Query() query: RegisterQuery, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) reply: FastifyReply) {
    const format = checkedFormat(query);
    const register = await this.registers.outgoing(this.request(query), user, query.minPosition);
    if (format === 'json') return register;
    return csvReply(reply, `so-van-ban-di-${register.year}-${register.series}.csv`, register.projectedPosition, outgoingCsv(register.rows));
  }

  private request(query: RegisterQuery) {
    return { year: query.year ?? this.registers.thisYear(), series: query.series ?? 'normal' };
  }
}

function checkedFormat(query: RegisterQuery): 'json' | 'csv' {
  if (query.format === 'xlsx') {
    // exceljs is not installed in this build; refuse clearly rather than send something else.
    throw new ValidationFailedException([{ field: 'format', message: 'Máy chủ này chưa hỗ trợ xuất xlsx (thiếu thư viện exceljs); hãy dùng format=csv' }]);
  }
  return query.format ?? 'json';
}

function csvReply(reply: FastifyReply, filename: string, projectedPosition: string, body: string): string {
  reply.header('content-type', 'text/csv; charset=utf-8');
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  reply.header('x-projected-position', projectedPosition);
  return body;
}
