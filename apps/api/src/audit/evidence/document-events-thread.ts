import type { Worker } from 'node:worker_threads';
import { parallelOver } from '@office/audit';
import { startModuleWorker } from '@office/audit/module-worker';
import type { Organisation } from '@office/domain';
import type { EventStore } from '@office/event-store';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { Period } from '../../read-models/period';
import { countPeriodDocuments } from './document-events';
import type { DocumentEventsReply, DocumentEventsWorkerData, WorkerParts } from './document-events-worker';

/**
 * The worker's old generation. It holds the modules of the read-model queries (≈ 40 MB), a page of
 * documents' streams and a slice of register rows at a time (a few MB), and collects the garbage of
 * parsing them often; the API's own heap then stays where it was (issue #19).
 */
const WORKER_HEAP_MB = 96;

/**
 * Below this many documents the events and registers are written in the API's thread: their
 * garbage is a few MB, less than starting a worker costs (its own heap, connections and the
 * modules it loads).
 */
export const WORKER_FROM_DOCUMENTS = 2_000;

export interface PackWorkerOptions {
  /** Fewer documents than this are left to the caller (default WORKER_FROM_DOCUMENTS). */
  fromDocuments?: number;
  /** The pack's time (the registers' sheets carry it) and the position the registers' reads wait for. */
  at: Date;
  minPosition?: string;
  /** Ends the worker (the caller's pack failed meanwhile); the answer then settles once the thread is gone. */
  signal?: AbortSignal;
}

/**
 * `writeDocumentEvents` and `writeRegisters` in a worker thread over the database the data source
 * opens (the same files, counts, rows and chain report). Undefined when the period holds fewer than
 * `fromDocuments` documents, when that database does not hold the store's log (another adapter, an
 * empty log) or the worker ran out of heap: the caller then writes them in this thread.
 */
export async function writeInWorker(
  dir: string,
  deps: { store: EventStore; dataSource: DataSource; organisation: Organisation },
  period: Period,
  fieldCode: string | null,
  requester: AuthenticatedUser,
  { fromDocuments = WORKER_FROM_DOCUMENTS, at, minPosition, signal }: PackWorkerOptions,
): Promise<WorkerParts | undefined> {
  const over = parallelOver(deps.dataSource);
  if (!over || (await countPeriodDocuments(deps.dataSource, period, fieldCode)) < fromDocuments) return undefined;
  const position = await deps.store.headPosition();
  if (position < 0n) return undefined;
  const [atHead] = await deps.store.readAll({ after: position - 1n, maxCount: 1 });
  if (atHead?.position !== position) return undefined;
  const workerData: DocumentEventsWorkerData = {
    connectionString: over.connectionString, head: { position, eventId: atHead.eventId }, dir, period, fieldCode, organisation: deps.organisation, requester, at, minPosition,
  };
  signal?.throwIfAborted();
  const worker = startModuleWorker(__dirname, 'document-events-worker', { workerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
  const stop = () => void worker.terminate();
  signal?.addEventListener('abort', stop, { once: true });
  return answer(worker).finally(() => signal?.removeEventListener('abort', stop));
}

/** The worker's one reply; it closes its connections before answering, then ends by itself. */
function answer(worker: Worker): Promise<WorkerParts | undefined> {
  return new Promise((resolve, reject) => {
    let failure: Error | undefined;
    worker.once('message', (reply: DocumentEventsReply) => {
      if (reply.kind === 'written') resolve(reply.written);
      else if (reply.kind === 'elsewhere') resolve(undefined);
      else {
        // The other part may still be writing into the pack's folder, which the caller removes on this failure: the
        // failure is answered once the thread is gone ('exit').
        failure = new Error(`evidence pack worker: ${reply.message}`);
        void worker.terminate();
      }
    });
    // Streams of unusual length may not fit its heap: the caller then writes them all again, here (the files are rewritten from the start).
    worker.once('error', (error: NodeJS.ErrnoException) => (error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? resolve(undefined) : reject(error)));
    // After a reply this changes nothing (a promise settles once).
    worker.once('exit', (code) => reject(failure ?? new Error(`evidence pack worker ended (code ${code}) without an answer`)));
  });
}
