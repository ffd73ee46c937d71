import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  HashedOutput, manifestEntry, resolvePdfFont, roleLabel, verifyDigestLinks, verifyLog, writeSummaryPdf, zipPack,
  type PackedFile, type PdfFont,
} from '@office/audit';
import { localDateOf, type Organisation } from '@office/domain';
import { DEMO_OFFICE, printedProcessBases, writeIsoPackSummary, type OfficeIdentity, type PrintedProcessBasis } from '@office/forms';
import type { EventStore } from '@office/event-store';
import type { BlobStore } from '@office/storage';
import { InternalProcessQueries, PROJECTION_NAMES, projectedPosition, type OrganisationDirectory } from '@office/read-models';
import type { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import type { Clock } from '../../commands/request-context';
import { ValidationFailedException } from '../../http/validation';
import type { ComplianceQueries } from '../../read-models/iso/compliance-queries';
import { resolvePeriod, type Period } from '../../read-models/period';
import { ProjectionPositions } from '../../read-models/projection-positions';
import { toCsv } from '../../read-models/registers/register-csv';
import type { RegisterQueries } from '../../read-models/registers/register-queries';
import { writeAttachedFiles } from './attached-files';
import { actorOf, writeDocumentEvents, type EventsWritten, type ExportedChains } from './document-events';
import { writeInWorker } from './document-events-thread';
import type { WorkerParts } from './document-events-worker';
import {
  EVIDENCE_FORMAT, EVIDENCE_TITLE, evidenceNotes, HASH_CHAIN_RULE, summarise,
  type EvidenceManifest, type VerificationReport, type VerificationScope, type VerificationSummary,
} from './evidence-manifest';
import { writeRegisters } from './register-extract';
import { filesDigest, qualityFiguresOf, qualityHeadline, qualityParts, writePart, type QualityFigures } from './quality-parts';

export { EVIDENCE_FORMAT, type EvidenceManifest, type VerificationReport } from './evidence-manifest';

const MAX_DAYS = 3 * 366;
const TEMP_PREFIX = 'office-ledger-evidence-';
/**
 * A pack removed at shutdown may still be written: its writers can add a file while the folder is
 * emptied, and rmdir then finds it not empty (ENOTEMPTY). Removal tries again, 100 ms longer each
 * time; once the folder is gone, the writers' next file fails and so does the pack.
 */
const REMOVAL_RETRIES = 10;
/** A pack folder this old was left by a process that died while serving it. */
const STALE_MS = 24 * 3_600_000;

export interface EvidenceRequest {
  from?: string;
  to?: string;
  fieldCode?: string;
  minPosition?: string;
  /** `documents` (default): the chains of the pack's streams and the digests' links; `log`: also the whole log (minutes for years of log). */
  verify?: VerificationScope;
  /** `true`: the attached files themselves too (their list and hashes are always in). */
  includeFiles?: 'true' | 'false';
}

export interface PreparedEvidencePack {
  fileName: string;
  manifest: EvidenceManifest;
  /** The zip, produced while it is read (files come from disk). */
  zip(): Readable;
  /** Removes the prepared files; safe to call more than once. */
  dispose(): Promise<void>;
}

export interface EvidenceDeps {
  store: EventStore;
  dataSource: DataSource;
  directory: OrganisationDirectory;
  registers: RegisterQueries;
  compliance: ComplianceQueries;
  clock: Clock;
  /** Default: PDF_FONT or a system font with Vietnamese glyphs. */
  font?: () => PdfFont;
  /** The attachment store, for packs that include the files. */
  files?: BlobStore;
  /** The office named on the ISO summary (default: the demo's). */
  office?: OfficeIdentity;
  /** From how many documents the events and registers are written by a worker thread (default WORKER_FROM_DOCUMENTS; the tests choose both ways). */
  workerFromDocuments?: number;
}

/** One pack being written. */
interface PackJob {
  dir: string;
  request: EvidenceRequest;
  requester: AuthenticatedUser;
  period: Period;
  fieldCode: string | null;
  fieldName: string | null;
  organisation: Organisation;
  now: Date;
  font: PdfFont;
}

const COMPLIANCE_HEADERS = [
  'Bước', 'Tên bước', 'Thời hạn', 'Căn cứ', 'Số lượng', 'Đúng hạn', 'Trễ hạn', 'Tỉ lệ đúng hạn', 'Trung vị (ngày làm việc)', 'Phân vị 90 (ngày làm việc)',
  'Trễ nhiều nhất (ngày làm việc)', 'Đang mở', 'Đang mở, đã quá hạn', 'Quy trình', 'Phiên bản quy trình', 'Phiên bản lịch làm việc',
];

/**
 * Bộ hồ sơ minh chứng ISO: writes every file into a temporary folder, each through a stream that
 * hashes it, so the manifest knows every SHA-256 before the zip starts; the zip then reads the
 * files back from disk as the client consumes it. Nothing the size of a year is held in memory:
 * register rows, documents and their events are read a slice at a time.
 */
export class EvidencePacks {
  /** Packs prepared and not yet disposed: removed at shutdown if their download is cut short by it. */
  private readonly live = new Set<() => Promise<void>>();

  constructor(private readonly deps: EvidenceDeps) {}

  /** Nest calls it when the application starts: folders left by a process that was killed mid-download go. */
  async onModuleInit(): Promise<void> {
    const root = tmpdir();
    const names = (await readdir(root).catch(() => [] as string[])).filter((name) => name.startsWith(TEMP_PREFIX));
    for (const name of names) {
      const path = join(root, name);
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory() && Date.now() - info.mtimeMs > STALE_MS) await rm(path, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Nest calls it when the application closes. */
  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.live].map((dispose) => dispose()));
  }

  async prepare(request: EvidenceRequest, requester: AuthenticatedUser): Promise<PreparedEvidencePack> {
    const font = (this.deps.font ?? resolvePdfFont)();
    const now = this.deps.clock();
    const period = resolvePeriod(request, localDateOf(now), 'year', MAX_DAYS);
    const organisation = await this.deps.directory.organisation();
    const fieldCode = request.fieldCode ?? null;
    const field = fieldCode === null ? null : organisation.fields.find((f) => f.code === fieldCode);
    if (field === undefined) throw new ValidationFailedException([{ field: 'fieldCode', message: `Không có lĩnh vực ${fieldCode}` }]);
    const dir = await mkdtemp(join(tmpdir(), TEMP_PREFIX));
    let removal: Promise<void> | undefined;
    const dispose = () => {
      removal ??= rm(dir, { recursive: true, force: true, maxRetries: REMOVAL_RETRIES }).finally(() => this.live.delete(dispose));
      return removal;
    };
    this.live.add(dispose);
    try {
      const { manifest, packed } = await this.write({ dir, request, requester, period, fieldCode, fieldName: field?.name ?? null, organisation, now, font });
      const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
      return {
        fileName: `ho-so-minh-chung-iso-${period.from}-${period.to}${fieldCode ? `-${fieldCode}` : ''}.zip`,
        manifest,
        zip: () => zipPack(dir, manifestBytes, packed, now),
        dispose,
      };
    } catch (error) {
      await dispose();
      throw error;
    }
  }

  /** The manifest, and the files in its order as they lie on disk for the zip. */
  private async write(job: PackJob): Promise<{ manifest: EvidenceManifest; packed: PackedFile[] }> {
    const { store, dataSource } = this.deps;
    const storeHeadPosition = (await store.headPosition()).toString();
    const viewer = actorOf(job.requester);
    await new ProjectionPositions(dataSource).reached([PROJECTION_NAMES.documentSummaries], job.request.minPosition);
    // The events and the registers, the parts that grow with the year, are written by a worker thread on the machine's other
    // core while this thread writes the compliance table and reads the quality figures; the files are apart, and the zip takes
    // them in the manifest's order.
    const [{ events, registers }, { compliance, figures }] = await beside(
      (signal) => this.writeEventsAndRegisters(job, signal),
      async () => {
        const compliance = await this.writeCompliance(job);
        const figures = await qualityFiguresOf(dataSource, this.deps.clock, job.period);
        return { compliance, figures };
      },
    );
    const verification = await this.verify(job.request.verify ?? 'documents', events.chains);
    const attached = await writeAttachedFiles(job.dir, { dataSource, files: this.deps.files }, job.period, job.fieldCode, viewer, job.request.includeFiles === 'true');
    const files = [...registers.files, compliance.file, ...events.files, ...attached.files, await writeText(job.dir, 'kiem-tra-chuoi-bam.json', JSON.stringify(verification, null, 2) + '\n')];
    const summary = summarise(verification);
    const latestDigest = verification.log?.digests.latest ?? verification.digests.latest ?? null;
    const generatedBy = requesterOf(job);
    files.push(await writePdf(job, { storeHeadPosition, generatedBy, latestDigest, events, registerRows: registers.rows, steps: compliance.steps, processes: compliance.processes, summary, files }));
    const quality = await this.writeQuality(job, figures, compliance, { files, registerRows: registers.rows, events, storeHeadPosition, generatedBy });
    const manifest: EvidenceManifest = {
      format: EVIDENCE_FORMAT,
      title: EVIDENCE_TITLE,
      period: job.period,
      fieldCode: job.fieldCode,
      generatedAt: job.now.toISOString(),
      generatedBy,
      storeHeadPosition,
      projectedPositions: {
        registers: registers.projectedPosition,
        compliance: compliance.projectedPosition,
        documentSummaries: (await projectedPosition(dataSource, [PROJECTION_NAMES.documentSummaries])).toString(),
        quality: (await projectedPosition(dataSource, QUALITY_PROJECTIONS)).toString(),
      },
      latestDigest,
      verification: (({ digestProblem: _problem, ...rest }) => rest)(summary),
      counts: { documents: events.documents, events: events.events, withheld: events.withheld, registers: registers.rows, quality: quality.rows },
      filesDigest: quality.filesDigest,
      hashChain: HASH_CHAIN_RULE,
      notes: evidenceNotes(verification.scope),
      files: files.map(manifestEntry),
      attachments: attached.entries,
    };
    return { manifest, packed: files };
  }

  /** The documents' events and the registers: in a worker thread when it can (see writeInWorker), else in this one. */
  private async writeEventsAndRegisters(job: PackJob, signal: AbortSignal): Promise<WorkerParts> {
    const { store, dataSource, registers } = this.deps;
    const { dir, period, fieldCode, requester, organisation } = job;
    const minPosition = job.request.minPosition;
    const inWorker = await writeInWorker(dir, { store, dataSource, organisation }, period, fieldCode, requester, { fromDocuments: this.deps.workerFromDocuments, at: job.now, minPosition, signal });
    if (inWorker) return inWorker;
    const [events, written] = await Promise.all([
      writeDocumentEvents(dir, { store, readModels: dataSource, organisation }, period, fieldCode, actorOf(requester), signal),
      writeRegisters(dir, registers, period, requester, { at: job.now, minPosition }),
    ]);
    return { events, registers: written };
  }

  private async writeCompliance(job: PackJob) {
    const compliance = await this.deps.compliance.compliance({ from: job.period.from, to: job.period.to, fieldCode: job.fieldCode ?? undefined, minPosition: job.request.minPosition });
    // Each step names the process it belongs to (QT-VB-01 or QT-VB-02) and the version(s) it was measured against.
    const rows = compliance.steps.map((s) => [
      s.step, s.name, s.limit, s.source, s.count, s.onTime, s.late, s.onTimeRate, s.medianWorkingDays, s.p90WorkingDays, s.maxWorkingDaysLate, s.openNow, s.openOverdueNow,
      s.basis.processCode, s.basis.version, s.basis.calendarVersion,
    ]);
    const file = await writeText(job.dir, 'tuan-thu-thoi-han.csv', toCsv(COMPLIANCE_HEADERS, rows));
    // Both summaries print each process with the approval of its version(s) in force, which the register holds.
    const register = await new InternalProcessQueries(this.deps.dataSource).register(job.period.from, job.period.to);
    const processes = printedProcessBases({ processes: compliance.processes, steps: compliance.steps, register });
    return { file, steps: compliance.steps, processes, projectedPosition: compliance.projectedPosition };
  }

  /**
   * The quality system's parts (issue #12 item 7), one CSV each, then the one-page ISO summary,
   * which prints the digest of every file before it. The quality registers are small; the
   * one-stop figures are histograms and per-procedure counts, so nothing here grows with the log.
   */
  private async writeQuality(
    job: PackJob,
    figures: QualityFigures,
    { steps: documentSteps, processes }: { steps: Compliance['steps']; processes: PrintedProcessBasis[] },
    before: QualityContext,
  ): Promise<{ rows: Record<string, number>; filesDigest: string }> {
    const parts = qualityParts(figures, job.organisation);
    const rows: Record<string, number> = {};
    const listed: Array<{ title: string; file: string; rows: number | null }> = [
      ...Object.entries(before.registerRows).map(([title, n]) => ({ title, file: 'CSV, XLSX', rows: n })),
      { title: 'Tuân thủ thời hạn từng bước (văn bản đến, đi)', file: 'tuan-thu-thoi-han.csv', rows: documentSteps.length },
      { title: 'Sự kiện của văn bản, có mã băm', file: 'su-kien CSV, JSONL', rows: before.events.events },
    ];
    for (const part of parts) {
      const written = await writePart(job.dir, part);
      before.files.push(written.file);
      rows[part.name] = written.rows;
      listed.push({ title: part.title, file: part.name, rows: written.rows });
    }
    const digest = filesDigest(before.files);
    const headline = qualityHeadline(figures, documentSteps, localDateOf(job.now));
    const pdf = new HashedOutput(ISO_SUMMARY_FILE, join(job.dir, ISO_SUMMARY_FILE));
    await writeIsoPackSummary(pdf.stream, {
      office: this.deps.office ?? DEMO_OFFICE,
      period: job.period,
      field: job.fieldCode ? `${job.fieldCode} – ${job.fieldName}` : null,
      generatedAt: job.now.toISOString(),
      generatedBy: `${before.generatedBy.name} (${roleLabel(before.generatedBy.role)})`,
      parts: listed,
      rates: { dossiers: headline.dossiersOnTimeRate, dossierSteps: headline.dossierStepsOnTimeRate, documentSteps: headline.documentStepsOnTimeRate },
      processes,
      openNonconformities: headline.openNonconformities,
      clocksOverdue: { legalChanges: headline.legalChangesOverdue, actions: headline.actionsOverdue },
      legalChanges: { onTime: headline.legalChangesOnTime, late: headline.legalChangesLate },
      filesDigest: digest,
      storeHeadPosition: before.storeHeadPosition,
    }, job.font);
    before.files.push(await pdf.finished(false));
    return { rows, filesDigest: digest };
  }

  private async verify(scope: VerificationScope, documents: ExportedChains): Promise<VerificationReport> {
    const digests = await verifyDigestLinks(this.deps.store);
    if (scope === 'documents') return { scope, ok: documents.ok && digests.ok, documents, digests };
    const log = await verifyLog(this.deps.store, { heads: this.deps.dataSource });
    return { scope, ok: documents.ok && log.ok, documents, digests, log };
  }
}

const ISO_SUMMARY_FILE = 'tom-tat-ho-so-iso.pdf';
const QUALITY_PROJECTIONS = [
  PROJECTION_NAMES.qualityLegalChanges, PROJECTION_NAMES.qualityNonconformities, PROJECTION_NAMES.qualityAudits, PROJECTION_NAMES.qualityReviews,
  PROJECTION_NAMES.qualityDeclarations, PROJECTION_NAMES.qualityObjectives, PROJECTION_NAMES.procedureCatalogue, PROJECTION_NAMES.dossiers,
];

interface QualityContext {
  files: PackedFile[];
  registerRows: Record<string, number>;
  events: EventsWritten;
  storeHeadPosition: string;
  generatedBy: EvidenceManifest['generatedBy'];
}

function requesterOf(job: PackJob): EvidenceManifest['generatedBy'] {
  const me = job.organisation.users.find((u) => u.id === job.requester.id);
  return { userId: job.requester.id, name: me?.fullName ?? job.requester.username, role: job.requester.roles[0] ?? 'unknown' };
}

type Compliance = Awaited<ReturnType<ComplianceQueries['compliance']>>;

interface PdfContent {
  storeHeadPosition: string;
  generatedBy: EvidenceManifest['generatedBy'];
  latestDigest: EvidenceManifest['latestDigest'];
  events: EventsWritten;
  registerRows: Record<string, number>;
  steps: Compliance['steps'];
  processes: PrintedProcessBasis[];
  summary: VerificationSummary;
  files: PackedFile[];
}

async function writePdf(job: PackJob, c: PdfContent): Promise<PackedFile> {
  const pdf = new HashedOutput('tom-tat.pdf', join(job.dir, 'tom-tat.pdf'));
  const broken = c.summary.firstBroken;
  await writeSummaryPdf(pdf.stream, {
    period: job.period,
    field: job.fieldCode ? `${job.fieldCode} – ${job.fieldName}` : null,
    generatedAt: job.now.toISOString(),
    generatedBy: `${c.generatedBy.name} (${roleLabel(c.generatedBy.role)})`,
    storeHeadPosition: c.storeHeadPosition,
    latestDigest: c.latestDigest && { day: c.latestDigest.day, headPosition: c.latestDigest.headPosition, hash: c.latestDigest.hash },
    documents: c.events.documents,
    restrictedWithheld: c.events.withheld,
    events: c.events.events,
    registers: Object.entries(c.registerRows).map(([title, rows]) => ({ title, rows })),
    steps: c.steps,
    processes: c.processes,
    verification: {
      ok: c.summary.ok,
      eventsChecked: c.summary.eventsChecked,
      streamsChecked: c.summary.streamsChecked,
      problem: broken ? `luồng ${broken.streamId}, phiên bản ${broken.revision}: ${broken.reason}` : (c.summary.digestProblem ?? null),
      digestsChecked: c.summary.digestsChecked,
      digestsOk: c.summary.digestsOk,
    },
    files: c.files,
  }, job.font);
  return pdf.finished(false);
}

/**
 * Runs `background` beside `foreground`; answers both. If the foreground fails, the background is
 * told to stop and waited for before the failure goes on: it writes into the pack's folder, which
 * the caller then removes.
 */
async function beside<B, F>(background: (signal: AbortSignal) => Promise<B>, foreground: () => Promise<F>): Promise<[B, F]> {
  const stop = new AbortController();
  const behind = background(stop.signal);
  // Awaited below; a failure meanwhile must not be reported as unhandled.
  behind.catch(() => undefined);
  let ahead: F;
  try {
    ahead = await foreground();
  } catch (error) {
    stop.abort();
    await behind.catch(() => undefined);
    throw error;
  }
  return [await behind, ahead];
}

async function writeText(dir: string, name: string, text: string): Promise<PackedFile> {
  const out = new HashedOutput(name, join(dir, name));
  await out.write(text);
  return out.finished();
}
