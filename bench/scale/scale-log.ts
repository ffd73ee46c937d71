import { addCalendarDays, endOfLocalDay, VIETNAM_CALENDAR, type LocalDate, type Organisation } from '@office/domain';
import type { EventStore } from '@office/event-store';
import { Client } from 'pg';
import { SyntheticOffice } from '../../apps/demo/src/office/synthetic-log';
import { bulkEventStore, BulkLog } from './bulk-log';
import { DossierClones } from './dossier-clones';

/** Share of each step's new events that are documents' (the rest: one-stop dossiers). */
const DOCUMENT_SHARE = 0.5;
/** Events per document of the synthetic office, numbering included (projector bench). */
const EVENTS_PER_DOCUMENT = 11;
/** Two years of the office: documents are registered on every working day of them. */
const DOCUMENTS_PERIOD: Period = { from: '2025-01-01', to: '2026-12-31' };

export interface Period {
  from: LocalDate;
  to: LocalDate;
}

/**
 * The scale bench's log, grown step by step in the product's own tables, forward in time at a
 * constant rate: the final size covers the two years of documents and the one-stop year, and a log
 * of n events the first n/final of each. So a question about a week or month of the first step's
 * days (`daysOf`) has the same rows to read at every step, and only the log around them grows.
 * Each step adds documents (the synthetic office of the two years, one plan decided by the real
 * domain rules and played up to the step's last day: the documents in flight then go on in the next
 * step, so every step holds the backlog of an office at work, not the leftovers of every step before)
 * and dossiers (rounds of the handler-written sample's dossiers received on the step's days,
 * cloned), both chained by the product's code and written set-based by the `BulkLog`.
 */
export class ScaleLog {
  private constructor(
    private readonly url: string,
    private readonly finalEvents: number,
    private readonly dossierPeriod: Period,
    private readonly office: SyntheticOffice,
    private readonly dossiers: DossierClones,
    private readonly log: BulkLog,
    private readonly store: EventStore,
  ) {}

  /** Over a database that holds the handler-written sample of dossiers received in `dossierPeriod` (the clones' template). */
  static async open(url: string, options: { finalEvents: number; dossierPeriod: Period; organisation: Organisation }): Promise<ScaleLog> {
    const log = new BulkLog(url);
    const store = bulkEventStore(url, log);
    const office = new SyntheticOffice(store, {
      documents: Math.ceil((options.finalEvents * DOCUMENT_SHARE) / EVENTS_PER_DOCUMENT), ...DOCUMENTS_PERIOD, seed: 1,
      organisation: options.organisation, calendar: VIETNAM_CALENDAR, concurrency: 64,
    });
    return new ScaleLog(url, options.finalEvents, options.dossierPeriod, office, await DossierClones.load(url), log, store);
  }

  /** The days a log of `events` covers: of the two years of documents, and of the one-stop year. */
  daysOf(events: number): { documents: Period; dossiers: Period } {
    return { documents: slice(DOCUMENTS_PERIOD, 0, events / this.finalEvents), dossiers: slice(this.dossierPeriod, 0, events / this.finalEvents) };
  }

  async count(): Promise<number> {
    return Number(await this.scalar('SELECT count(*) FROM event_store.events'));
  }

  /**
   * Events written after `position` whose stream's previous event has a higher position: none in a log
   * the product wrote (an append waits for the one before it), so none may be in this one.
   */
  async outOfOrder(position: bigint): Promise<number> {
    return Number(await this.scalar(
      `SELECT count(*) FROM event_store.events n JOIN event_store.events p ON p.stream_id = n.stream_id AND p.revision = n.revision - 1
        WHERE n.position > $1 AND p.position > n.position`,
      [position.toString()],
    ));
  }

  private async scalar(sql: string, params: unknown[] = []): Promise<string> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return Object.values((await client.query(sql, params)).rows[0])[0] as string;
    } finally {
      await client.end();
    }
  }

  /** Adds events until the log holds `target`; answers how many were added and in how many seconds. */
  async growTo(target: number, onProgress: (events: number) => void): Promise<{ events: number; seconds: number }> {
    const before = await this.count();
    const from = BigInt(await this.scalar('SELECT coalesce(max(position), -1)::text FROM event_store.events'));
    const started = Date.now();
    const documentEvents = Math.round(Math.max(0, target - before) * DOCUMENT_SHARE);
    const share = (period: Period) => slice(period, before / this.finalEvents, target / this.finalEvents);
    const progress = setInterval(() => onProgress(this.log.written), 10_000);
    try {
      await Promise.all([
        this.office.writeThrough(endOfLocalDay(share(DOCUMENTS_PERIOD).to)),
        this.dossiers.add(this.log, target - before - documentEvents, share(this.dossierPeriod)),
      ]);
      await this.log.flush();
      // The office's days may hold less than its share (the first step: its documents are still in flight): dossiers make up the rest.
      const short = target - (await this.count());
      if (short > 0) await this.dossiers.add(this.log, short, share(this.dossierPeriod));
      await this.log.flush();
    } finally {
      clearInterval(progress);
    }
    const seconds = (Date.now() - started) / 1000;
    const inverted = await this.outOfOrder(from);
    if (inverted > 0) throw new Error(`the scale log holds ${inverted} events positioned before their stream's previous event`);
    return { events: (await this.count()) - before, seconds };
  }

  async close(): Promise<void> {
    await this.log.close();
    await this.store.close();
  }
}

/** The days of `period` from fraction `from` (inclusive) to fraction `to` (exclusive) of it. */
function slice(period: Period, from: number, to: number): Period {
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
  const first = Math.min(Math.floor(from * days), days - 1);
  const last = Math.max(first, Math.min(Math.ceil(to * days), days) - 1);
  return { from: addCalendarDays(period.from, first), to: addCalendarDays(period.from, last) };
}
