import { hash as digest } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { ChainedEvent, ChainedMetadata, EventMetadata, JsonObject, NewEvent } from './event-store.port';

/** prevHash of the first event of every stream. */
export const GENESIS_HASH = '0'.repeat(64);

interface Hashable {
  eventId: string;
  type: string;
  data: JsonObject;
  metadata: EventMetadata & { prevHash: string; hash?: string };
}

/** DOMAIN.md §5: SHA-256 hex of prevHash + RFC 8785 canonical JSON of {eventId, type, data, metadata without hash}. */
export function eventHash(event: Hashable): string {
  const { hash: _hash, ...metadata } = event.metadata;
  const canonical = canonicalJson({ eventId: event.eventId, type: event.type, data: event.data, metadata });
  // One-shot hashing: verification hashes every event of the log, and a Hash object per event costs more than the concatenation.
  return digest('sha256', event.metadata.prevHash + canonical, 'hex');
}

/** Chains `events` after the event whose hash is `prevHash`. */
export function chain(events: readonly NewEvent[], prevHash: string): ChainedEvent[] {
  let previous = prevHash;
  return events.map((event) => {
    const unhashed = { ...event.metadata, prevHash: previous };
    const hash = eventHash({ ...event, metadata: unhashed });
    previous = hash;
    const metadata: ChainedMetadata = { ...unhashed, hash };
    return { ...event, metadata };
  });
}
