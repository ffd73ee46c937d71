import { INCOMING_DOCUMENTS_PROCESS, localDateOf, OUTGOING_DOCUMENTS_PROCESS, type LocalDate } from '@office/domain';
import { slashDate } from './quality-format';

/** An approved version of an internal process in force on some day of the period. */
export interface PrintedProcessVersion {
  version: number;
  effectiveFrom: LocalDate;
  effectiveTo: LocalDate | null;
  decisionRef: string;
  approvedOn: LocalDate;
}

/**
 * What a printed summary says of one process the document steps were measured against: the
 * version(s) the figures name (`1`, `1+2`), each approved version in force over the period with
 * its approval, the limit of each step measured under it and the calendar.
 */
export interface PrintedProcessBasis {
  processCode: string;
  name: string;
  version: string;
  /** Empty when the catalogue holds no approved version yet (documents then use version 1 as shipped). */
  versions: PrintedProcessVersion[];
  /** Each step measured under this process, its limit worded by `stepLimitWording` over the versions ("v1: …; v2 từ 01/12/2026: …"). */
  limits: Array<{ step: string; limit: string }>;
  calendarVersion: string;
}

/** The parts of the compliance answer and of the process register the summaries are printed from. */
export interface ProcessBasisSources {
  /** `compliance.processes`: each process the steps were measured against, once. */
  processes: ReadonlyArray<{ processCode: string; version: string; calendarVersion: string }>;
  /** `compliance.steps`: each step with its worded limit and its own process. */
  steps: ReadonlyArray<{ name: string; limit: string; basis: { processCode: string } }>;
  /** The internal processes' approved versions in force over the period (`InternalProcessQueries.register`). */
  register: ReadonlyArray<{ code: string; name: string; version: number; effectiveFrom: LocalDate; effectiveTo: LocalDate | null; approval: { decisionRef: string; at: string } }>;
}

const SHIPPED_NAMES = new Map([INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS].map((p) => [p.code, p.name]));

/** Every process of `compliance.processes`, in its order, with what the register says of its versions. */
export function printedProcessBases({ processes, steps, register }: ProcessBasisSources): PrintedProcessBasis[] {
  return processes.map(({ processCode, version, calendarVersion }) => {
    const lines = register.filter((line) => line.code === processCode);
    return {
      processCode,
      name: lines[0]?.name ?? SHIPPED_NAMES.get(processCode) ?? '',
      version,
      versions: lines.map((line) => ({
        version: line.version, effectiveFrom: line.effectiveFrom, effectiveTo: line.effectiveTo, decisionRef: line.approval.decisionRef, approvedOn: localDateOf(new Date(line.approval.at)),
      })),
      limits: steps.filter((s) => s.basis.processCode === processCode).map((s) => ({ step: s.name, limit: s.limit })),
      calendarVersion,
    };
  });
}

/**
 * "quy trình QT-VB-01 phiên bản 1+2, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN 2026.1": what the document steps'
 * figures were measured against, as the December report and the pack's summaries print it (one calendar: the figures
 * of one answer are counted with the calendar in force).
 */
export function measuredAgainst(processes: ReadonlyArray<{ processCode: string; version: string }>, calendarVersion: string): string {
  return `${processes.map((p) => `quy trình ${p.processCode} phiên bản ${p.version}`).join(', ')}; lịch làm việc ${calendarVersion}`;
}

/** "QT-VB-01 Xử lý văn bản đến": how a summary names the process. */
export const processTitle = (p: PrintedProcessBasis) => `${p.processCode} ${p.name}`.trim();

/** "Phiên bản 2: hiệu lực từ 01/12/2026; phê duyệt: 12/QĐ-VP ngày 20/11/2026", one line per version in force. */
export function processVersionLines(p: PrintedProcessBasis): string[] {
  if (p.versions.length === 0) return [`Phiên bản ${p.version}: thời hạn ban đầu, chưa có phiên bản được phê duyệt trong danh mục`];
  return p.versions.map((v) => {
    const inForce = v.effectiveTo ? `${slashDate(v.effectiveFrom)} – ${slashDate(v.effectiveTo)}` : `từ ${slashDate(v.effectiveFrom)}`;
    return `Phiên bản ${v.version}: hiệu lực ${inForce}; phê duyệt: ${v.decisionRef}, ngày ${slashDate(v.approvedOn)}`;
  });
}

/** "Phân phối văn bản đến: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày", one line per step. */
export const processLimitLines = (p: PrintedProcessBasis): string[] => p.limits.map((l) => `${l.step}: ${l.limit}`);
