import { INCOMING_DOCUMENTS_PROCESS_CODE, type InternalProcessStep, type InternalProcessVersion, type LocalDate, type VersionApproval } from '@office/domain';
import type { DataSource } from 'typeorm';

/** An internal process of the catalogue with every version (drafts included), each with its steps, limits and approval. */
export interface InternalProcessAnswer {
  code: string;
  name: string;
  versions: InternalProcessVersion[];
}

/** One line of the process register for an internal process: an approved version in force on some day of the period. */
export interface InternalProcessRegisterLine {
  code: string;
  name: string;
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  publishingDecision: string;
  legalBasis: string[];
  steps: InternalProcessStep[];
  approval: VersionApproval;
}

/**
 * What a compliance figure of the incoming-documents process was measured against (DOMAIN.md §3, §7):
 * the process and its version(s) in force over the period (`1`, or `1+2` when a later version took
 * effect within it: each document counts against the version it was registered under), and the
 * calendar. Version 1 when the catalogue holds no approved version yet (documents use it then).
 */
export interface ProcessBasis {
  processCode: string;
  version: string;
  calendarVersion: string;
}

const overlaps = (v: Pick<InternalProcessVersion, 'effectiveFrom' | 'effectiveTo'>, from: LocalDate, to: LocalDate) => v.effectiveFrom <= to && (v.effectiveTo === null || v.effectiveTo >= from);

/** Reads `internal-processes.v1` (rm_internal_processes): a handful of rows, each read whole. */
export class InternalProcessQueries {
  constructor(private readonly dataSource: DataSource) {}

  async processes(): Promise<InternalProcessAnswer[]> {
    const rows: Array<{ code: string; name: string; state: { versions: InternalProcessVersion[] } }> = await this.dataSource.query(
      'SELECT code, name, state FROM rm_internal_processes ORDER BY code',
    );
    return rows.map((r) => ({ code: r.code, name: r.name, versions: r.state.versions }));
  }

  /** The approved versions in force on some day of [from, to], process by process. */
  async register(from: LocalDate, to: LocalDate): Promise<InternalProcessRegisterLine[]> {
    return (await this.processes()).flatMap((p) =>
      p.versions
        .filter((v) => v.approval !== null && overlaps(v, from, to))
        .map(({ version, effectiveFrom, effectiveTo, publishingDecision, legalBasis, steps, approval }) => ({
          code: p.code, name: p.name, version, effectiveFrom, effectiveTo, publishingDecision, legalBasis, steps, approval: approval!,
        })),
    );
  }

  /** QT-VB-01's versions in force over [from, to], with the calendar a figure used. */
  async incomingDocumentsBasis(from: LocalDate, to: LocalDate, calendarVersion: string): Promise<ProcessBasis> {
    const lines = (await this.register(from, to)).filter((line) => line.code === INCOMING_DOCUMENTS_PROCESS_CODE);
    return { processCode: INCOMING_DOCUMENTS_PROCESS_CODE, version: lines.length ? lines.map((l) => l.version).join('+') : '1', calendarVersion };
  }
}
