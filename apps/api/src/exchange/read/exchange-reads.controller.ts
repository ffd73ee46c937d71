import { Controller, Get, Inject, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { EXCHANGE_STATUS_LABELS, type ExchangeStatus } from '@office/domain';
import { PROJECTION_NAMES, type ExchangeQueries } from '@office/read-models';
import { Roles } from '../../auth/access.decorators';
import { CLOCK, type Clock } from '../../commands/request-context';
import { EXCHANGE_AGENCIES, EXCHANGE_INBOX, EXCHANGE_OUTBOX, EXCHANGE_STATUS_TRAIL } from '../../http/answer-schemas';
import { Answers } from '../../http/open-api-schemas';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { ReadModelQuery } from '../../read-models/read-model-query.dto';
import { PackageParams } from '../exchange-params';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from '../exchange-runtime';
import { EXCHANGE_QUERIES } from './exchange-queries.provider';

const READS = [PROJECTION_NAMES.exchange];
const labelled = <T extends { status: string }>(items: T[]) => items.map((item) => ({ ...item, statusLabel: EXCHANGE_STATUS_LABELS[item.status as ExchangeStatus] ?? item.status }));

/** The clerk's exchange pages (liên thông văn bản): the agencies one can send to, the outbox with its status trail, the inbox. */
@ApiTags('exchange')
@ApiBearerAuth()
@Roles('clerk', 'office_chief', 'auditor')
@Controller('api/exchange')
export class ExchangeReadsController {
  constructor(
    @Inject(EXCHANGE_QUERIES) private readonly queries: ExchangeQueries,
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly positions: ProjectionPositions,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('agencies')
  @ApiOperation({ summary: 'This office on the exchange and the agencies it can send to' })
  @Answers(EXCHANGE_AGENCIES)
  async agencies() {
    const { exchange } = requireExchange(this.runtime);
    const all = await exchange.agencies();
    return { self: exchange.self, agencies: all.filter((a) => a.organId !== exchange.self.organId) };
  }

  @Get('outbox')
  @ApiOperation({ summary: 'Packages sent, newest first, each with the statuses its receivers reported' })
  @Answers(EXCHANGE_OUTBOX)
  async outbox(@Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { items: await this.queries.outbox(), projectedPosition };
  }

  @Get('outbox/:id/statuses')
  @ApiOperation({ summary: 'The status trail of one sent package: each receiver’s statuses in the order they came (đã đến, đã tiếp nhận, phân công …)' })
  @Answers(EXCHANGE_STATUS_TRAIL)
  async statuses(@Param() { id }: PackageParams, @Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    const item = await this.queries.outgoing(id);
    if (!item) throw new NotFoundException(`Không tìm thấy gói tin đã gửi ${id}`);
    return { id, recipients: item.recipients, statuses: labelled(item.reported), recalledAt: item.recalledAt, projectedPosition };
  }

  @Get('inbox')
  @ApiOperation({ summary: 'Packages received, newest first: those awaiting registration with their acknowledgement due (overdue when not sent the same working day), registered, refused, recalled, and those refused by the schema with the reason' })
  @Answers(EXCHANGE_INBOX)
  async inbox(@Query() query: ReadModelQuery) {
    const projectedPosition = await this.positions.reached(READS, query.minPosition);
    return { items: await this.queries.inbox(this.clock()), projectedPosition };
  }
}
