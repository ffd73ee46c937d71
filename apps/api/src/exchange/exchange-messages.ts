import { Inject, Injectable } from '@nestjs/common';
import { EXCHANGE_STATUS_LABELS, type ExchangeStatus, type IncomingPackageState } from '@office/domain';
import { STATUS_CODES, writeEdxml } from '@office/exchange';
import { CLOCK, type Clock } from '../commands/request-context';
import { EXCHANGE, requireExchange, type ExchangeRuntime } from './exchange-runtime';
import { ExchangeStreams } from './exchange-streams';
import { systemContext } from './exchange-system';

type Arrived = Extract<IncomingPackageState, { status: 'arrived' | 'registered' | 'refused' }>;

/**
 * Statuses back to a package's sender (QCVN 102:2016 status messages): the message is written first,
 * then recorded as sent. A crash between the two sends it again, under the same name
 * (`<packageId>.<code>`), which the sender records once.
 */
@Injectable()
export class ExchangeMessages {
  constructor(
    @Inject(EXCHANGE) private readonly runtime: ExchangeRuntime | null,
    private readonly streams: ExchangeStreams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async sendStatus(state: Arrived, status: ExchangeStatus, description = EXCHANGE_STATUS_LABELS[status]): Promise<void> {
    if (state.statusesSent.includes(status)) return;
    const { exchange } = requireExchange(this.runtime);
    const now = this.clock();
    const xml = writeEdxml({
      kind: 'status',
      from: exchange.self,
      to: state.from,
      responseFor: { organId: state.from.organId, code: state.symbol, promulgationDate: state.promulgationDate, documentId: state.packageId },
      status,
      description,
      timestamp: now.toISOString(),
      staff: { department: 'Văn thư', name: exchange.self.organName },
    });
    await exchange.sendStatus(state.from.organId, `${state.packageId}.${STATUS_CODES[status]}`, xml);
    await this.streams.incoming(state.packageId, { type: 'status-sent', status, description }, systemContext(now, `status-${state.packageId}-${status}`));
  }
}
