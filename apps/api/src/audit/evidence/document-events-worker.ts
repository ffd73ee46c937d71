import { parentPort, workerData } from 'node:worker_threads';
import { EVENT_UPCASTERS, type Actor, type Organisation } from '@office/domain';
import { ChainedEventStore, PostgresEventStore } from '@office/event-store';
import { Client } from 'pg';
import type { Period } from '../../read-models/period';
import { writeDocumentEvents, type EventsWritten } from './document-events';

/** What the API hands the worker: where to read and write, and whose pack it is. */
export interface DocumentEventsWorkerData {
  connectionString: string;
  /** The event at the head of the API's store: this connection's log must hold it there too, else it is another log. */
  head: { position: bigint; eventId: string };
  dir: string;
  period: Period;
  fieldCode: string | null;
  viewer: Actor;
  organisation: Organisation;
}

export type DocumentEventsReply =
  | { kind: 'written'; written: EventsWritten }
  /** The table at this connection is not the API's store (another adapter, another database): nothing was written. */
  | { kind: 'elsewhere' }
  | { kind: 'failed'; message: string };

/**
 * A worker thread that writes the events of a pack's documents (`writeDocumentEvents`), reading
 * the store through its own PostgreSQL adapter and the read model through its own connection. The
 * rows of a year, parsed, are hundreds of MB of short-lived garbage: here it is collected in the
 * worker's small heap instead of growing the API's. The upcasters are the platform's, as the API's
 * store reads, so access to each document is decided on the same state.
 */
async function main(): Promise<DocumentEventsReply> {
  const { connectionString, head, dir, period, fieldCode, viewer, organisation } = workerData as DocumentEventsWorkerData;
  const store = new ChainedEventStore(new PostgresEventStore({ connectionString, poolSize: 1 }), { upcasters: EVENT_UPCASTERS });
  // As the API's data source: a PostgreSQL that does not answer fails the pack in seconds rather than holding it.
  const readModels = new Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true });
  try {
    const [atHead] = await store.readAll({ after: head.position - 1n, maxCount: 1 }).catch(() => []);
    if (atHead?.position !== head.position || atHead.eventId !== head.eventId) return { kind: 'elsewhere' };
    await readModels.connect();
    const queries = { query: async (sql: string, parameters: unknown[]) => (await readModels.query(sql, parameters)).rows };
    return { kind: 'written', written: await writeDocumentEvents(dir, { store, readModels: queries, organisation }, period, fieldCode, viewer) };
  } finally {
    await Promise.all([store.close(), readModels.end()]).catch(() => undefined);
  }
}

main().then(
  (reply) => parentPort!.postMessage(reply),
  (error: unknown) => parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies DocumentEventsReply),
);
