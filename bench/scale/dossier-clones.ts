import { createHash } from 'node:crypto';
import { chain, GENESIS_HASH, type ChainedEvent, type NewEvent } from '@office/event-store';
import { Client } from 'pg';
import type { BulkLog } from './bulk-log';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** The demo organisation's fixed ids (users, units): shared by every dossier, never cloned. */
const DEMO_FIXED_ID = /^00000000-0000-/;

interface TemplateStream {
  stream: string;
  /** The stream's events without their chain, as JSON: what a clone rewrites. */
  json: string;
  /** DossierReceived's code and its day's part (the code without the day's sequence). */
  code: string | null;
  day: string | null;
  sequence: number;
  /** Local day (Asia/Ho_Chi_Minh) of its first event: the clones of a step are those of the step's days. */
  on: string;
}

/**
 * More dossiers on the same days, as event streams: every `dossier-*` stream of a sample written
 * through the real handlers is copied per round with ids of its own (each id that belongs to one
 * dossier only: the dossier, its events, correlations, files) and the next codes of its day
 * (round k numbers the day's dossiers after k × the sample's top sequence of that day, so codes stay
 * unique per day), then chained anew by the product's `chain()`. The events of a round go into the
 * log in the order they happened, interleaved across its dossiers as the desk writes them.
 */
export class DossierClones {
  private round = 0;

  private constructor(
    private readonly streams: TemplateStream[],
    /** Ids that belong to one template stream only. */
    private readonly own: Set<string>,
    /** Top sequence of each day in the sample. */
    private readonly tops: Map<string, number>,
  ) {}

  static async load(url: string): Promise<DossierClones> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ stream_id: string; event_id: string; type: string; data: NewEvent['data']; metadata: ChainedEvent['metadata'] }>(
        `SELECT stream_id, event_id::text, type, data, metadata FROM event_store.events WHERE stream_id LIKE 'dossier-%' ORDER BY stream_id, revision`,
      );
      if (rows.length === 0) throw new Error('no dossier streams to clone: write the sample first');
      const byStream = new Map<string, NewEvent[]>();
      for (const row of rows) {
        const { prevHash: _prev, hash: _hash, ...metadata } = row.metadata;
        const events = byStream.get(row.stream_id) ?? byStream.set(row.stream_id, []).get(row.stream_id)!;
        events.push({ eventId: row.event_id, type: row.type, data: row.data, metadata });
      }
      const streamsOf = new Map<string, Set<string>>();
      const tops = new Map<string, number>();
      const streams = [...byStream].map(([stream, events]): TemplateStream => {
        const json = JSON.stringify(events);
        for (const id of json.match(UUID) ?? []) streamsOf.set(id, (streamsOf.get(id) ?? new Set()).add(stream));
        const received = events.find((e) => e.type === 'DossierReceived')?.data as { code: string; sequence: number } | undefined;
        const day = received ? received.code.replace(/\d+$/, '') : null;
        if (day) tops.set(day, Math.max(tops.get(day) ?? 0, received!.sequence));
        const on = new Date(Date.parse(events[0].metadata.occurredAt) + 7 * 3_600_000).toISOString().slice(0, 10);
        return { stream, json, code: received?.code ?? null, day, sequence: received?.sequence ?? 0, on };
      });
      const own = new Set([...streamsOf].filter(([id, where]) => where.size === 1 && !DEMO_FIXED_ID.test(id)).map(([id]) => id));
      return new DossierClones(streams, own, tops);
    } finally {
      await client.end();
    }
  }

  /**
   * Adds rounds of the sample's dossiers first seen on the days of `days` to `log` until `events`
   * events are added (the last round cut at a whole stream); answers how many.
   */
  async add(log: BulkLog, events: number, days: { from: string; to: string }): Promise<number> {
    const streams = this.streams.filter((s) => s.on >= days.from && s.on <= days.to);
    if (streams.length === 0) throw new Error(`the sample has no dossier from ${days.from} to ${days.to}: a larger BENCH_ONESTOP_SAMPLE fills the days`);
    let added = 0;
    while (added < events) {
      this.round++;
      const round: Array<{ stream: string; revision: bigint; event: ChainedEvent }> = [];
      for (const template of streams) {
        if (added + round.length >= events) break;
        chain(this.copy(template, this.round), GENESIS_HASH).forEach((event, i) => round.push({ stream: `dossier-${this.cloneId(template.stream.slice(8), this.round)}`, revision: BigInt(i), event }));
      }
      round.sort((a, b) => a.event.metadata.occurredAt.localeCompare(b.event.metadata.occurredAt));
      for (const { stream, revision, event } of round) log.add(stream, revision, [event]);
      added += round.length;
      await log.flushIfFull();
      await new Promise(setImmediate); // lets the documents' writer take its turn: the two kinds interleave in the log
    }
    return added;
  }

  private copy(template: TemplateStream, round: number): NewEvent[] {
    let json = template.json.replace(UUID, (id) => (this.own.has(id) ? this.cloneId(id, round) : id));
    if (template.code && template.day) {
      const sequence = round * this.tops.get(template.day)! + template.sequence;
      const code = `${template.day}${String(sequence).padStart(4, '0')}`;
      json = json.replaceAll(`"${template.code}"`, `"${code}"`);
      const events = JSON.parse(json) as NewEvent[];
      for (const event of events) if (event.type === 'DossierReceived') event.data.sequence = sequence;
      return events;
    }
    return JSON.parse(json) as NewEvent[];
  }

  /** A version-4-shaped id per original and round (the routes take v4 ids only). */
  private cloneId(id: string, round: number): string {
    const hex = createHash('md5').update(`${id}:${round}`).digest('hex');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}
