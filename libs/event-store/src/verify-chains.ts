import type { ChainedMetadata, EventStore, RecordedEvent } from './event-store.port';
import { eventHash, GENESIS_HASH } from './hash-chain';
import { storedForm } from './upcasting';

export interface VerifyChainsOptions {
  /** Verify only this stream (read with `readStream`); default: every stream, through `readAll`. */
  streamId?: string;
  /** Events per read; default 1000. */
  pageSize?: number;
  /** Called after each page. */
  onProgress?(eventsChecked: number, position: bigint): void;
}

export interface BrokenLink {
  streamId: string;
  revision: bigint;
  eventId: string;
  position: bigint;
  reason: string;
}

export interface ChainVerification {
  ok: boolean;
  streamsChecked: number;
  /** Events examined, the broken one included. */
  eventsChecked: number;
  /** The first event, in read order, whose link does not hold. */
  firstBroken?: BrokenLink;
}

/** What the verifier keeps per stream while it walks the log. */
interface Link {
  revision: bigint;
  hash: string;
}

/**
 * Recomputes every stream's hash chain and stops at the first event that breaks it. Memory is one
 * page plus one small entry per stream. An event removed from the end of a stream leaves no broken
 * link: catching that needs a head hash kept outside the store (reliability research §3.2).
 */
export async function verifyChains(store: EventStore, options: VerifyChainsOptions = {}): Promise<ChainVerification> {
  const pageSize = options.pageSize ?? 1000;
  const links = new Map<string, Link>();
  let eventsChecked = 0;
  const pages = options.streamId === undefined ? logPages(store, pageSize) : streamPages(store, options.streamId, pageSize);
  for await (const page of pages) {
    for (const event of page) {
      eventsChecked++;
      const previous = links.get(event.streamId);
      const reason = brokenReason(event, previous);
      if (reason) {
        const { streamId, revision, eventId, position } = event;
        return { ok: false, streamsChecked: links.size + (previous ? 0 : 1), eventsChecked, firstBroken: { streamId, revision, eventId, position, reason } };
      }
      // Updated in place: a new entry per event would be garbage by the next event of the stream.
      if (previous) {
        previous.revision = event.revision;
        previous.hash = event.metadata.hash;
      } else {
        links.set(event.streamId, { revision: event.revision, hash: event.metadata.hash });
      }
    }
    options.onProgress?.(eventsChecked, page[page.length - 1].position);
  }
  return { ok: true, streamsChecked: links.size, eventsChecked };
}

function brokenReason(event: RecordedEvent, previous: Link | undefined): string | undefined {
  const expected = previous ? previous.revision + 1n : 0n;
  if (event.revision > expected) return `revision gap: expected ${expected}, found ${event.revision}`;
  if (event.revision < expected) return `revision out of order: expected ${expected}, found ${event.revision}`;
  // Tampering may leave anything in the metadata column; the types describe only honest events.
  const metadata = event.metadata as Partial<ChainedMetadata> | null;
  if (typeof metadata?.hash !== 'string') return 'hash missing';
  if (metadata.prevHash !== (previous?.hash ?? GENESIS_HASH)) return 'prevHash does not match previous event';
  // The hash covers the event as written, not the newer version reading upcast it to.
  if (eventHash(storedForm(event)) !== metadata.hash) return 'hash mismatch';
  return undefined;
}

async function* logPages(store: EventStore, pageSize: number): AsyncGenerator<RecordedEvent[]> {
  let after = -1n;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].position;
  }
}

async function* streamPages(store: EventStore, streamId: string, pageSize: number): AsyncGenerator<RecordedEvent[]> {
  let fromRevision = 0n;
  for (;;) {
    const page = await store.readStream(streamId, { fromRevision, maxCount: pageSize });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    fromRevision = page[page.length - 1].revision + 1n;
  }
}
