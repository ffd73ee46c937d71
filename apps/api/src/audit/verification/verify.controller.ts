import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { verifyLog } from '@office/audit';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { VerifyQuery } from '../audit-queries.dto';

/** Kiểm tra toàn vẹn: recomputes hash chains and checks the published digests, reading the log a page at a time. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class VerifyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({ summary: 'Recomputes every hash chain (or one stream\'s) and checks the digests; names the first event or stream head that does not match; 404 for a stream that does not exist' })
  async verify(@Query() query: VerifyQuery) {
    // "ok: true, 0 streams" for a mistyped stream would read as a clean bill of health.
    if (query.stream !== undefined && (await this.store.readStream(query.stream, { maxCount: 1 })).length === 0) {
      throw new NotFoundException(`Không có luồng sự kiện ${query.stream}`);
    }
    return verifyLog(this.store, { streamId: query.stream, heads: this.dataSource });
  }
}
