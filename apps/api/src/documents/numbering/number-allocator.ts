import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import {
  decideNumberSeries, evolveNumberSeries, initialNumberSeriesState, numberingStreamName, reservedNumberOf,
  type NumberSeriesCommand, type NumberSeriesEvent, type NumberSeriesKey, type NumberSeriesState,
} from '@office/domain';
import { isConnectionLoss, WrongExpectedVersionError, type EventStore } from '@office/event-store';
import { envelope, type CommandContext } from '../../commands/command-context';

type Request =
  | { kind: 'reserve'; documentId: string; context: CommandContext; resolve(n: number): void; reject(e: unknown): void }
  | { kind: 'use'; number: number; documentId: string; context: CommandContext }
  | { kind: 'void'; number: number; reason: string; context: CommandContext };

interface Series {
  key: NumberSeriesKey;
  stream: string;
  state: NumberSeriesState;
  revision: bigint | null;
  /** When each open reservation was made, to tell an abandoned one from one in flight. */
  reservedAt: Map<number, string>;
  queue: Request[];
  flushing?: Promise<void>;
}

const MAX_ATTEMPTS = 50;

/**
 * Hands out yearly numbers (ND30 Art. 15, 22) without gaps or duplicates. Requests for one series
 * are queued and written together: one append to the series stream per round, whatever the number
 * of clerks registering at once (group commit), with an exact expected revision so that several API
 * instances can share a series. A number whose document was never written is voided, never skipped.
 */
export class NumberAllocator {
  private readonly logger = new Logger('NumberAllocator');
  private readonly series = new Map<string, Series>();

  constructor(private readonly store: EventStore) {}

  /**
   * Lets `write` decide and record the document, handing it `take`, which reserves the next number
   * the first time it is called (later calls answer the same number: a decision taken again after
   * a lost race stamps the number it already holds). A write refused before it takes a number takes
   * none. Once taken, the number is closed when `write` ends: used, or voided with the reason if it
   * failed (unless the store went away: see below), and the error goes on.
   */
  async afterDecision<T>(key: NumberSeriesKey, documentId: string, context: CommandContext, write: (take: () => Promise<number>) => Promise<T>): Promise<T> {
    let taken: Promise<number> | undefined;
    let number: number | undefined;
    const take = () => (taken ??= this.reserve(key, documentId, context).then((reserved) => (number = reserved)));
    try {
      const result = await write(take);
      if (number !== undefined) this.markUsed(key, number, documentId, context);
      return result;
    } catch (error) {
      // The store went away mid-write: the document may be written all the same. The reservation
      // stays open for the reconciler, which uses or voids it once it can see which.
      if (number !== undefined && !isConnectionLoss(error)) {
        this.markVoid(key, number, `Không ghi được văn bản mang số này: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500), context);
      }
      throw error;
    }
  }

  reserve(key: NumberSeriesKey, documentId: string, context: CommandContext): Promise<number> {
    return new Promise((resolve, reject) => this.enqueue(key, { kind: 'reserve', documentId, context, resolve, reject }));
  }

  /** The document is written: close the reservation (in the next round, not awaited). */
  markUsed(key: NumberSeriesKey, number: number, documentId: string, context: CommandContext): void {
    this.enqueue(key, { kind: 'use', number, documentId, context });
  }

  /** The document will not be written: the number is voided with its reason. */
  markVoid(key: NumberSeriesKey, number: number, reason: string, context: CommandContext): void {
    this.enqueue(key, { kind: 'void', number, reason, context });
  }

  /** Waits until every queued request is written (tests, shutdown). */
  async drain(): Promise<void> {
    for (const series of this.series.values()) while (series.flushing) await series.flushing;
  }

  /**
   * Settles reservations left open by a crash: used if the document exists, else voided.
   * Only reservations older than `olderThanMs` are touched: younger ones may be in flight elsewhere.
   */
  async reconcile(key: NumberSeriesKey, context: CommandContext, olderThanMs: number, documentExists: (documentId: string, number: number) => Promise<boolean>): Promise<{ used: number; voided: number }> {
    const series = this.seriesOf(key);
    await this.catchUp(series);
    const cutoff = Date.parse(context.now) - olderThanMs;
    const settled = { used: 0, voided: 0 };
    if (series.state.status !== 'active') return settled;
    for (const [numberText, documentId] of Object.entries(series.state.reserved)) {
      const number = Number(numberText);
      if (Date.parse(series.reservedAt.get(number) ?? context.now) > cutoff) continue;
      if (await documentExists(documentId, number)) {
        this.markUsed(key, number, documentId, context);
        settled.used++;
      } else {
        this.markVoid(key, number, 'Đăng ký bị gián đoạn: số đã cấp nhưng văn bản không được ghi', context);
        settled.voided++;
      }
    }
    await this.drain();
    return settled;
  }

  private enqueue(key: NumberSeriesKey, request: Request): void {
    const series = this.seriesOf(key);
    series.queue.push(request);
    this.kick(series);
  }

  private kick(series: Series): void {
    if (series.flushing || series.queue.length === 0) return;
    series.flushing = this.flush(series).finally(() => {
      series.flushing = undefined;
      this.kick(series);
    });
  }

  private seriesOf(key: NumberSeriesKey): Series {
    const stream = numberingStreamName(key);
    let series = this.series.get(stream);
    if (!series) {
      series = { key, stream, state: initialNumberSeriesState, revision: null, reservedAt: new Map(), queue: [] };
      this.series.set(stream, series);
    }
    return series;
  }

  private async flush(series: Series): Promise<void> {
    while (series.queue.length > 0) {
      const round = series.queue.splice(0);
      try {
        await this.writeRound(series, round);
      } catch (error) {
        for (const request of round) if (request.kind === 'reserve') request.reject(error);
        if (round.some((r) => r.kind !== 'reserve')) this.logger.error(`series ${series.stream}: ${error instanceof Error ? error.message : String(error)}; open reservations are settled by reconcile`);
      }
    }
  }

  private async writeRound(series: Series, round: Request[]): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      // Rounds of one series run one after another, so a read before each would halve their rate. The
      // state this process last wrote is current unless another instance wrote since: the exact expected
      // revision then refuses the append, and the next attempt reads first.
      if (attempt > 1 || series.revision === null) await this.catchUp(series);
      let state = series.state;
      const decided: NumberSeriesEvent[] = [];
      const events = commandsFor(series.key, round).flatMap(({ command, context }) => {
        const own = decideNumberSeries(command, state);
        state = own.reduce(evolveNumberSeries, state);
        decided.push(...own);
        return envelope(own, own.map(() => randomUUID()), context);
      });
      try {
        if (events.length > 0) {
          const result = await this.store.append(series.stream, events, series.revision === null ? 'no_stream' : series.revision);
          this.remember(series, decided, state, result.nextExpectedRevision);
        }
        for (const request of round) if (request.kind === 'reserve') request.resolve(reservedNumberOf(state, request.documentId) ?? NaN);
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** Reads what other instances wrote since our last look. */
  private async catchUp(series: Series): Promise<void> {
    const from = series.revision === null ? 0n : series.revision + 1n;
    const events = await this.store.readStream(series.stream, { fromRevision: from });
    if (events.length === 0) return;
    const domainEvents = events as unknown as NumberSeriesEvent[];
    this.remember(series, domainEvents, domainEvents.reduce(evolveNumberSeries, series.state), events[events.length - 1].revision);
  }

  private remember(series: Series, events: readonly NumberSeriesEvent[], state: NumberSeriesState, revision: bigint): void {
    for (const event of events) {
      if (event.type === 'NumbersReserved') for (const { number } of event.data.numbers) series.reservedAt.set(number, event.data.at);
      else series.reservedAt.delete(event.data.number);
    }
    series.state = state;
    series.revision = revision;
  }
}

/** One command per request, except reservations: one per clerk for the whole round, so a round is a handful of events. */
function commandsFor(series: NumberSeriesKey, round: readonly Request[]): Array<{ command: NumberSeriesCommand; context: CommandContext }> {
  const reservations = new Map<string, { command: NumberSeriesCommand & { type: 'reserveNumbers' }; context: CommandContext }>();
  const others: Array<{ command: NumberSeriesCommand; context: CommandContext }> = [];
  for (const request of round) {
    const { context } = request;
    const base = { series, actor: context.actor, now: context.now };
    if (request.kind === 'reserve') {
      const existing = reservations.get(context.actor.userId);
      if (existing) {
        if (!existing.command.documentIds.includes(request.documentId)) existing.command.documentIds.push(request.documentId);
      }
      else reservations.set(context.actor.userId, { command: { ...base, type: 'reserveNumbers', documentIds: [request.documentId] }, context });
    } else if (request.kind === 'use') {
      others.push({ command: { ...base, type: 'useNumber', number: request.number, documentId: request.documentId }, context });
    } else {
      others.push({ command: { ...base, type: 'voidNumber', number: request.number, reason: request.reason }, context });
    }
  }
  return [...others, ...reservations.values()];
}
