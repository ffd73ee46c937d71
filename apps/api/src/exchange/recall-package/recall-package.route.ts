import { Body, Controller, Inject, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BlobStore } from '@office/storage';
import { readEdxml, writeEdxml } from '@office/exchange';
import { BLOB_STORE } from '../../attachments/attachments-runtime';
import type { AuthenticatedRequest } from '../../auth/authenticated-user';
import { CLOCK, contextOf, type Clock } from '../../commands/request-context';
import { Text } from '../../documents/http/validators';
import { AnswersCommand } from '../../http/open-api-schemas';
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
    @Inject(BLOB_STORE) private readonly blobs: BlobStore,
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Thu hồi (ND30 Art. 21): recorded, then the same package goes again to each receiver marked as a
   * recall (edXML Bussiness type 1, with the reason, without its files); a receiver locks the document.
   */
  @Post(':id/recall')
  @ApiOperation({ summary: 'Thu hồi (clerk) a sent package: each receiver locks the document (RECALLED_DOCUMENT_LOCKED); 409 ALREADY_RECALLED' })
  @AnswersCommand()
  async recall(@Param() { id }: PackageParams, @Body() body: RecallPackageRequest, @Req() request: AuthenticatedRequest) {
    const { exchange } = requireExchange(this.runtime);
    const context = contextOf(request, this.clock);
    const { revision, state } = await this.streams.outgoing(id, { type: 'recall', reason: body.reason }, context);
    if (state.status === 'none') return { id, revision: revision.toString() };
    const original = await this.blobs.get(state.packageSha256);
    if (original) {
      const chunks: Buffer[] = [];
      for await (const chunk of original) chunks.push(chunk as Buffer);
      const sent = readEdxml(Buffer.concat(chunks).toString('utf8'));
      if (sent.kind === 'document') {
        const recall = writeEdxml({ ...sent, business: { type: 'recall', reason: body.reason }, attachments: [], trace: [...sent.trace, { organId: exchange.self.organId, timestamp: context.now }] });
        for (const to of state.to) await exchange.sendPackage(to.organId, `${id}.recall`, recall);
      }
    }
    return { id, revision: revision.toString() };
  }
}
