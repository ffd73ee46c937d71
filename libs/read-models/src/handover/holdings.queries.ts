import type { HeldItem, HeldKind } from '@office/domain';
import type { DataSource } from 'typeorm';
import type { QueueViewer } from '../documents/document-queue';
import { PendingWork, type WaitingItem, type WorkArea } from '../notices/pending-work.queries';
import { PROJECTION_NAMES } from '../projection-names';

const KIND_OF: Record<WorkArea, HeldKind> = { documents: 'document', dossiers: 'dossier', directives: 'directive' };

/**
 * The queue steps a person owes by name, and whether the item's own context can move it to
 * someone else now. Steps owed by role or by field (distribute, assign, initial, issue, the desk's
 * and clerks' steps) pass to whoever takes the post, so they are not the leaver's to hand over.
 * A document being handled is reassigned by its head (`assign`); a dossier with its specialist is
 * transferred (`transfer`); a document awaiting a named leader's signature, a dossier already
 * appraised and a directive followed up have no such step and are handed over on paper.
 */
const PERSONAL: Record<WorkArea, Record<string, boolean>> = {
  documents: { appraise: true, sign: false },
  dossiers: { appraise: true, submit: false, initial: false, sign: false },
  directives: { follow_up: false },
};

function heldOf(item: WaitingItem): HeldItem | null {
  const reassignable = PERSONAL[item.area][item.step];
  if (reassignable === undefined) return null;
  return { key: item.stream, kind: KIND_OF[item.area], label: item.label, step: item.step, link: item.link, due: item.due, reassignable };
}

/** The projections `Holdings.of` reads (the queues of documents, dossiers and directives; the case files): a read of them waits for these. */
export const HOLDINGS_PROJECTIONS = [PROJECTION_NAMES.documentSummaries, PROJECTION_NAMES.dossiers, PROJECTION_NAMES.directives, PROJECTION_NAMES.caseFiles];

/**
 * What a person holds (đang giữ), from the read models: the very queues of GET /api/me/queue,
 * /api/onestop/queue and "my directives" (`PendingWork`), kept to the steps owed by name, plus the
 * documents they handle while a supplement is awaited (the queue then shows the clerk's step) and
 * their open case files. The hand-over lists it and checks against it before signing and release.
 */
export class Holdings {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async of(person: QueueViewer): Promise<HeldItem[]> {
    const [waiting, awaiting, caseFiles] = await Promise.all([
      new PendingWork(this.dataSource, this.clock).items(person),
      this.awaitingSupplement(person.id),
      openCaseFilesOf(this.dataSource, person.id),
    ]);
    return [...waiting.map(heldOf).filter((item): item is HeldItem => item !== null), ...awaiting, ...caseFiles];
  }

  private async awaitingSupplement(userId: string): Promise<HeldItem[]> {
    const rows: Array<{ id: string; incoming_number: number; incoming_year: number; excerpt: string }> = await this.dataSource.query(
      `SELECT id, incoming_number, incoming_year, excerpt FROM rm_document_summaries WHERE assignee_id = $1::uuid AND status = 'supplement_requested' ORDER BY received_at, id`,
      [userId],
    );
    return rows.map((r) => ({
      key: `document-${r.id}`, kind: 'document', label: `văn bản đến số ${r.incoming_number}/${r.incoming_year} (${r.excerpt})`, step: 'await_supplement',
      link: `/van-ban/${r.id}`, due: null, reassignable: true,
    }));
  }
}

/**
 * Open case files (hồ sơ công việc, DOMAIN.md §9) the person is responsible for, from the records
 * context's `rm_case_files`. That context has no step that changes the responsible person, so they
 * are handed over on paper.
 */
export async function openCaseFilesOf(dataSource: DataSource, userId: string): Promise<HeldItem[]> {
  const rows: Array<{ id: string; code: string; title: string; year: number }> = await dataSource.query(
    `SELECT id, code, title, year FROM rm_case_files WHERE responsible_id = $1::uuid AND status = 'open' ORDER BY year, code, id`,
    [userId],
  );
  return rows.map((r) => ({ key: `case-file-${r.id}`, kind: 'case_file', label: `hồ sơ ${r.code}/${r.year} (${r.title})`, step: 'keep_file', link: null, due: null, reassignable: false }));
}
