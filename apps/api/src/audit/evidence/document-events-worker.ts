import { parentPort, workerData } from 'node:worker_threads';
import { EVENT_UPCASTERS, type Organisation } from '@office/domain';
import { ChainedEventStore, PostgresEventStore } from '@office/event-store';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { Period } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { RegisterQueries } from '../../read-models/registers/register-queries';
import { actorOf, writeDocumentEvents, type EventsWritten } from './document-events';
import { writeRegisters, type RegistersWritten } from './register-extract';

/** What the API hands the worker: where to read and write, and whose pack it is. */
export interface DocumentEventsWorkerData {
  connectionString: string;
  /** The event at the head of the API's store: this connection's log must hold it there too, else it is another log. */
  head: { position: bigint; eventId: string };
  dir: string;
  period: Period;
  fieldCode: string | null;
  organisation: Organisation;
  /** Whose pack: what they may read decides the events' data and the register rows shown. */
  requester: AuthenticatedUser;
  /** The pack's time, which the registers' sheets carry, and the position their reads wait for. */
  at: Date;
  minPosition?: string;
}

/** The parts the worker writes. */
export interface WorkerParts {
  events: EventsWritten;
  registers: RegistersWritten;
}

export type DocumentEventsReply =
  | { kind: 'written'; written: WorkerParts }
  /** The table at this connection is not the API's store (another adapter, another database): nothing was written. */
  | { kind: 'elsewhere' }
  | { kind: 'failed'; message: string };

/** A connection as the read-model queries use a data source: `query(sql, parameters)` answering the rows. */
const queriesOver = (client: Client) => ({ query: async (sql: string, parameters?: unknown[]) => (await client.query(sql, parameters)).rows });

/**
 * A worker thread that writes the events of a pack's documents (`writeDocumentEvents`) and the
 * registers (`writeRegisters`) side by side, reading the store through its own PostgreSQL adapter
 * and the read models through connections of its own. The rows of a year, parsed, are hundreds of
 * MB of short-lived garbage: here it is collected in the worker's small heap instead of growing the
 * API's. The upcasters are the platform's, as the API's store reads, so access to each document is
 * decided on the same state.
 */
async function main(): Promise<DocumentEventsReply> {
  const { connectionString, head, dir, period, fieldCode, organisation, requester, at, minPosition } = workerData as DocumentEventsWorkerData;
  const store = new ChainedEventStore(new PostgresEventStore({ connectionString, poolSize: 1 }), { upcasters: EVENT_UPCASTERS });
  // As the API's data source: a PostgreSQL that does not answer fails the pack in seconds rather than holding it.
  const [documents, registerRows] = [0, 1].map(() => new Client({ connectionString, connectionTimeoutMillis: 5_000, keepAlive: true }));
  try {
    const [atHead] = await store.readAll({ after: head.position - 1n, maxCount: 1 }).catch(() => []);
    if (atHead?.position !== head.position || atHead.eventId !== head.eventId) return { kind: 'elsewhere' };
    await Promise.all([documents.connect(), registerRows.connect()]);
    // RegisterQueries and ProjectionPositions only ever call `query` on their data source.
    const readModels = queriesOver(registerRows) as unknown as DataSource;
    const registers = new RegisterQueries(readModels, new ProjectionPositions(readModels), () => new Date());
    const [events, written] = await Promise.all([
      writeDocumentEvents(dir, { store, readModels: queriesOver(documents), organisation }, period, fieldCode, actorOf(requester)),
      writeRegisters(dir, registers, period, requester, { at, minPosition }),
    ]);
    return { kind: 'written', written: { events, registers: written } };
  } finally {
    await Promise.all([store.close(), documents.end(), registerRows.end()]).catch(() => undefined);
  }
}

main().then(
  (reply) => parentPort!.postMessage(reply),
  (error: unknown) => parentPort!.postMessage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) } satisfies DocumentEventsReply),
);
