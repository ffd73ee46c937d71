import type { LocalDate } from '../calendar';
import type { AttachedFile, RelatedOpinion, DraftDocument } from '../document';
import type { DossierFilePurpose } from './dossier.attachments';
import type { SigningOrgan } from '../numbering';
import type { RuleSetCode } from '../procedures';
import type {
  Applicant, DossierAppraisalOutcome, DossierChannel, DossierClassification, DossierDue, Handover, MissingItem,
  PaymentMethod, ProcedureSnapshot, ReceivedItem, ReturnMethod,
} from './dossier.types';

/*
 * The events of stream `dossier-<id>` (and `reception-<id>` for a slip given at the desk without
 * opening a dossier): a public contract; type strings are fixed forever. Every event says who
 * (`by`, a user id) and when (`at`, the command's `now`). A hand-over that closes a step of the
 * process carries its control-sheet row (`handover`).
 */
type Stamp = { by: string; at: string };

/** Hồ sơ nộp trực tuyến: arrived from the public portal, waits for the desk's check. */
export type DossierSubmittedOnline = {
  type: 'DossierSubmittedOnline';
  data: Stamp & { dossierId: string; procedureCode: string; applicant: Applicant; items: ReceivedItem[]; portalRef: string; submittedAt: string };
};

/**
 * Tiếp nhận hồ sơ, with the appointment slip (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01):
 * code `<office code>-<yymmdd>-<4-digit daily sequence>`, the register book (quyển số: the year)
 * and sequence (số thứ tự: the daily sequence), the due date and the applicant's lookup PIN.
 */
export type DossierReceived = {
  type: 'DossierReceived';
  data: Stamp & {
    dossierId: string;
    code: string;
    registerBook: number;
    sequence: number;
    procedure: ProcedureSnapshot;
    ruleSet: RuleSetCode;
    applicant: Applicant;
    items: ReceivedItem[];
    /** Số bộ hồ sơ. */
    sets: number;
    channel: DossierChannel;
    receivedAt: string;
    /** The day the clock counts from: the day of receipt, or the next working day after the cut-off hour. */
    countsFrom: LocalDate;
    due: DossierDue;
    /** Mã tra cứu printed on the slip for the public lookup. */
    pin: string;
  };
};

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02) given at the desk; no dossier opened. Stream `reception-<id>`. */
export type SupplementRequestedAtReception = {
  type: 'SupplementRequestedAtReception';
  data: Stamp & { receptionId: string; slipNumber: string; procedureCode: string; procedureName: string; ruleSet: RuleSetCode; applicant: Applicant; missing: MissingItem[] };
};

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03). Stream `reception-<id>`. */
export type ReceptionRefused = {
  type: 'ReceptionRefused';
  data: Stamp & { receptionId: string; slipNumber: string; procedureCode: string; procedureName: string; ruleSet: RuleSetCode; applicant: Applicant; reason: string; legalBasis: string };
};

/** Chuyển hồ sơ: the holder hands it to a department (its head then holds it) or a person; closes a step. */
export type DossierTransferred = {
  type: 'DossierTransferred';
  data: Stamp & { toUnitId: string | null; toUserId: string | null; note: string | null; handover: Handover };
};

/** Thẩm định hồ sơ by the handling specialist. */
export type DossierAppraised = {
  type: 'DossierAppraised';
  data: Stamp & { outcome: DossierAppraisalOutcome; findings: string; note: string | null };
};

/** Thông báo bổ sung trong quá trình giải quyết: everything missing, once; the clock pauses or will restart (per version). */
export type SupplementRequestedDuringProcessing = {
  type: 'SupplementRequestedDuringProcessing';
  data: Stamp & { missing: MissingItem[]; policy: 'restart' | 'pause' };
};

/** Nhận hồ sơ bổ sung at the desk: the clock restarts from here or resumes, giving a new due date. */
export type DossierSupplementReceived = {
  type: 'DossierSupplementReceived';
  data: Stamp & { items: string[]; previousDue: DossierDue; due: DossierDue };
};

/** Lấy ý kiến cơ quan phối hợp (liên thông). */
export type PartnerOpinionRequested = {
  type: 'PartnerOpinionRequested';
  data: Stamp & { partner: string; request: string; dueDate: LocalDate | null };
};

export type PartnerOpinionReceived = {
  type: 'PartnerOpinionReceived';
  data: Stamp & { partner: string; opinion: string };
};

/** Phiếu trình of the result to exactly one competent leader: the document rules of submission (DOMAIN.md §2). */
export type DossierResultSubmitted = {
  type: 'DossierResultSubmitted';
  data: Stamp & { leaderId: string; signsAs: SigningOrgan; proposal: string; relatedOpinions: RelatedOpinion[]; reservedOpinion: string | null; draft: DraftDocument; handover: Handover };
};

export type DossierResultInitialled = {
  type: 'DossierResultInitialled';
  data: Stamp & { leaderId: string; note: string | null; handover: Handover };
};

export type DossierSubmissionReturned = {
  type: 'DossierSubmissionReturned';
  data: Stamp & { note: string };
};

export type DossierResultSigned = {
  type: 'DossierResultSigned';
  data: Stamp & { signsAs: SigningOrgan; note: string | null; handover: Handover };
};

export type DossierSubmissionRejected = {
  type: 'DossierSubmissionRejected';
  data: Stamp & { note: string };
};

/** Phát hành kết quả by the clerk, numbered in the outgoing register like any outgoing document. */
export type DossierResultIssued = {
  type: 'DossierResultIssued';
  data: Stamp & {
    outgoingNumber: number;
    outgoingYear: number;
    symbol: string;
    documentType: string;
    excerpt: string;
    recipients: string[];
    copies: number;
    responsibleSpecialistId: string;
    signerId: string;
    signsAs: SigningOrgan;
    handover: Handover;
  };
};

/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): a new, informational date after the old
 * one; `issuedLate` when given on or after the original due date. Never changes the classification.
 */
export type ApologyIssued = {
  type: 'ApologyIssued';
  data: Stamp & { reason: string; previousDueDate: LocalDate; newDueDate: LocalDate; issuedLate: boolean };
};

/** Thông báo dừng giải quyết hồ sơ (2025 Mẫu 05), by an office leader. */
export type ProcessingStopped = {
  type: 'ProcessingStopped';
  data: Stamp & { reason: string };
};

/** Rút hồ sơ at the applicant's request, recorded by the desk. */
export type DossierWithdrawn = {
  type: 'DossierWithdrawn';
  data: Stamp & { reason: string };
};

/** The result reaches the desk: the dossier's classification is final (against the original due date). */
export type ResultReceivedAtDesk = {
  type: 'ResultReceivedAtDesk';
  data: Stamp & { classification: Extract<DossierClassification, 'early' | 'on_time' | 'late'>; handover: Handover };
};

/** Trả kết quả, against the receiver's signature. */
export type ResultReturned = {
  type: 'ResultReturned';
  data: Stamp & { receivedBy: { name: string; idNumber: string | null }; method: ReturnMethod };
};

export type FeeAssessed = { type: 'FeeAssessed'; data: Stamp & { amountVnd: number } };
export type FeePaid = { type: 'FeePaid'; data: Stamp & { amountVnd: number; method: PaymentMethod } };
/** Số hóa thành phần hồ sơ (QĐ 766 digitisation indicator). */
export type ItemsDigitised = { type: 'ItemsDigitised'; data: Stamp & { items: string[] } };
/** Đánh giá mức độ hài lòng, 1..5. */
export type SatisfactionRecorded = { type: 'SatisfactionRecorded'; data: Stamp & { score: number; answers: Record<string, string> } };

/**
 * Tệp đính kèm hồ sơ: a stored file attached to the dossier — a received item's scan (`itemCode`
 * names the item as received), the result, a supplement, or another paper — named by its SHA-256.
 */
export type DossierFileAttached = {
  type: 'DossierFileAttached';
  data: Stamp & AttachedFile & { purpose: DossierFilePurpose; itemCode: string | null };
};

export type DossierEvent =
  | DossierSubmittedOnline
  | DossierReceived
  | DossierTransferred
  | DossierAppraised
  | SupplementRequestedDuringProcessing
  | DossierSupplementReceived
  | PartnerOpinionRequested
  | PartnerOpinionReceived
  | DossierResultSubmitted
  | DossierResultInitialled
  | DossierSubmissionReturned
  | DossierResultSigned
  | DossierSubmissionRejected
  | DossierResultIssued
  | ApologyIssued
  | ProcessingStopped
  | DossierWithdrawn
  | ResultReceivedAtDesk
  | ResultReturned
  | FeeAssessed
  | FeePaid
  | ItemsDigitised
  | SatisfactionRecorded
  | DossierFileAttached;
export type DossierEventType = DossierEvent['type'];

export const DOSSIER_EVENT_TYPES = [
  'DossierSubmittedOnline', 'DossierReceived', 'DossierTransferred', 'DossierAppraised', 'SupplementRequestedDuringProcessing',
  'DossierSupplementReceived', 'PartnerOpinionRequested', 'PartnerOpinionReceived', 'DossierResultSubmitted', 'DossierResultInitialled',
  'DossierSubmissionReturned', 'DossierResultSigned', 'DossierSubmissionRejected', 'DossierResultIssued', 'ApologyIssued',
  'ProcessingStopped', 'DossierWithdrawn', 'ResultReceivedAtDesk', 'ResultReturned', 'FeeAssessed', 'FeePaid', 'ItemsDigitised',
  'SatisfactionRecorded', 'DossierFileAttached',
] as const satisfies readonly DossierEventType[];

export type ReceptionEvent = SupplementRequestedAtReception | ReceptionRefused;
export const RECEPTION_EVENT_TYPES = ['SupplementRequestedAtReception', 'ReceptionRefused'] as const satisfies readonly ReceptionEvent['type'][];

export function dossierStreamName(dossierId: string): string {
  return `dossier-${dossierId}`;
}

export function receptionStreamName(receptionId: string): string {
  return `reception-${receptionId}`;
}

type MissingEventType = Exclude<DossierEventType, (typeof DOSSIER_EVENT_TYPES)[number]>;
/** Compile-time check that DOSSIER_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;
