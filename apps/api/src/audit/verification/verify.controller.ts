import { Controller, Get, Inject, NotFoundException, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parallelOver, verifyLog } from '@office/audit';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import type { BlobStore } from '@office/storage';
import { DataSource } from 'typeorm';
import { Roles } from '../../auth/access.decorators';
import { BLOB_STORE } from '../../attachments/attachments-runtime';
import { VerifyQuery } from '../audit-queries.dto';
import { verifyAttachedFiles } from './attached-files';
import { Answers } from '../../http/open-api-schemas';
import { VERIFICATION } from '../../http/answer-schemas';

/** Kiểm tra toàn vẹn: recomputes hash chains and checks the published digests, reading the log a page at a time. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/audit')
export class VerifyController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
    @Inject(BLOB_STORE) private readonly files: BlobStore,
  ) {}

  @Get('verify')
  @Roles('auditor')
  @ApiOperation({
    summary:
      'Recomputes every hash chain (or one stream\'s) and checks the digests; names the first event or stream head that does not match; 404 for a stream that does not exist. ' +
      '`files`: every attached file re-read and re-hashed against the hash its event recorded, each problem named (owner, attachment, `missing` or `mismatch`); `ok` covers both',
  })
  @Answers(VERIFICATION)
  async verify(@Query() query: VerifyQuery) {
    // "ok: true, 0 streams" for a mistyped stream would read as a clean bill of health.
    if (query.stream !== undefined && (await this.store.readStream(query.stream, { maxCount: 1 })).length === 0) {
      throw new NotFoundException(`Không có luồng sự kiện ${query.stream}`);
    }
    const [chains, files] = await Promise.all([
      verifyLog(this.store, { streamId: query.stream, heads: this.dataSource, parallel: parallelOver(this.dataSource) }),
      verifyAttachedFiles(this.store, this.files, { streamId: query.stream }),
    ]);
    return { ...chains, ok: chains.ok && files.ok, files };
  }
}

