import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Text } from '../../documents/http/validators';
import { AnswersCommand } from '../../http/open-api-schemas';
import { PackageDelivery } from '../delivery/package-delivery';
import { PackageParams } from '../exchange-params';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from '../exchange-runtime';
import { ExchangeStreams } from '../exchange-streams';

export class RecallPackageRequest {
  @Text(1, 2000, 'Văn bản ban hành sai thể thức') reason!: string;
}

@ApiTags('exchange')
@ApiBearerAuth()
@ApiHeader({ name: 'Idempotency-Key', required: false, description: 'a retry with the same key answers the first response' })
@Controller('api/exchange/outbox')
export class RecallPackageRoute {
  constructor(
    private readonly streams: ExchangeStreams,
    private readonly delivery: PackageDelivery,
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Thu hồi (ND30 Art. 21): recorded, then the same package goes again to each receiver marked as a
   * recall (edXML Bussiness type 1, with the reason, without its files; PackageDelivery, retried until
   * delivered); a receiver locks the document.
   */
  @Post(':id/recall')
  @ApiOperation({ summary: 'Thu hồi (clerk) a sent package: each receiver locks the document (RECALLED_DOCUMENT_LOCKED); 409 ALREADY_RECALLED' })
  @AnswersCommand()
  async recall(@Param() { id }: PackageParams, @Body() body: RecallPackageRequest, @Req() request: AuthenticatedRequest) {
    requireExchange(this.runtime);
    const { revision, state } = await this.streams.outgoing(id, { type: 'recall', reason: body.reason }, contextOf(request, this.clock));
    if (state.status !== 'none') await this.delivery.deliver(id);
    return { id, revision: revision.toString() };
  }
}
