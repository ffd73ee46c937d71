import { addCalendarDays, VIETNAM_CALENDAR, type LocalDate, type Organisation } from '@office/domain';
import type { EventStore } from '@office/event-store';
import { Client } from 'pg';
import { writeSyntheticLog } from '../../apps/demo/src/office/synthetic-log';
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
 * of n events the first n/final of each. So a question about a fixed week or month has the same
 * rows to read at every step, and only the log around them grows. Each step adds documents (a plan
 * of the synthetic office over the step's days, decided by the real domain rules, its numbers
 * continuing every series) and dossiers (rounds of the handler-written sample's dossiers received on
 * those days, cloned), both chained by the product's code and written set-based by the `BulkLog`.
 */
export class ScaleLog {
  private seed = 0;

  private constructor(
    private readonly url: string,
    private readonly finalEvents: number,
    private readonly dossierPeriod: Period,
    private readonly organisation: Organisation,
    private readonly dossiers: DossierClones,
    private readonly log: BulkLog,
    private readonly store: EventStore,
  ) {}

  /** Over a database that holds the handler-written sample of dossiers received in `dossierPeriod` (the clones' template). */
  static async open(url: string, options: { finalEvents: number; dossierPeriod: Period; organisation: Organisation }): Promise<ScaleLog> {
    const log = new BulkLog(url);
    return new ScaleLog(url, options.finalEvents, options.dossierPeriod, options.organisation, await DossierClones.load(url), log, bulkEventStore(url, log));
  }

  async count(): Promise<number> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n;
    } finally {
      await client.end();
    }
  }

  /** Adds events until the log holds `target`; answers how many were added and in how many seconds. */
  async growTo(target: number, onProgress: (events: number) => void): Promise<{ events: number; seconds: number }> {
    const before = await this.count();
    const started = Date.now();
    const documentEvents = Math.round(Math.max(0, target - before) * DOCUMENT_SHARE);
    const share = (period: Period) => slice(period, before / this.finalEvents, target / this.finalEvents);
    const progress = setInterval(() => onProgress(this.log.written), 10_000);
    try {
      await Promise.all([
        writeSyntheticLog(this.store, {
          documents: Math.ceil(documentEvents / EVENTS_PER_DOCUMENT), ...share(DOCUMENTS_PERIOD), seed: ++this.seed, organisation: this.organisation, calendar: VIETNAM_CALENDAR,
          maxEvents: documentEvents, concurrency: 64,
        }),
        this.dossiers.add(this.log, target - before - documentEvents, share(this.dossierPeriod)),
      ]);
      await this.log.flush();
      // A plan may end short of its share (documents still open at the period's end): dossiers make up the rest.
      const short = target - (await this.count());
      if (short > 0) await this.dossiers.add(this.log, short, share(this.dossierPeriod));
      await this.log.flush();
    } finally {
      clearInterval(progress);
    }
    return { events: (await this.count()) - before, seconds: (Date.now() - started) / 1000 };
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
