import type { EventStore, RecordedEvent } from '@office/event-store';
import { hasPostgresLog, LOCK_SPACES, projectionLockKey, type Projection, type ProjectionRebuilder } from '@office/read-models';
import type { DataSource } from 'typeorm';
import { LockSession } from '../runner/lock-session';
import { isTransient } from '../runner/transient-errors';
import { Lanes } from './lanes';
import { createShadowIndexes, createShadowTables, dropShadowTables, swapInShadowTables, useShadowTables } from './shadow-tables';

export type RebuildPhase = 'reading' | 'indexing' | 'waiting for the projector' | 'catching up' | 'swapping' | 'done';

export interface RebuildProgress {
  phase: RebuildPhase;
  /** Events read from the log so far. */
  done: number;
  /** Events in the log when the rebuild started (null when the store cannot count them cheaply). */
  total: number | null;
  elapsedMs: number;
}

export interface RebuildOptions {
  /** Connection string for the rebuild's lock connection. */
  databaseUrl: string;
  /** Events read and applied at once (default 5,000): larger batches fold more events into each row write. */
  batchSize?: number;
  /** How long to wait for the running projector to let go of a projection before the swap (default 60 s). */
  lockTimeoutMs?: number;
  /** Documents each projection may keep folded in memory between batches (default 8,000: a few weeks of an office's work). */
  bufferSize?: number;
  onProgress?: (progress: RebuildProgress) => void;
}

export interface RebuildResult {
  projections: string[];
  /** Events read from the log. */
  events: number;
  /** The position the rebuilt projections start from. */
  position: bigint;
  elapsedMs: number;
}

const SWAP_ATTEMPTS = 20;
/** Batches a projection may apply ahead of the slowest one (each up to `batchSize` events, held in memory meanwhile). */
const LANE_AHEAD = 3;

/**
 * Rebuilds projections from the start of the log into copies of their tables, while the running
 * projector keeps the live tables current and the API keeps reading them; then swaps the copies in:
 *
 * 1. the rebuild lock (one rebuild per projection), copies of the tables, the log read once in
 *    large batches, each projection taking them in order on a lane of its own (`Lanes`: the
 *    projections run side by side, a fast one up to a few batches ahead of the slowest);
 * 2. indexes and statistics on the copies;
 * 3. the swap-request lock, then the projection lock itself: the projector holding it finishes its
 *    batch and lets go, so nothing moves the projection from here on;
 * 4. what was appended meanwhile is applied to the copies, then in one transaction the checkpoint
 *    is set to where the copies are and the copies replace the live tables;
 * 5. every lock is released and the projector takes the projection again from the new checkpoint.
 *
 * A failure at any point leaves the live tables and checkpoints as they were.
 */
export async function rebuildProjections(store: EventStore, dataSource: DataSource, projections: readonly Projection[], options: RebuildOptions): Promise<RebuildResult> {
  const started = Date.now();
  const names = projections.map((p) => p.name);
  const tables = projections.flatMap((p) => p.tables);
  const locks = new LockSession(options.databaseUrl, 'projection rebuild');
  let read = 0;
  let total: number | null = null;
  const progress = (phase: RebuildPhase) => options.onProgress?.({ phase, done: read, total, elapsedMs: Date.now() - started });
  const batchSize = options.batchSize ?? 5_000;
  const targets = projections.map((p) => rebuilding(p, options.bufferSize ?? 8_000));
  let position = -1n;

  /** Reads from `position` until the log has nothing more, applying each batch to the copies; the next read overlaps the writes. */
  const readAfter = (after: bigint) => {
    const page = store.readAll({ after: after < 0n ? undefined : after, maxCount: batchSize });
    page.catch(() => undefined); // awaited below; a failure after an earlier one must not go unhandled
    return page;
  };
  const catchUp = async (phase: RebuildPhase) => {
    const lanes = new Lanes(targets, (target, batch: readonly RecordedEvent[]) => applyToCopy(dataSource, target, batch), LANE_AHEAD);
    let next = readAfter(position);
    let last = position;
    try {
      for (;;) {
        const batch = await next;
        if (batch.length === 0) break;
        last = batch[batch.length - 1].position;
        next = readAfter(last);
        await lanes.push(batch);
        read += batch.length;
        progress(phase);
      }
      await lanes.drain();
      position = last;
    } catch (error) {
      await lanes.settle();
      throw error;
    }
  };

  try {
    await locks.connect();
    for (const projection of projections) {
      if (!(await locks.tryLock(LOCK_SPACES.rebuild, projectionLockKey(projection.name)))) throw new Error(`${projection.name} is being rebuilt by another process`);
    }
    await dataSource.query('INSERT INTO projection_checkpoints (name) SELECT unnest($1::varchar[]) ON CONFLICT (name) DO NOTHING', [names]);
    const lookupIndexes = projections.flatMap((p) => p.lookupIndexes ?? []);
    await createShadowTables(dataSource, tables);
    await createShadowIndexes(dataSource, tables, { only: lookupIndexes });
    total = await countEvents(dataSource);
    progress('reading');
    await catchUp('reading');
    await finishCopies(dataSource, targets);
    progress('indexing');
    await createShadowIndexes(dataSource, tables, { except: lookupIndexes });

    progress('waiting for the projector');
    for (const projection of projections) {
      const key = projectionLockKey(projection.name);
      await locks.lock(LOCK_SPACES.swapRequest, key, options.lockTimeoutMs ?? 60_000);
      if (!(await locks.lock(LOCK_SPACES.projection, key, options.lockTimeoutMs ?? 60_000))) {
        throw new Error(`the projector running ${projection.name} did not let go within ${Math.round((options.lockTimeoutMs ?? 60_000) / 1000)} s`);
      }
    }
    progress('catching up');
    await catchUp('catching up');
    await finishCopies(dataSource, targets);
    progress('swapping');
    await swap(dataSource, names, tables, position);
    progress('done');
    return { projections: names, events: read, position, elapsedMs: Date.now() - started };
  } catch (error) {
    await dropShadowTables(dataSource, tables).catch(() => undefined);
    throw error;
  } finally {
    await locks.close();
  }
}

/** A projection being rebuilt: its rebuilder (rows written less often) or its plain `apply`, which holds nothing back. */
interface Rebuilding {
  projection: Projection;
  rebuilder: ProjectionRebuilder;
  holdsBack: boolean;
}

function rebuilding(projection: Projection, bufferSize: number): Rebuilding {
  const rebuilder = projection.rebuilder?.({ bufferSize });
  return { projection, rebuilder: rebuilder ?? { apply: (events, tx) => projection.apply(events, tx), finish: async () => undefined }, holdsBack: rebuilder !== undefined };
}

/** What the rebuilders held back, into the copies: each projection in its own transaction, all at once. */
async function finishCopies(dataSource: DataSource, targets: readonly Rebuilding[]): Promise<void> {
  const results = await Promise.allSettled(targets.map((target) => applyToCopy(dataSource, target, 'finish')));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/** One batch (or, with `finish`, what its rebuilder held back) into one projection's copies, in a transaction of its own. */
async function applyToCopy(dataSource: DataSource, { projection, rebuilder, holdsBack }: Rebuilding, batch: readonly RecordedEvent[] | 'finish'): Promise<void> {
  const events = batch === 'finish' ? [] : batch.filter((e) => projection.handles.has(e.type));
  // No transaction for nothing: 28 of them at once outgrew the pool's connect timeout on a busy server.
  if (batch === 'finish' ? !holdsBack : events.length === 0) return;
  try {
    await dataSource.transaction(async (tx) => {
      await tx.query('SET LOCAL synchronous_commit = off');
      await useShadowTables(tx);
      await (batch === 'finish' ? rebuilder.finish(tx) : rebuilder.apply(events, tx));
    });
  } catch (error) {
    const where = events.length > 0 ? `the events at positions ${events[0].position}..${events[events.length - 1].position}` : 'its last rows';
    throw new Error(`${projection.name} failed on ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Checkpoints and tables change together; readers of the old tables are waited for a few seconds at a time. */
async function swap(dataSource: DataSource, names: readonly string[], tables: readonly string[], position: bigint): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await dataSource.transaction(async (tx) => {
        await tx.query(`SET LOCAL lock_timeout = '3s'`);
        await tx.query(
          `UPDATE projection_checkpoints SET position = $2, status = 'running', error = NULL, failed_position = NULL, updated_at = now() WHERE name = ANY($1::varchar[])`,
          [names, position.toString()],
        );
        await swapInShadowTables(tx, tables);
      });
      return;
    } catch (error) {
      if (attempt >= SWAP_ATTEMPTS || !isTransient(error)) throw error;
    }
  }
}

/** Events in the PostgreSQL log, when it lives in this database; null otherwise. */
async function countEvents(dataSource: DataSource): Promise<number | null> {
  if (!(await hasPostgresLog(dataSource))) return null;
  const [{ n }] = await dataSource.query('SELECT count(*)::int AS n FROM event_store.events');
  return n;
}
