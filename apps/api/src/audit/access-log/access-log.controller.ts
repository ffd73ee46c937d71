import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ACCESS_LOG_PROJECTION, listAccessLog } from '@office/audit';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { checkDayRange } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { AccessLogQuery } from '../audit-queries.dto';
import { Answers } from '../../http/open-api-schemas';
import { ACCESS_LOG } from '../../http/answer-schemas';

/** Nhật ký truy cập: every recorded read (auditors' reads, reads of confidential documents), newest first. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit/access-log')
export class AccessLogController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly positions: ProjectionPositions,
  ) {}

  @Get()
  @Roles('auditor')
  @ApiOperation({ summary: 'Recorded reads filtered by day range (Asia/Ho_Chi_Minh), reader and document, from the access-log.v1 read model' })
  @Answers(ACCESS_LOG)
  async list(@Query() query: AccessLogQuery) {
    checkDayRange('from', query.from, 'to', query.to);
    await this.positions.reached([ACCESS_LOG_PROJECTION], query.minPosition);
    return listAccessLog(this.dataSource, {
      from: query.from,
      to: query.to,
      userId: query.userId,
      documentId: query.documentId,
      page: query.page ?? 1,
      pageSize: query.pageSize ?? 100,
    });
  }
}
