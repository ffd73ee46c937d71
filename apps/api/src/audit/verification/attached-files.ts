import type { EventStore, RecordedEvent } from '@office/event-store';
import type { BlobCheck, BlobStore } from '@office/storage';

/** The events that attach a file, and the owner their stream names. */
const ATTACHING: Readonly<Record<string, { kind: 'document' | 'dossier'; prefix: string }>> = {
  DocumentFileAttached: { kind: 'document', prefix: 'document-' },
  DossierFileAttached: { kind: 'dossier', prefix: 'dossier-' },
};

/** An attached file whose bytes are not those the event recorded: named like a broken link of a chain. */
export interface FileProblem {
  streamId: string;
  ownerKind: 'document' | 'dossier';
  ownerId: string;
  attachmentId: string;
  name: string;
  sha256: string;
  eventId: string;
  revision: string;
  /** `missing`: no bytes under the hash; `mismatch`: bytes that hash to something else (`actualSha256`). */
  status: 'missing' | 'mismatch';
  actualSha256?: string;
}

export interface FileVerification {
  ok: boolean;
  /** Attaching events read. */
  attachmentsChecked: number;
  /** Distinct hashes re-read and re-hashed. */
  filesChecked: number;
  firstBroken?: FileProblem;
  /** Every problem found, the first 100. */
  problems: FileProblem[];
}

const MAX_PROBLEMS = 100;
/** Files re-hashed at once: enough to overlap the store's latency, few enough to leave the disk to the users. */
const PARALLEL = 4;

/**
 * The files' half of the integrity check (DOMAIN.md §11): every hash an attaching event of the log
 * (or of one stream) records must have its bytes in the store, and they must still hash to it. Reads
 * the log itself, not a read model, so that nothing can hide an attachment from the check; each
 * distinct file is re-hashed once, however many events attach it.
 */
export async function verifyAttachedFiles(log: EventStore, files: BlobStore, options: { streamId?: string; pageSize?: number } = {}): Promise<FileVerification> {
  const checks = new Map<string, Promise<BlobCheck>>();
  const pending: Array<{ event: RecordedEvent; check: Promise<BlobCheck> }> = [];
  const problems: FileProblem[] = [];
  let attachmentsChecked = 0;
  const settle = async (keep: number) => {
    while (pending.length > keep) {
      const { event, check } = pending.shift()!;
      const problem = problemOf(event, await check);
      if (problem && problems.length < MAX_PROBLEMS) problems.push(problem);
    }
  };
  for await (const event of attachingEvents(log, options)) {
    attachmentsChecked++;
    const sha256 = (event.data as { sha256?: string }).sha256 ?? '';
    let check = checks.get(sha256);
    if (!check) {
      check = files.verify(sha256).catch((): BlobCheck => ({ sha256, status: 'missing' }));
      checks.set(sha256, check);
    }
    pending.push({ event, check });
    await settle(PARALLEL);
  }
  await settle(0);
  return { ok: problems.length === 0, attachmentsChecked, filesChecked: checks.size, ...(problems[0] ? { firstBroken: problems[0] } : {}), problems };
}

async function* attachingEvents(log: EventStore, options: { streamId?: string; pageSize?: number }): AsyncGenerator<RecordedEvent> {
  if (options.streamId !== undefined) {
    for (const event of await log.readStream(options.streamId)) if (ATTACHING[event.type]) yield event;
    return;
  }
  const maxCount = options.pageSize ?? 2_000;
  let after = -1n;
  for (;;) {
    const page = await log.readAll({ after, maxCount });
    for (const event of page) if (ATTACHING[event.type]) yield event;
    if (page.length < maxCount) return;
    after = page[page.length - 1].position;
  }
}

function problemOf(event: RecordedEvent, check: BlobCheck): FileProblem | null {
  if (check.status === 'ok') return null;
  const owner = ATTACHING[event.type];
  const data = event.data as { attachmentId?: string; name?: string; sha256?: string };
  return {
    streamId: event.streamId,
    ownerKind: owner.kind,
    ownerId: event.streamId.slice(owner.prefix.length),
    attachmentId: String(data.attachmentId ?? ''),
    name: String(data.name ?? ''),
    sha256: String(data.sha256 ?? ''),
    eventId: event.eventId,
    revision: event.revision.toString(),
    status: check.status,
    ...(check.status === 'mismatch' ? { actualSha256: check.actualSha256 } : {}),
  };
}

/** The files' lines of the verification report, in the words of `npm run audit -- verify`. */
export function fileVerificationText(report: FileVerification): string[] {
  const lines = [`Tệp đính kèm: ${report.attachmentsChecked} lần đính kèm, ${report.filesChecked} tệp, ${report.ok ? 'khớp với sự kiện' : `${report.problems.length} SAI LỆCH`}`];
  for (const p of report.problems) {
    const what = p.status === 'missing' ? 'MẤT (không còn trong kho tệp)' : `BỊ THAY ĐỔI (nội dung hiện băm ra ${p.actualSha256})`;
    lines.push(`  ${p.ownerKind === 'document' ? 'văn bản' : 'hồ sơ'} ${p.ownerId}, tệp "${p.name}" (${p.attachmentId}, sha256 ${p.sha256}): ${what}`);
  }
  return lines;
}
