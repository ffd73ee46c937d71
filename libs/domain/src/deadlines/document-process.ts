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
/** Mã quy trình xử lý văn bản đi (soạn thảo, ký tắt, ký, phát hành). */
export const OUTGOING_DOCUMENTS_PROCESS_CODE = 'QT-VB-02';

/**
 * The one table of which internal process each clocked step of a document belongs to, with the
 * step's name in the compliance figures. Handling the incoming document (DOMAIN.md §2–3: distribute,
 * supplement, appraise and submit; the leader's date) is QT-VB-01; issuing the signed answer (ND30
 * Art. 18.1) is QT-VB-02, which also lists the unclocked drafting, initial and signature steps.
 * Compliance reports each step under its process; a document's limit for a clock is the step of
 * the process named here (see `documentProcessInForce`). `leader` is a date the leader gives, so
 * no version carries it: its wording is fixed here.
 */
export const DOCUMENT_STEP_PROCESSES: ReadonlyArray<{ step: ClockName; processCode: string; name: string }> = [
  { step: 'distribute', processCode: INCOMING_DOCUMENTS_PROCESS_CODE, name: 'Phân phối văn bản đến' },
  { step: 'supplement', processCode: INCOMING_DOCUMENTS_PROCESS_CODE, name: 'Yêu cầu bổ sung hồ sơ (hồ sơ chưa đầy đủ)' },
  { step: 'submit', processCode: INCOMING_DOCUMENTS_PROCESS_CODE, name: 'Thẩm định, trình' },
  { step: 'issue', processCode: OUTGOING_DOCUMENTS_PROCESS_CODE, name: 'Phát hành văn bản đã ký' },
  { step: 'leader', processCode: INCOMING_DOCUMENTS_PROCESS_CODE, name: 'Giải quyết theo thời hạn lãnh đạo giao' },
];

/** The wording of the `leader` clock, which no process version limits (QC 10.1.1: the date the leader gives). */
export const LEADER_DATE_LIMIT = { limit: 'Ngày lãnh đạo giao (kể cả gia hạn)', source: 'Quy chế làm việc 10.1.1' } as const;

/** The internal process a document's clock belongs to. */
export function processOfClock(clock: ClockName): string {
  return DOCUMENT_STEP_PROCESSES.find((s) => s.step === clock)!.processCode;
}

/** The clocks whose limits a version of `processCode` must carry, one step each (none for a process outside the table). */
export function clocksOfProcess(processCode: string): LimitedClock[] {
  return LIMITED_CLOCKS.filter((clock) => processOfClock(clock) === processCode);
}

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
