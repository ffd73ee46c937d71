import { Inject, Injectable } from '@nestjs/common';
import { documentStreamName, statusesToReport } from '@office/domain';
import { EVENT_STORE, type EventStore } from '@office/event-store';
import type { ExchangeQueries } from '@office/read-models';
import { ExchangeMessages } from '../exchange-messages';
import { ExchangeStreams } from '../exchange-streams';
import { EXCHANGE_QUERIES } from '../read/exchange-queries.provider';

/**
 * Keeps each sender told (QCVN 102:2016 statuses, research/next-domains.md §E.3): đã đến for a
 * package not yet acknowledged, từ chối for a refused one, and for a registered one each status its
 * document's history has reached (đã tiếp nhận, phân công, đang xử lý, hoàn thành). It works from
 * the stores, not from memory: restarted, it finds what is left to send; run twice, the statuses
 * recorded as sent are not sent again (and a status sent twice is recorded once by the sender).
 */
@Injectable()
export class StatusReactor {
  constructor(
    @Inject(EXCHANGE_QUERIES) private readonly queries: ExchangeQueries,
    private readonly streams: ExchangeStreams,
    private readonly messages: ExchangeMessages,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async report(): Promise<void> {
    for (const { id } of await this.queries.toReport()) await this.reportOne(id);
  }

  async reportOne(packageId: string): Promise<void> {
    const state = await this.streams.incomingState(packageId);
    if (state.status === 'none' || state.status === 'rejected') return;
    await this.messages.sendStatus(state, 'arrived');
    if (state.status === 'refused') await this.messages.sendStatus(state, 'refused', state.refusal?.reason);
    if (state.documentId === null || state.recall !== null) return;
    const history = await this.store.readStream(documentStreamName(state.documentId));
    const sent = (await this.streams.incomingState(packageId)) as typeof state;
    for (const status of statusesToReport(history.map((e) => e.type), sent.statusesSent)) await this.messages.sendStatus(sent, status);
  }
}
