import { verifyChains, type BrokenLink, type ChainVerification, type EventStore, type RecordedEvent } from '@office/event-store';

/**
 * The chain check of one stream whose events are already in hand (read for an export, say), with
 * the very rules of `verifyChains`: it reads them through a store that holds only those events.
 */
export function verifyStreamEvents(streamId: string, events: readonly RecordedEvent[]): Promise<ChainVerification> {
  const inHand: EventStore = {
    readStream: async (_id, options = {}) => {
      const from = options.fromRevision ?? 0n;
      const rest = events.filter((e) => e.revision >= from);
      return options.maxCount === undefined ? rest : rest.slice(0, options.maxCount);
    },
    readStreams: async (ids) => ids.map((id) => (id === streamId ? [...events] : [])),
    readAll: async () => [],
    headPosition: async () => events.at(-1)?.position ?? -1n,
    append: () => Promise.reject(new Error('read only')),
    appendAndRead: () => Promise.reject(new Error('read only')),
    subscribeToAll: () => {
      throw new Error('read only');
    },
    close: async () => undefined,
  };
  return verifyChains(inHand, { streamId, pageSize: Math.max(1, events.length) });
}

/** A broken link as JSON (positions and revisions as strings). */
export interface BrokenLinkReport {
  streamId: string;
  revision: string;
  eventId: string;
  position: string;
  reason: string;
}

export function brokenLinkReport(link: BrokenLink): BrokenLinkReport {
  return { streamId: link.streamId, revision: link.revision.toString(), eventId: link.eventId, position: link.position.toString(), reason: link.reason };
}
