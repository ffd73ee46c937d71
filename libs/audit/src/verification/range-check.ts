import { eventHash, GENESIS_HASH } from '@office/event-store/hash-chain';
import type { ChainVerification } from '@office/event-store';

/**
 * Verification of the log in position ranges, each checked on its own (a worker thread each), then
 * joined at the seams. The rules are `verifyChains`' (libs/event-store/src/verify-chains.ts), in the
 * same order, so the joined answer — the first broken event in position order, with its reason, and
 * the counts up to it — is the one a single pass would give.
 */

/** An event as stored (raw `data` and `metadata`, never upcast: the hash covers what was written). */
export interface StoredEvent {
  position: bigint;
  streamId: string;
  revision: bigint;
  eventId: string;
  type: string;
  data: unknown;
  metadata: unknown;
}

/** What a range keeps per stream: the last event's revision and hash, which the next event must link to. */
export interface Link {
  revision: bigint;
  hash: string;
}

/** What can be told about an event without its predecessor: a hash that is missing, or not the event's. */
type OwnProblem = 'hash missing' | 'hash mismatch' | undefined;

/** The first event of a stream in a range: its link to the previous range is checked at the seam. */
export interface Opening {
  /** Index of the event in its range (0-based), for the counts a broken opening reports. */
  index: number;
  streamId: string;
  revision: bigint;
  eventId: string;
  position: bigint;
  prevHash: unknown;
  own: OwnProblem;
}

export interface Broken {
  index: number;
  streamId: string;
  revision: bigint;
  eventId: string;
  position: bigint;
  reason: string;
}

export interface RangeSummary {
  /** Events read: the whole range, or up to and including `broken`. */
  events: number;
  openings: Opening[];
  /** Each stream's last event in the range. */
  closings: Map<string, Link>;
  /** The first event whose link inside the range does not hold (openings are judged at the seam). */
  broken?: Broken;
  /** Each stream's head at or before `upTo` (the latest digest's position), and how many events lie there. */
  headsUpTo: Map<string, { revision: bigint; hash: string }>;
  eventsUpTo: number;
}

/** The rule of `verifyChains`, given what the event alone could tell (`own`). */
export function linkProblem(event: { revision: bigint; prevHash: unknown; own: OwnProblem }, previous: Link | undefined): string | undefined {
  const expected = previous ? previous.revision + 1n : 0n;
  if (event.revision > expected) return `revision gap: expected ${expected}, found ${event.revision}`;
  if (event.revision < expected) return `revision out of order: expected ${expected}, found ${event.revision}`;
  if (event.own === 'hash missing') return 'hash missing';
  if (event.prevHash !== (previous?.hash ?? GENESIS_HASH)) return 'prevHash does not match previous event';
  return event.own;
}

/** Why `event` (as stored) does not follow `previous` in its stream, or undefined when it does: `verifyChains`' rule for one event. */
export function brokenLink(event: Omit<StoredEvent, 'position' | 'streamId'>, previous: Link | undefined): string | undefined {
  const metadata = event.metadata as { prevHash?: unknown } | null;
  return linkProblem({ revision: event.revision, prevHash: metadata?.prevHash, own: ownProblem(event) }, previous);
}

function ownProblem(event: Omit<StoredEvent, 'position' | 'streamId'>): OwnProblem {
  // Tampering may leave anything in the metadata column.
  const metadata = event.metadata as { hash?: unknown } | null;
  if (typeof metadata?.hash !== 'string') return 'hash missing';
  const hashed = eventHash(event as Parameters<typeof eventHash>[0]);
  return hashed === metadata.hash ? undefined : 'hash mismatch';
}

/** Checks one range, fed page by page; `summary()` once the range is read or `broken` is set. */
export class RangeCheck {
  private events = 0;
  private readonly openings: Opening[] = [];
  private readonly closings = new Map<string, Link>();
  private readonly headsUpTo = new Map<string, { revision: bigint; hash: string }>();
  private eventsUpTo = 0;
  broken?: Broken;

  constructor(private readonly upTo: bigint | null) {}

  /** Checks a page; false once a broken link is found (the rest of the range cannot change the answer). */
  add(page: readonly StoredEvent[]): boolean {
    for (const event of page) {
      if (this.broken) return false;
      const index = this.events++;
      const metadata = event.metadata as { hash?: unknown; prevHash?: unknown } | null;
      const previous = this.closings.get(event.streamId);
      const own = ownProblem(event);
      if (previous) {
        const reason = linkProblem({ revision: event.revision, prevHash: metadata?.prevHash, own }, previous);
        if (reason) {
          this.broken = { index, streamId: event.streamId, revision: event.revision, eventId: event.eventId, position: event.position, reason };
          return false;
        }
        previous.revision = event.revision;
        previous.hash = metadata!.hash as string;
      } else {
        this.openings.push({ index, streamId: event.streamId, revision: event.revision, eventId: event.eventId, position: event.position, prevHash: metadata?.prevHash, own });
        this.closings.set(event.streamId, { revision: event.revision, hash: metadata?.hash as string });
      }
      if (this.upTo !== null && event.position <= this.upTo) {
        this.eventsUpTo++;
        this.headsUpTo.set(event.streamId, { revision: event.revision, hash: metadata?.hash as string });
      }
    }
    return !this.broken;
  }

  summary(): RangeSummary {
    const { events, openings, closings, broken, headsUpTo, eventsUpTo } = this;
    return { events, openings, closings, ...(broken ? { broken } : {}), headsUpTo, eventsUpTo };
  }
}

export interface JoinedRanges {
  chains: ChainVerification & { firstBroken?: Omit<Broken, 'index'> };
  /** Each stream's head at or before the latest digest, and the events there (complete only when no link is broken). */
  heads: Map<string, { revision: bigint; hash: string }>;
  eventsUpTo: number;
}

/**
 * Joins the ranges' summaries in position order: each opening must link to its stream's last event
 * in the ranges before (or be revision 0 after the genesis hash). The first problem in position order
 * wins, whether at a seam or inside a range, exactly as in one pass.
 */
export function joinRanges(summaries: readonly RangeSummary[]): JoinedRanges {
  const links = new Map<string, Link>();
  const heads = new Map<string, { revision: bigint; hash: string }>();
  let eventsBefore = 0;
  let eventsUpTo = 0;
  for (const range of summaries) {
    let newStreams = 0;
    for (const opening of range.openings) {
      if (range.broken && opening.index > range.broken.index) break;
      const previous = links.get(opening.streamId);
      if (!previous) newStreams++;
      const reason = linkProblem(opening, previous);
      if (reason) return failed(opening, reason, eventsBefore, links.size + newStreams, heads, eventsUpTo);
    }
    if (range.broken) {
      const { index: _index, ...broken } = range.broken;
      return failed(range.broken, broken.reason, eventsBefore, links.size + newStreams, heads, eventsUpTo);
    }
    for (const [streamId, link] of range.closings) links.set(streamId, link);
    for (const [streamId, head] of range.headsUpTo) heads.set(streamId, head);
    eventsBefore += range.events;
    eventsUpTo += range.eventsUpTo;
  }
  return { chains: { ok: true, streamsChecked: links.size, eventsChecked: eventsBefore }, heads, eventsUpTo };
}

function failed(
  at: { index: number; streamId: string; revision: bigint; eventId: string; position: bigint },
  reason: string,
  eventsBefore: number,
  streamsChecked: number,
  heads: Map<string, { revision: bigint; hash: string }>,
  eventsUpTo: number,
): JoinedRanges {
  const { streamId, revision, eventId, position } = at;
  return { chains: { ok: false, streamsChecked, eventsChecked: eventsBefore + at.index + 1, firstBroken: { streamId, revision, eventId, position, reason } }, heads, eventsUpTo };
}
