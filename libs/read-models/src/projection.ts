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
  /**
   * The tables it alone writes, by their unqualified names: a rebuild fills copies of them and
   * swaps them in together. `apply` must name them unqualified (the rebuild points the
   * transaction's search_path at the copies).
   */
  readonly tables: readonly string[];
  /**
   * Indexes (besides primary keys) that `apply` looks rows up by: a rebuild creates them on the
   * copies before loading; the others after, which is faster than maintaining them row by row.
   */
  readonly lookupIndexes?: readonly string[];
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
  /**
   * Optional, for rebuilds only: the same rows, written less often. A rebuild applies the whole
   * log through one rebuilder (in order, batch by batch) and then calls `finish`; rows may be
   * written late, but by `finish` every row must be what `apply` would have left.
   */
  rebuilder?(options: RebuilderOptions): ProjectionRebuilder;
}

export interface RebuilderOptions {
  /** Documents (or other keys) it may keep in memory between batches. */
  bufferSize: number;
}

export interface ProjectionRebuilder {
  apply(events: readonly RecordedEvent[], tx: EntityManager): Promise<void>;
  /** Writes whatever was held back. */
  finish(tx: EntityManager): Promise<void>;
}
