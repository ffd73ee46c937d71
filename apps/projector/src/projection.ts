import type { RecordedEvent } from '@office/event-store';
import type { EntityManager } from 'typeorm';

/**
 * One read model's projection. `apply` runs inside the runner's transaction, which also moves this
 * projection's checkpoint, and must be idempotent (a replayed event changes nothing).
 */
export interface Projection {
  /** Versioned, e.g. `document-summaries.v1`; a new version rebuilds from zero. */
  readonly name: string;
  /** Event types it reads; other events only move its checkpoint. */
  readonly handles: ReadonlySet<string>;
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
}
