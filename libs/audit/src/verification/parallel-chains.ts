import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { EventStore } from '@office/event-store';
import { Client } from 'pg';
import { startModuleWorker } from '../module-worker';
import { joinRanges, type JoinedRanges, type RangeSummary } from './range-check';
import type { RangeReply, RangeTask, RangeWorkerData } from './range-worker';

/** The PostgreSQL table behind the event store, which worker threads read in position ranges. */
export interface ParallelVerification {
  connectionString: string;
  /** Schema of the log; default `event_store`. */
  schema?: string;
  /** Worker threads; default one per core. */
  workers?: number;
}

/**
 * Worker threads over the database a TypeORM data source (or anything with its `options.url`) opens,
 * where the PostgreSQL adapter keeps the log; `verifyChainsInParallel` checks that it really is the store's log.
 */
export function parallelOver(dataSource: { options: object }): ParallelVerification | undefined {
  const url = (dataSource.options as { url?: unknown }).url;
  return typeof url === 'string' ? { connectionString: url } : undefined;
}

/** Ranges per worker: a range that holds more work than the others (a long document) then does not leave the rest idle. */
const RANGES_PER_WORKER = 4;

/**
 * Every chain of the log, checked by worker threads over position ranges up to `head`, joined at
 * the seams (`joinRanges`). Undefined when the table is not the store's log (another adapter, another
 * database): the caller then walks the store in one pass. The proof it is: the event the store
 * gives at its head position is in the table, at that position, with the same id.
 */
export async function verifyChainsInParallel(
  store: EventStore,
  head: bigint,
  options: ParallelVerification & { pageSize: number; upTo: bigint | null; onProgress?(eventsChecked: number, position: bigint): void },
): Promise<JoinedRanges | undefined> {
  const schema = options.schema ?? 'event_store';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`event store schema "${schema}" must be lower-case letters, digits and _`);
  const [atHead] = head < 0n ? [] : await store.readAll({ after: head - 1n, maxCount: 1 });
  if (!atHead || atHead.position !== head) return undefined;
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const ranges = await splitLog(options.connectionString, schema, head, atHead.eventId, workers * RANGES_PER_WORKER);
  if (!ranges) return undefined;
  const summaries = await runRanges(ranges, Math.min(workers, ranges.length), { connectionString: options.connectionString, schema, pageSize: options.pageSize, upTo: options.upTo }, options.onProgress);
  return joinRanges(summaries);
}

/** Upper bounds of `count` ranges of about as many events each (one index-only scan), or undefined if the table is not the store's. */
async function splitLog(connectionString: string, schema: string, head: bigint, headEventId: string, count: number): Promise<RangeTask[] | undefined> {
  const client = new Client({ connectionString });
  await client.connect();
  try {
    const same = await client.query(`SELECT 1 FROM ${schema}.events WHERE position = $1 AND event_id = $2`, [head.toString(), headEventId]).catch(() => ({ rowCount: 0 }));
    if (same.rowCount !== 1) return undefined;
    const { rows } = await client.query<{ last: string }>(
      `SELECT max(position)::text AS last FROM (SELECT position, ntile($2) OVER (ORDER BY position) AS part FROM ${schema}.events WHERE position <= $1) parts GROUP BY part ORDER BY part`,
      [head.toString(), count],
    );
    let after = -(2n ** 63n);
    return rows.map((row, index) => {
      const task = { index, after, last: BigInt(row.last) };
      after = task.last;
      return task;
    });
  } finally {
    await client.end();
  }
}

/** Hands the ranges out to `size` workers as each finishes its last; the summaries come back in range order. */
function runRanges(ranges: readonly RangeTask[], size: number, data: RangeWorkerData, onProgress?: (eventsChecked: number, position: bigint) => void): Promise<RangeSummary[]> {
  const summaries: RangeSummary[] = new Array(ranges.length);
  let next = 0;
  let done = 0;
  let read = 0;
  const pool = Array.from({ length: size }, () => startWorker(data));
  return new Promise<RangeSummary[]>((resolveAll, reject) => {
    const stop = (error?: Error) => {
      for (const worker of pool) void worker.terminate();
      if (error) reject(error);
      else resolveAll(summaries);
    };
    for (const worker of pool) {
      const feed = () => worker.postMessage(next < ranges.length ? ranges[next++] : null);
      worker.on('message', (reply: RangeReply) => {
        if (reply.kind === 'progress') {
          read += reply.events;
          onProgress?.(read, reply.position);
        } else if (reply.kind === 'failed') {
          stop(new Error(`verification worker: ${reply.message}`));
        } else {
          summaries[reply.index] = reply.summary;
          if (++done === ranges.length) stop();
          else feed();
        }
      });
      worker.on('error', (error) => stop(error));
      feed();
    }
  });
}

/** The range worker beside this file (`startModuleWorker`: compiled, or from the sources under the test runner). */
function startWorker(workerData: RangeWorkerData): Worker {
  return startModuleWorker(__dirname, 'range-worker', { workerData });
}
