import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { RangeCheck, type RangeSummary, type StoredEvent } from './range-check';

/** What the main thread sends: the log's table, then one range at a time (`null`: no more). */
export interface RangeWorkerData {
  connectionString: string;
  schema: string;
  pageSize: number;
  /** The latest digest's position, whose heads the ranges collect. */
  upTo: bigint | null;
}
export interface RangeTask {
  index: number;
  /** Positions in (after, last]. */
  after: bigint;
  last: bigint;
}
export type RangeReply =
  | { kind: 'progress'; events: number; position: bigint }
  | { kind: 'done'; index: number; summary: RangeSummary }
  | { kind: 'failed'; message: string };

/**
 * A verification worker thread: reads its ranges of the PostgreSQL log straight from the table, as
 * stored (the form the hashes cover), and checks each with `RangeCheck`. One connection for its life.
 */
async function main(): Promise<void> {
  const { connectionString, schema, pageSize, upTo } = workerData as RangeWorkerData;
  const port = parentPort!;
  const client = new Client({ connectionString });
  await client.connect();
  const read = (after: bigint, last: bigint) =>
    client.query<[string, string, string, string, string, unknown, unknown]>({
      text: `SELECT position, stream_id, revision, event_id, type, data, metadata FROM ${schema}.events WHERE position > $1 AND position <= $2 ORDER BY position LIMIT $3`,
      values: [after.toString(), last.toString(), pageSize],
      rowMode: 'array',
    });
  port.on('message', (task: RangeTask | null) => {
    if (task === null) return void client.end().finally(() => port.close());
    checkRange(task).then(
      (summary) => port.postMessage({ kind: 'done', index: task.index, summary } satisfies RangeReply),
      (error: unknown) => port.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies RangeReply),
    );
  });

  async function checkRange({ after, last }: RangeTask): Promise<RangeSummary> {
    const check = new RangeCheck(upTo);
    for (let from = after; ; ) {
      const { rows } = await read(from, last);
      const page: StoredEvent[] = rows.map(([position, streamId, revision, eventId, type, data, metadata]) => ({
        position: BigInt(position), streamId, revision: BigInt(revision), eventId, type, data, metadata,
      }));
      const going = check.add(page);
      if (page.length > 0) port.postMessage({ kind: 'progress', events: page.length, position: page[page.length - 1].position } satisfies RangeReply);
      if (!going || page.length < pageSize) return check.summary();
      from = page[page.length - 1].position;
    }
  }
}

main().catch((error: unknown) => parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies RangeReply));
