import {
  DOCUMENT_STEP_PROCESSES, INCOMING_DOCUMENTS_PROCESS, INCOMING_DOCUMENTS_PROCESS_CODE, LEADER_DATE_LIMIT, NO_LIMIT_WORDING, stepLimitWording,
  type ClockName, type InternalProcessStep, type InternalProcessVersion, type LocalDate, type VersionApproval,
} from '@office/domain';
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

/**
 * One document step as the compliance figures name it: the process it belongs to (the one table,
 * DOCUMENT_STEP_PROCESSES), the version(s) of that process in force over the period, and the
 * wording and legal source of its limit read from those versions ("v1: …; v2 từ 01/12/2026: …"
 * when they differ).
 */
export interface DocumentStepBasis {
  step: ClockName;
  name: string;
  processCode: string;
  version: string;
  limit: string;
  source: string;
}

const slashDate = (day: LocalDate) => day.split('-').reverse().join('/');

/** The wording over the versions in force: once when they agree, else each version with the day it took effect. */
function acrossVersions(lines: ReadonlyArray<{ version: number; effectiveFrom: LocalDate; text: string }>): string {
  if (new Set(lines.map((l) => l.text)).size <= 1) return lines[0]?.text ?? '';
  return lines.map((l, i) => (i === 0 ? `v${l.version}: ${l.text}` : `v${l.version} từ ${slashDate(l.effectiveFrom)}: ${l.text}`)).join('; ');
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

  /**
   * Every clocked document step with its process, version(s), limit and source over [from, to]: the
   * one source of the compliance table's "Thời hạn (căn cứ)". A step reads the versions of its own
   * process; where that process has none in force (a store the seed has not reached), it reads the
   * incoming-documents process's step for the clock, as documents then do (`internalProcessInForce`),
   * and lacking that too, QT-VB-01 version 1 as shipped.
   */
  async documentSteps(from: LocalDate, to: LocalDate): Promise<DocumentStepBasis[]> {
    const register = await this.register(from, to);
    const shipped = { code: INCOMING_DOCUMENTS_PROCESS.code, version: 1, ...INCOMING_DOCUMENTS_PROCESS.version1 };
    return DOCUMENT_STEP_PROCESSES.map(({ step, processCode, name }) => {
      const own = register.filter((l) => l.code === processCode);
      if (step === 'leader') return { step, name, processCode, version: versionsOf(own), ...LEADER_DATE_LIMIT };
      const withStep = own.length ? own : register.filter((l) => l.code === INCOMING_DOCUMENTS_PROCESS_CODE && l.steps.some((s) => s.clock === step));
      const lines = withStep.length ? withStep : [shipped];
      const steps = lines.map((l) => ({ line: l, step: l.steps.find((s) => s.clock === step) }));
      return {
        step,
        name,
        processCode: lines[0].code,
        version: versionsOf(lines),
        limit: acrossVersions(steps.map(({ line, step: s }) => ({ ...line, text: s ? stepLimitWording(s) : NO_LIMIT_WORDING }))),
        source: acrossVersions(steps.map(({ line, step: s }) => ({ ...line, text: s?.basis ?? '' }))),
      };
    });
  }

  /** QT-VB-01's versions in force over [from, to], with the calendar a figure used. */
  async incomingDocumentsBasis(from: LocalDate, to: LocalDate, calendarVersion: string): Promise<ProcessBasis> {
    const lines = (await this.register(from, to)).filter((line) => line.code === INCOMING_DOCUMENTS_PROCESS_CODE);
    return { processCode: INCOMING_DOCUMENTS_PROCESS_CODE, version: versionsOf(lines), calendarVersion };
  }
}

/** Each process a set of figures was measured against, once, in the order of their steps: what `processes` answers beside them. */
export function processesOf(bases: ReadonlyArray<ProcessBasis>): ProcessBasis[] {
  return [...new Map(bases.map((basis) => [basis.processCode, basis])).values()];
}

/** `1`, or `1+2` when a later version took effect within the period; `1` before any version is approved (documents use it then). */
const versionsOf = (lines: ReadonlyArray<{ version: number }>) => (lines.length ? lines.map((l) => l.version).join('+') : '1');
