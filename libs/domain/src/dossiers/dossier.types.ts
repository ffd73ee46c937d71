import type { LocalDate } from '../calendar';
import type { ItemForm, OnlineLevel, ProcessStep, RuleSetCode, SupplementPolicy } from '../procedures';

/** Người nộp hồ sơ (no login): identified by name, ID number, address, phone, e-mail. */
export type Applicant = { name: string; idNumber: string | null; address: string | null; phone: string | null; email: string | null };

/** An item handed in at the desk (thành phần hồ sơ đã nhận). */
export type ReceivedItem = { name: string; form: ItemForm; quantity: number };

/** An item missing or to be corrected, with the reason (Mẫu 02: listed in full, once). */
export type MissingItem = { item: string; reason: string };

/** How the dossier reached the desk. */
export const DOSSIER_CHANNELS = ['direct', 'post', 'online'] as const;
export type DossierChannel = (typeof DOSSIER_CHANNELS)[number];

/** How the result went back to the applicant. */
export const RETURN_METHODS = ['desk', 'post', 'online'] as const;
export type ReturnMethod = (typeof RETURN_METHODS)[number];

export const PAYMENT_METHODS = ['cash', 'transfer', 'online'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const DOSSIER_APPRAISAL_OUTCOMES = ['eligible', 'not_eligible', 'needs_supplement'] as const;
export type DossierAppraisalOutcome = (typeof DOSSIER_APPRAISAL_OUTCOMES)[number];

/** The version of the procedure a dossier was received under, copied in: later versions never change it. */
export type ProcedureSnapshot = {
  code: string;
  name: string;
  fieldCode: string;
  version: number;
  ruleSet: RuleSetCode;
  statutoryDays: number;
  cutoffHour: number;
  supplementPolicy: SupplementPolicy;
  steps: ProcessStep[];
  feeVnd: number | null;
  onlineLevel: OnlineLevel;
  resultType: string;
};

/** A step's classification when it is handed on (Phiếu kiểm soát quá trình): trước hạn, đúng hạn, quá hạn. */
export type StepOutcome = 'early' | 'on_time' | 'late';

/**
 * One row of the control sheet (Phiếu kiểm soát quá trình giải quyết hồ sơ): a hand-over that
 * closes step `stepNo` of the process. `dueAt` is null for a step the process does not time.
 */
export type Handover = {
  stepNo: number;
  task: string;
  fromUserId: string;
  fromUnitId: string | null;
  toUserId: string | null;
  toUnitId: string | null;
  /** When the step began (the previous hand-over, or reception). */
  startedAt: string;
  handedAt: string;
  dueAt: string | null;
  outcome: StepOutcome | null;
  calendarVersion: string;
};

/** Kết quả phân loại: final when the result reaches the desk, provisional before. */
export type DossierClassification = 'in_time' | 'overdue' | 'early' | 'on_time' | 'late';

/** The due date of a dossier (ngày hẹn trả) and the calendar it was computed with. */
export type DossierDue = { due: LocalDate; calendarVersion: string };
