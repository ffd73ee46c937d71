import type { ClockName, Urgency } from './deadlines';

/*
 * The incoming-documents process (quy trình xử lý văn bản đến, QT-VB-01) as data: the limits of its
 * steps, per approved version of the procedure catalogue (DOMAIN.md §3, §7). A document records the
 * version it was registered under and keeps its limits to the end: a later version never moves a
 * deadline already computed.
 */

/** The clocks with a fixed limit; `leader` is a date the leader gives, not a limit of the process. */
export const LIMITED_CLOCKS = ['distribute', 'supplement', 'submit', 'issue'] as const satisfies readonly ClockName[];
export type LimitedClock = (typeof LIMITED_CLOCKS)[number];

/**
 * A step's limit in working days after the day its clock starts; 0 is "the same day" (that day
 * if it is a working day, else the next one). `urgentWorkingDays` applies to urgent documents and
 * above (khẩn, thượng khẩn, hỏa tốc).
 */
export type StepLimit = { workingDays: number; urgentWorkingDays: number };
export type DocumentStepLimits = Record<LimitedClock, StepLimit>;

/** The process version a document is handled under: its code, version and limits, as recorded in `DocumentReceived`. */
export type DocumentProcess = { code: string; version: number; limits: DocumentStepLimits };

/** Mã quy trình xử lý văn bản đến. */
export const INCOMING_DOCUMENTS_PROCESS_CODE = 'QT-VB-01';

/**
 * Version 1: the limits of DOMAIN.md §3, the only place they are written. The catalogue seeds its
 * version 1 from it; documents registered before any version was approved (and events written
 * before documents recorded their process) are read as this version.
 */
export const INCOMING_DOCUMENTS_PROCESS_V1: DocumentProcess = {
  code: INCOMING_DOCUMENTS_PROCESS_CODE,
  version: 1,
  limits: {
    distribute: { workingDays: 1, urgentWorkingDays: 0 }, // ND30 Art. 23.1
    supplement: { workingDays: 2, urgentWorkingDays: 2 }, // QC 10.2.2
    submit: { workingDays: 5, urgentWorkingDays: 5 }, // QC 10.2.3
    issue: { workingDays: 1, urgentWorkingDays: 0 }, // ND30 Art. 18.1
  },
};

/** The limit of `clock` for a document of `urgency`. */
export function limitOf(limits: DocumentStepLimits, clock: LimitedClock, urgency: Urgency): number {
  return urgency === 'normal' ? limits[clock].workingDays : limits[clock].urgentWorkingDays;
}
