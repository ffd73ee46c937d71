import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Text } from '../../documents/http/validators';
import { AnswersCommand } from '../../http/open-api-schemas';
import { PackageParams } from '../exchange-params';
import { ExchangeStreams } from '../exchange-streams';
import { StatusReactor } from '../watcher/status-reactor';

export class RefusePackageRequest {
  @Text(1, 2000, 'Văn bản gửi nhầm cơ quan') reason!: string;
}

@ApiTags('exchange')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the first response' })
@Controller('api/exchange/inbox')
export class RefusePackageRoute {
  constructor(
    private readonly streams: ExchangeStreams,
    private readonly reactor: StatusReactor,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Từ chối tiếp nhận (ND30 Art. 21): recorded, then the sender is told (status 02) at once, or by the watcher's next pass. */
  @Post(':id/refuse')
  @ApiOperation({ summary: 'Từ chối tiếp nhận (clerk) a received package, with a reason sent back to the sender; 409 ALREADY_REGISTERED, RECALLED_DOCUMENT_LOCKED' })
  @AnswersCommand()
  async refuse(@Param() { id }: PackageParams, @Body() body: RefusePackageRequest, @Req() request: AuthenticatedRequest) {
    const { revision } = await this.streams.incoming(id, { type: 'refuse', reason: body.reason }, contextOf(request, this.clock));
    await this.reactor.reportOne(id).catch(() => undefined);
    return { id, revision: revision.toString() };
  }
}
