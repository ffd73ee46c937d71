import type { LocalDate } from '@office/domain';
import type { RecordedEvent } from '@office/event-store';

/** The stream that holds every published digest, chained like any other stream. */
export const DIGESTS_STREAM = 'digests';

/** How `headsHash` is computed; a new algorithm gets a new name, old digests keep theirs. */
export const HEADS_ALGORITHM = 'sha256-sorted-stream-heads-v1';

/**
 * Bản tóm lược nhật ký: a commitment to the whole log at one position. `headsHash` is SHA-256 over
 * the lines `<streamId>:<revision>:<hash>\n` of every stream's last event at or before
 * `headPosition`, sorted by stream id (bytes of UTF-8). Printed and kept outside the system, it lets
 * an auditor prove later that everything up to `headPosition` is still there, unchanged: the log
 * only grew. Digests chain to each other through `previousDigestHash` (the previous digest
 * event's own hash).
 */
export type DigestPublished = {
  type: 'DigestPublished';
  data: {
    /** `daily`: one per day (Asia/Ho_Chi_Minh), from the API's timer; `on_demand`: asked for by an auditor or admin. */
    kind: 'daily' | 'on_demand';
    day: LocalDate;
    headPosition: string;
    streams: number;
    /** Events at or before `headPosition`. */
    events: number;
    headsAlgorithm: string;
    headsHash: string;
    previousDigestHash: string | null;
    previousHeadPosition: string | null;
    publishedAt: string;
    by: string;
  };
};

export type DigestKind = DigestPublished['data']['kind'];

/** A digest as the API and the CLI show it (and as an auditor prints it). */
export type DigestRecord = Omit<DigestPublished['data'], 'by'> & {
  eventId: string;
  revision: string;
  position: string;
  /** The digest's own hash: what the next digest links to and what an auditor writes down. */
  hash: string;
  publishedBy: string;
};

export function digestRecord(event: RecordedEvent): DigestRecord {
  const { by, ...data } = event.data as unknown as DigestPublished['data'];
  return {
    eventId: event.eventId,
    revision: event.revision.toString(),
    position: event.position.toString(),
    hash: event.metadata.hash,
    ...data,
    publishedBy: by,
  };
}
