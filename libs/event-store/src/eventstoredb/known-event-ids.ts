/**
 * What this process knows for certain about the event ids of streams: for each stream, the ids at revisions
 * 0..upTo. Streams are append-only, so this knowledge never goes stale; it can only fall behind, and is then
 * completed by reading the revisions after `upTo`. Bounded: whole streams are forgotten, least recently used first.
 *
 * Why: EventStoreDB deduplicates a retried append only where it would land again at the same revisions
 * (expected revision < current: it compares the ids there) or, best effort, through an in-memory cache for
 * `any`. An exact expected revision equal to the current one is simply written (KurrentDB IndexWriter
 * `CheckCommit`: "next expected version → Ok"). `ChainedEventStore` turns `any`/`exists` into exactly that, so a
 * retry that arrives after the stream moved on would be stored twice. The adapter therefore looks the ids up here
 * before appending.
 */
export class KnownEventIds {
  private readonly streams = new Map<string, { ids: Map<string, number>; upTo: bigint }>();
  private total = 0;

  constructor(private readonly capacity = 200_000) {}

  /** Last revision whose id is known; -1n when nothing is. */
  upTo(streamId: string): bigint {
    return this.streams.get(streamId)?.upTo ?? -1n;
  }

  revisionOf(streamId: string, eventId: string): bigint | undefined {
    const revision = this.streams.get(streamId)?.ids.get(eventId.toLowerCase());
    return revision === undefined ? undefined : BigInt(revision);
  }

  /** Takes in events that continue where knowledge ends (older ones are skipped, anything after a gap is ignored). */
  learn(streamId: string, events: readonly { eventId: string; revision: bigint }[]): void {
    let entry = this.streams.get(streamId);
    this.streams.delete(streamId); // most recently used goes last
    entry ??= { ids: new Map(), upTo: -1n };
    for (const event of events) {
      if (event.revision <= entry.upTo) continue;
      if (event.revision !== entry.upTo + 1n) break;
      entry.ids.set(event.eventId.toLowerCase(), Number(event.revision));
      entry.upTo = event.revision;
      this.total++;
    }
    this.streams.set(streamId, entry);
    for (const [oldest, evicted] of this.streams) {
      if (this.total <= this.capacity || oldest === streamId) break;
      this.streams.delete(oldest);
      this.total -= evicted.ids.size;
    }
  }

  /**
   * Where a batch of ids already is: nowhere known ('none'), all of them in order at consecutive revisions (an
   * earlier attempt of the same append: its last revision), or scattered/partial ('conflict').
   */
  lookUp(streamId: string, eventIds: readonly string[]): { found: 'none' } | { found: 'all'; lastRevision: bigint } | { found: 'conflict' } {
    const revisions = eventIds.map((id) => this.revisionOf(streamId, id));
    if (revisions.every((revision) => revision === undefined)) return { found: 'none' };
    const first = revisions[0];
    if (first === undefined || revisions.some((revision, i) => revision !== first + BigInt(i))) return { found: 'conflict' };
    return { found: 'all', lastRevision: first + BigInt(eventIds.length - 1) };
  }
}
