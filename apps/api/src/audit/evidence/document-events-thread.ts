import type { Worker } from 'node:worker_threads';
import { parallelOver } from '@office/audit';
import { startModuleWorker } from '@office/audit/module-worker';
import type { Actor, Organisation } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { DataSource } from 'typeorm';
import type { Period } from '../../read-models/period';
import { countPeriodDocuments, type EventsWritten } from './document-events';
import type { DocumentEventsReply, DocumentEventsWorkerData } from './document-events-worker';

/**
 * The worker's old generation. It holds a page of documents' streams at a time (a few MB) and
 * collects the garbage of parsing them often; the API's own heap then stays where it was (issue #19).
 */
const WORKER_HEAP_MB = 64;

/**
 * Below this many documents the events are written in the API's thread: their garbage is a few MB,
 * less than starting a worker costs (its own heap, connections and the modules it loads).
 */
export const WORKER_FROM_DOCUMENTS = 2_000;

/**
 * `writeDocumentEvents` in a worker thread over the database the data source opens (the same
 * files, counts and chain report). Undefined when the period holds fewer than `fromDocuments`
 * documents, when that database does not hold the store's log (another adapter, an empty log) or
 * the worker ran out of heap: the caller then writes them in this thread.
 */
export async function writeDocumentEventsInWorker(
  dir: string,
  deps: { store: EventStore; dataSource: DataSource; organisation: Organisation },
  period: Period,
  fieldCode: string | null,
  viewer: Actor,
  fromDocuments = WORKER_FROM_DOCUMENTS,
): Promise<EventsWritten | undefined> {
  const over = parallelOver(deps.dataSource);
  if (!over || (await countPeriodDocuments(deps.dataSource, period, fieldCode)) < fromDocuments) return undefined;
  const position = await deps.store.headPosition();
  if (position < 0n) return undefined;
  const [atHead] = await deps.store.readAll({ after: position - 1n, maxCount: 1 });
  if (atHead?.position !== position) return undefined;
  const workerData: DocumentEventsWorkerData = {
    connectionString: over.connectionString, head: { position, eventId: atHead.eventId }, dir, period, fieldCode, viewer, organisation: deps.organisation,
  };
  return answer(startModuleWorker(__dirname, 'document-events-worker', { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }));
}

/** The worker's one reply; it closes its connections before answering, then ends by itself. */
function answer(worker: Worker): Promise<EventsWritten | undefined> {
  return new Promise((resolve, reject) => {
    worker.once('message', (reply: DocumentEventsReply) => {
      if (reply.kind === 'written') resolve(reply.written);
      else if (reply.kind === 'elsewhere') resolve(undefined);
      else reject(new Error(`document events worker: ${reply.message}`));
    });
    // Streams of unusual length may not fit its heap: the caller then writes them all again, here (the files are rewritten from the start).
    worker.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(undefined) : reject(error)));
    // After a reply this changes nothing (a promise settles once).
    worker.once('exit', (code) => reject(new Error(`document events worker ended (code ${code}) without an answer`)));
  });
}
