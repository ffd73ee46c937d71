import type { Applicant, Handover, LocalDate, MissingItem, ProcedureSnapshot, ReceivedItem, RuleSetCode } from '@office/domain';
import type { OfficeIdentity } from './office';

/*
 * View models of the printed forms: plain data made of the dossier context's types, built by the
 * API from a dossier's (or a reception slip's) events. Instants are ISO-8601 strings with an
 * offset (the events' `at`); they print in Asia/Ho_Chi_Minh. A null text prints as a dotted blank
 * to be filled in by hand.
 */

/** What every form carries. */
export type FormViewBase = {
  /** The issuing office (header and body); DEMO_OFFICE in the demo. */
  office: OfficeIdentity;
  /** The rule set the dossier or slip was received under (its `ruleSet`): picks each form's number, title and wording. */
  ruleSet: RuleSetCode;
};

/** The procedure (thủ tục hành chính) as forms name it: a dossier's ProcedureSnapshot fits, or `{ name: procedureName }` of a reception slip. */
export type ProcedureRef = Pick<ProcedureSnapshot, 'name'>;

/** Người ký a letter (Mẫu 04, 05): the position above the signature and the full name below it. */
export type LetterSigner = {
  /** In capitals; a second line after '\n' for signing on behalf: "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG". */
  position: string;
  name: string;
};

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01), from `DossierReceived`. Dated at receipt:
 * a reprint is a copy of the slip handed over then.
 */
export type AppointmentSlipView = FormViewBase & {
  /** Mã hồ sơ (`DossierReceived.code`), printed as the slip's number. */
  dossierCode: string;
  /** Mã tra cứu (`DossierReceived.pin`) for the public lookup. */
  pin: string;
  /** The public portal's address without a trailing slash: the QR code carries `<lookupBaseUrl>/tra-cuu?ma=<code>&pin=<pin>`. */
  lookupBaseUrl: string;
  /** `DossierReceived.procedure`: its name is the content requested, with the statutory time and the fee. */
  procedure: Pick<ProcedureSnapshot, 'name' | 'statutoryDays' | 'feeVnd'>;
  applicant: Applicant;
  /** Thành phần hồ sơ, one table row each. */
  items: ReceivedItem[];
  /** Số bộ hồ sơ. */
  sets: number;
  receivedAt: string;
  /** Ngày hẹn trả (`DossierReceived.due.due`). */
  dueDate: LocalDate;
  /** Sổ theo dõi hồ sơ: quyển số and số thứ tự (`registerBook`, `sequence`). */
  registerBook: number;
  sequence: number;
  /** Full name of the one-stop officer who received the dossier (người tiếp nhận). */
  receivedBy: string;
};

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): at the desk from `SupplementRequestedAtReception`
 * (no dossier yet), or during processing from `SupplementRequestedDuringProcessing`.
 */
export type SupplementRequestView = FormViewBase & {
  /** Số phiếu (`slipNumber`); null during processing, where the event has none. */
  slipNumber: string | null;
  /** Mã hồ sơ during processing; null at the desk, where no dossier is opened. */
  dossierCode: string | null;
  /** When the request was made (the event's `at`). */
  issuedAt: string;
  procedure: ProcedureRef;
  applicant: Applicant;
  /** Every missing or wrong item with its reason: the request lists everything, once. */
  missing: MissingItem[];
  /** Người hướng dẫn: the officer's full name, and the phone the applicant may call (null: the desk's phone). */
  officer: { name: string; phone: string | null };
};

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03), from `ReceptionRefused`. */
export type RefusalView = FormViewBase & {
  slipNumber: string | null;
  /** Null at the desk, where no dossier is opened. */
  dossierCode: string | null;
  issuedAt: string;
  procedure: ProcedureRef;
  applicant: Applicant;
  /** Lý do từ chối. */
  reason: string;
  /** Căn cứ pháp lý: the provision the refusal rests on. */
  legalBasis: string;
  /** Full name of the officer who refused (người tiếp nhận). */
  officer: string;
};

/**
 * Mẫu 04, from `ApologyIssued`: Phiếu xin lỗi và hẹn lại ngày trả kết quả (2018), or Văn bản xin
 * lỗi và đề nghị gia hạn thời gian giải quyết (2025).
 */
export type ApologyView = FormViewBase & {
  /** Số văn bản, once the clerk has registered it; null prints a blank. */
  documentNumber: string | null;
  issuedAt: string;
  dossierCode: string;
  procedure: ProcedureRef;
  /** The addressee (Kính gửi). */
  applicant: Applicant;
  receivedAt: string;
  /** The date of the appointment slip (`ApologyIssued.previousDueDate`). */
  previousDueDate: LocalDate;
  /** Ngày hẹn lại (2018) or the extended date asked for (2025). */
  newDueDate: LocalDate;
  /** Lý do chậm trễ. */
  reason: string;
  signer: LetterSigner;
};

/** Thông báo dừng giải quyết hồ sơ (2025 Mẫu 05), from `ProcessingStopped`. */
export type StopNoticeView = FormViewBase & {
  documentNumber: string | null;
  issuedAt: string;
  dossierCode: string;
  procedure: ProcedureRef;
  applicant: Applicant;
  receivedAt: string;
  /** Lý do dừng giải quyết. */
  reason: string;
  signer: LetterSigner;
};

/**
 * One row of the control sheet: a `Handover` (from `DossierTransferred` and the other events
 * that carry one) with the names the API resolves from its user and unit ids.
 */
export type ControlSheetRow = {
  handover: Handover;
  /** Người (cơ quan) giao: "Kiều Thị Yến, Bộ phận tiếp nhận và trả kết quả". */
  from: string;
  /** Người (cơ quan) nhận; a step that ends the process may name the desk. */
  to: string;
  /** Ghi chú, e.g. the transfer's note. */
  note: string | null;
};

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (2018 Mẫu 05, 2025 Mẫu 06): opened at receipt and
 * dated then, it travels with the dossier and gains a row per hand-over.
 */
export type ControlSheetView = FormViewBase & {
  dossierCode: string;
  procedure: ProcedureRef;
  applicant: Applicant;
  receivedAt: string;
  /** Hẹn trả kết quả: the original due date (an apology never moves the yardstick). */
  dueDate: LocalDate;
  /** Cơ quan (bộ phận) giải quyết hồ sơ: the department in charge. */
  handlingAgency: string;
  /** Cơ quan phối hợp giải quyết; empty when none. */
  partnerAgencies: string[];
  rows: ControlSheetRow[];
};

/** The view each form is drawn from, by the name `GET /api/dossiers/:id/forms/:form` uses. */
export type DossierFormViews = {
  'appointment-slip': AppointmentSlipView;
  'supplement-request': SupplementRequestView;
  refusal: RefusalView;
  apology: ApologyView;
  'stop-notice': StopNoticeView;
  'control-sheet': ControlSheetView;
};
