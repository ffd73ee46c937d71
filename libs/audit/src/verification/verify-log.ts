import { verifyChains, type EventStore, type RecordedEvent } from '@office/event-store';
import { readHeadsState, tableHead, tableHeads, hashTableHeads, type Queryable } from '../digests/digest-heads';
import { digestRecord, DIGESTS_STREAM, HEADS_ALGORITHM, type DigestPublished, type DigestRecord } from '../digests/digest.events';
import { compareStreamIds, headsHashOf, type StreamHead } from '../digests/heads-hash';
import { readDigestEvents } from '../digests/publish-digest';
import { verifyChainsInParallel, type ParallelVerification } from './parallel-chains';
import { brokenLinkReport, type BrokenLinkReport } from './verify-events';

export interface VerifyLogOptions {
  /** Only this stream; default: the whole log. */
  streamId?: string;
  /** Events per read; default 2000. */
  pageSize?: number;
  onProgress?(eventsChecked: number, position: bigint): void;
  /**
   * The read-model database holding the heads of the latest digest: with it, a head that no longer
   * matches is named (stream and revision); without it, only detected.
   */
  heads?: Queryable;
  /**
   * The whole log's chains checked by worker threads over position ranges, when the store is this
   * PostgreSQL table (checked; otherwise one pass through the store). Up to the head at the start.
   */
  parallel?: ParallelVerification;
}

export interface DigestProblem {
  digestEventId: string;
  day: string;
  reason: string;
  /** The stream whose head no longer matches the digest, when it can be named. */
  streamId?: string;
  /** Its head revision as the digest recorded it (absent: the digest did not know the stream). */
  revision?: string;
}

export interface DigestVerification {
  /** Digests whose link to the previous one was checked. */
  checked: number;
  ok: boolean;
  /** Whether the stream heads recorded by the latest digest were compared with the log. */
  headsChecked: boolean;
  latest?: DigestRecord;
  firstBroken?: DigestProblem;
}

export interface LogVerification {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  firstBroken?: BrokenLinkReport;
  /** The log's head when verification started. */
  headPosition: string;
  digests: DigestVerification;
}

/**
 * Verifies every stream's hash chain (`verifyChains`, one pass, a page at a time; with `parallel`, worker
 * threads over position ranges joined at the seams, the same answer: `range-check.ts`) and the published
 * digests: each links to the previous one, and the heads the latest one committed to are still
 * in the log, unchanged, so that nothing at or before its position was altered, removed or added,
 * even by someone who recomputed a stream's hashes. Memory: one page, plus one entry per stream (in
 * parallel: a page per worker, and an entry per stream and range until the ranges are joined).
 */
export async function verifyLog(store: EventStore, options: VerifyLogOptions = {}): Promise<LogVerification> {
  const headPosition = await store.headPosition();
  const digestEvents = (await readDigestEvents(store)).filter((e) => e.type === 'DigestPublished');
  const latest = digestEvents.at(-1);
  const latestData = latest?.data as DigestPublished['data'] | undefined;
  const upTo = latestData && isPosition(latestData.headPosition) ? BigInt(latestData.headPosition) : null;
  const pageSize = options.pageSize ?? 2000;
  const inParallel = options.parallel && options.streamId === undefined
    ? await verifyChainsInParallel(store, headPosition, { ...options.parallel, pageSize, upTo, onProgress: options.onProgress })
    : undefined;
  const watch = new HeadWatch(upTo);
  const chains = inParallel?.chains ?? (await verifyChains(watch.tee(store), { streamId: options.streamId, pageSize, onProgress: options.onProgress }));
  const walked: WalkedHeads = inParallel ?? watch;
  const firstBroken = chains.firstBroken ? brokenLinkReport(chains.firstBroken) : watch.misordered;
  let digests = linkCheck(digestEvents);
  if (digests.ok && options.streamId !== undefined && options.streamId !== DIGESTS_STREAM) {
    const digestChain = await verifyChains(store, { streamId: DIGESTS_STREAM });
    if (digestChain.firstBroken) digests = { ...digests, ok: false, firstBroken: { digestEventId: digestChain.firstBroken.eventId, day: '', reason: `digests stream: ${digestChain.firstBroken.reason}` } };
  }
  if (digests.ok && latest && !firstBroken) digests = await headsCheck(digests, latest, walked, options);
  return {
    ok: !firstBroken && digests.ok,
    streamsChecked: chains.streamsChecked,
    eventsChecked: chains.eventsChecked,
    ...(firstBroken ? { firstBroken } : {}),
    headPosition: headPosition.toString(),
    digests: { ...digests, ...(latest ? { latest: digestRecord(latest) } : {}) },
  };
}

/** The digests' links only (each names the previous one's hash; positions never go back), and the latest digest. */
export async function verifyDigestLinks(store: EventStore): Promise<DigestVerification> {
  const events = (await readDigestEvents(store)).filter((e) => e.type === 'DigestPublished');
  const latest = events.at(-1);
  return { ...linkCheck(events), ...(latest ? { latest: digestRecord(latest) } : {}) };
}

const isPosition = (value: unknown): value is string => typeof value === 'string' && /^-?\d{1,19}$/.test(value);

/** Each stream's head at the latest digest's position, and the events up to there, as the walk found them. */
interface WalkedHeads {
  readonly heads: ReadonlyMap<string, { revision: bigint; hash: string }>;
  readonly eventsUpTo: number;
}

/**
 * Watches the pages the chain verifier reads: keeps each stream's head at the latest digest's
 * position, counts the events up to there, and (reading one stream by revision) checks that
 * positions grow with revisions, which a reordering of positions would break. Reading the whole
 * log, it fetches the next page while the verifier hashes the current one.
 */
class HeadWatch {
  readonly heads = new Map<string, { revision: bigint; hash: string }>();
  eventsUpTo = 0;
  misordered?: BrokenLinkReport;
  private lastInStream?: RecordedEvent;
  private next?: { after: bigint; maxCount: number; page: Promise<RecordedEvent[]> };

  constructor(readonly upTo: bigint | null) {}

  tee(store: EventStore): EventStore {
    return {
      append: (...args) => store.append(...args),
      appendAndRead: (...args) => store.appendAndRead(...args),
      readStream: async (streamId, options) => this.seen(await store.readStream(streamId, options), true),
      readAll: async (options) => {
        const after = options.after ?? -1n;
        const prefetched = this.next && this.next.after === after && this.next.maxCount === options.maxCount ? this.next.page : undefined;
        this.next = undefined;
        const page = await (prefetched ?? store.readAll(options));
        if (page.length === options.maxCount) this.prefetch(store, page[page.length - 1].position, options.maxCount);
        return this.seen(page, false);
      },
      // verifyChains reads one stream or the log, never several streams at once: nothing to watch here.
      readStreams: (streamIds) => store.readStreams(streamIds),
      headPosition: () => store.headPosition(),
      subscribeToAll: (options) => store.subscribeToAll(options),
      close: () => store.close(),
    };
  }

  private prefetch(store: EventStore, after: bigint, maxCount: number): void {
    const page = store.readAll({ after, maxCount });
    // Awaited by the next read; if the verifier stops first, its failure must not go unhandled.
    page.catch(() => undefined);
    this.next = { after, maxCount, page };
  }

  private seen(page: RecordedEvent[], oneStream: boolean): RecordedEvent[] {
    for (const event of page) {
      if (oneStream) this.checkOrder(event);
      if (this.upTo === null || event.position > this.upTo) continue;
      this.eventsUpTo++;
      const head = this.heads.get(event.streamId);
      if (head) {
        head.revision = event.revision;
        head.hash = event.metadata?.hash;
      } else {
        this.heads.set(event.streamId, { revision: event.revision, hash: event.metadata?.hash });
      }
    }
    return page;
  }

  private checkOrder(event: RecordedEvent): void {
    const previous = this.lastInStream;
    this.lastInStream = event;
    if (this.misordered || !previous || event.position > previous.position) return;
    this.misordered = {
      streamId: event.streamId,
      revision: event.revision.toString(),
      eventId: event.eventId,
      position: event.position.toString(),
      reason: `position out of order: revision ${event.revision} is at position ${event.position}, before revision ${previous.revision} at ${previous.position}`,
    };
  }
}

/** Each digest names the previous digest's hash, and positions never go back. */
function linkCheck(events: readonly RecordedEvent[]): DigestVerification {
  let previous: RecordedEvent | undefined;
  for (const [i, event] of events.entries()) {
    const data = event.data as Partial<DigestPublished['data']>;
    const problem = (reason: string): DigestVerification => ({ checked: i + 1, ok: false, headsChecked: false, firstBroken: { digestEventId: event.eventId, day: String(data.day ?? ''), reason } });
    if (!isPosition(data.headPosition) || typeof data.headsHash !== 'string') return problem('digest is malformed (headPosition or headsHash missing)');
    const expected = previous?.metadata.hash ?? null;
    if ((data.previousDigestHash ?? null) !== expected) return problem(`previousDigestHash ${data.previousDigestHash ?? 'null'} is not the previous digest's hash ${expected ?? 'null'}`);
    const previousPosition = (previous?.data as Partial<DigestPublished['data']> | undefined)?.headPosition;
    if (previousPosition !== undefined && BigInt(data.headPosition) < BigInt(previousPosition)) return problem(`headPosition ${data.headPosition} is below the previous digest's ${previousPosition}`);
    previous = event;
  }
  return { checked: events.length, ok: true, headsChecked: false };
}

/** Compares the heads the latest digest committed to with the heads the walk found. */
async function headsCheck(digests: DigestVerification, latest: RecordedEvent, watch: WalkedHeads, options: VerifyLogOptions): Promise<DigestVerification> {
  const data = latest.data as DigestPublished['data'];
  const problem = (reason: string, head?: { streamId: string; revision?: bigint }): DigestVerification => ({
    ...digests,
    ok: false,
    headsChecked: true,
    firstBroken: { digestEventId: latest.eventId, day: data.day, reason, ...(head ? { streamId: head.streamId } : {}), ...(head?.revision !== undefined ? { revision: head.revision.toString() } : {}) },
  });
  if (data.headsAlgorithm !== HEADS_ALGORITHM) return problem(`unknown heads algorithm ${data.headsAlgorithm}`);
  const table = options.heads && (await readHeadsState(options.heads)).headPosition === BigInt(data.headPosition) ? options.heads : undefined;
  if (options.streamId !== undefined) return streamHeadCheck(digests, data, options.streamId, watch, table, problem);
  const found = headsHashOf(watch.heads);
  if (found.hash === data.headsHash && found.streams === data.streams && watch.eventsUpTo === data.events) return { ...digests, headsChecked: true };
  const named = table ? await firstDifference(table, watch.heads, data.day) : undefined;
  if (named) return problem(named.reason, named);
  const counts = `the digest recorded ${data.streams} streams and ${data.events} events up to position ${data.headPosition}; the log now has ${found.streams} streams and ${watch.eventsUpTo} events there`;
  return problem(`stream heads differ from the digest of ${data.day}: ${counts}`);
}

async function streamHeadCheck(
  digests: DigestVerification,
  data: DigestPublished['data'],
  streamId: string,
  watch: WalkedHeads,
  table: Queryable | undefined,
  problem: (reason: string, head?: { streamId: string; revision?: bigint }) => DigestVerification,
): Promise<DigestVerification> {
  // One stream cannot be checked against a hash over all heads: it needs the recorded heads, and those must hash to the digest.
  if (!table || (await hashTableHeads(table)).hash !== data.headsHash) return digests;
  const recorded = await tableHead(table, streamId);
  const found = watch.heads.get(streamId);
  const reason = headDifference(recorded, found ? { streamId, ...found } : undefined, data.day);
  return reason ? problem(reason, { streamId, revision: recorded?.revision }) : { ...digests, headsChecked: true };
}

/** The first stream, in stream-id order, whose head differs between the table and the walk. */
async function firstDifference(
  table: Queryable,
  heads: ReadonlyMap<string, { revision: bigint; hash: string }>,
  day: string,
): Promise<{ streamId: string; revision?: bigint; reason: string } | undefined> {
  const ids = [...heads.keys()].sort(compareStreamIds);
  const unrecorded = (streamId: string) => ({ streamId, reason: headDifference(null, { streamId, ...heads.get(streamId)! }, day)! });
  let i = 0;
  for await (const recorded of tableHeads(table)) {
    if (i < ids.length && compareStreamIds(ids[i], recorded.streamId) < 0) return unrecorded(ids[i]);
    const found = i < ids.length && ids[i] === recorded.streamId ? { streamId: ids[i++], ...heads.get(recorded.streamId)! } : undefined;
    const reason = headDifference(recorded, found, day);
    if (reason) return { streamId: recorded.streamId, revision: recorded.revision, reason };
  }
  return i < ids.length ? unrecorded(ids[i]) : undefined;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;

function headDifference(recorded: StreamHead | null, found: StreamHead | undefined, day: string): string | undefined {
  const digest = day ? `the digest of ${day}` : 'the latest digest';
  if (recorded && !found) return `stream ${recorded.streamId}: ${digest} recorded revision ${recorded.revision} (hash ${short(recorded.hash)}); the log has no event of it at or before that digest (removed)`;
  if (!recorded && found) return `stream ${found.streamId}: revision ${found.revision} is at or before ${digest} but the digest did not record the stream (added afterwards)`;
  if (!recorded || !found) return undefined;
  if (recorded.revision !== found.revision) {
    return `stream ${recorded.streamId}: ${digest} recorded head revision ${recorded.revision} (hash ${short(recorded.hash)}); the log now has revision ${found.revision} there (${found.revision < recorded.revision ? 'events removed' : 'events added'})`;
  }
  if (recorded.hash !== found.hash) return `stream ${recorded.streamId}: head revision ${recorded.revision} had hash ${short(recorded.hash)} in ${digest}; it is now ${short(found.hash)} (altered and re-hashed)`;
  return undefined;
}
