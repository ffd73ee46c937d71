import type { EventStore } from '@office/event-store';
import { AttachmentQueries, PROJECTION_NAMES, projectedPosition } from '@office/read-models';
import type { BlobStore } from '@office/storage';
import type { DataSource } from 'typeorm';

/** An upload not yet attached survives this long: the person may still be filling in the form it goes with. */
export const UNATTACHED_GRACE_MS = 24 * 60 * 60 * 1000;
const BATCH = 500;
const WAIT_FOR_PROJECTOR_MS = 30_000;

export interface GarbageReport {
  /** Stored files looked at. */
  scanned: number;
  /** Kept because an attaching event names them. */
  referenced: number;
  /** Kept because they are younger than the grace period (an upload not yet attached). */
  young: number;
  /** Deleted (or, with `dryRun`, that would be). */
  deleted: string[];
  dryRun: boolean;
}

export interface GarbageOptions {
  store: BlobStore;
  log: EventStore;
  dataSource: DataSource;
  now: Date;
  graceMs?: number;
  dryRun?: boolean;
}

/**
 * Deletes stored files that no event references and that are older than the grace period. What is
 * referenced comes from `attachments.v1`, and only once that projection has caught up with the log
 * as it was when collection began, so a file attached a moment ago is never taken for garbage; a
 * projection behind (or stopped) refuses the collection rather than guess. Never deletes a hash any
 * attaching event names.
 */
export async function collectGarbage(options: GarbageOptions): Promise<GarbageReport> {
  const { store, log, dataSource, now, graceMs = UNATTACHED_GRACE_MS, dryRun = false } = options;
  await untilProjected(dataSource, await log.headPosition());
  const queries = new AttachmentQueries(dataSource);
  const report: GarbageReport = { scanned: 0, referenced: 0, young: 0, deleted: [], dryRun };
  let batch: string[] = [];
  const settle = async () => {
    const referenced = await queries.referenced(batch);
    report.referenced += referenced.size;
    for (const sha256 of batch) {
      if (referenced.has(sha256)) continue;
      if (!dryRun) await store.delete(sha256);
      report.deleted.push(sha256);
    }
    batch = [];
  };
  for await (const sha256 of store.list()) {
    report.scanned++;
    const stat = await store.stat(sha256);
    if (!stat) continue;
    if (now.getTime() - stat.storedAt.getTime() < graceMs) {
      report.young++;
      continue;
    }
    batch.push(sha256);
    if (batch.length >= BATCH) await settle();
  }
  if (batch.length > 0) await settle();
  return report;
}

async function untilProjected(dataSource: DataSource, head: bigint): Promise<void> {
  const deadline = Date.now() + WAIT_FOR_PROJECTOR_MS;
  for (;;) {
    const position = await projectedPosition(dataSource, [PROJECTION_NAMES.attachments]);
    if (position >= head) return;
    if (Date.now() > deadline) {
      throw new Error(`the attachments projection (${PROJECTION_NAMES.attachments}) is at ${position}, behind the log's head ${head}: is the projector running? Nothing was deleted`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
