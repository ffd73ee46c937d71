import type { LocalDate } from '../calendar';
import type { SignatureProblem } from '../signatures';

/** Cơ quan trên trục liên thông: its organ code (mã định danh) and name. */
export type ExchangeAgency = { organId: string; organName: string };

/**
 * Trạng thái xử lý reported back to the sender (QCVN 102:2016 status codes 01–06): đã đến, từ chối
 * tiếp nhận, đã tiếp nhận (vào sổ), phân công, đang xử lý, hoàn thành.
 */
export const EXCHANGE_STATUSES = ['arrived', 'refused', 'registered', 'assigned', 'in_progress', 'done'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const EXCHANGE_STATUS_LABELS: Readonly<Record<ExchangeStatus, string>> = {
  arrived: 'Đã đến',
  refused: 'Từ chối tiếp nhận',
  registered: 'Đã tiếp nhận',
  assigned: 'Đã phân công',
  in_progress: 'Đang xử lý',
  done: 'Hoàn thành',
};

/** What is delivered to a receiver's inbox: the package itself, or (once recalled) the recall message. */
export type DeliveredMessage = 'package' | 'recall';

/** Why a package was refused on receipt: it failed the edXML schema, or its signed PDF failed verification. */
export type ReceiptRejection = 'EDXML_SCHEMA_INVALID' | 'RECEIVE_INVALID_SIGNATURE';

/** One signature of a received PDF as `@office/signatures` checked it (the domain rules on the facts, it does not verify). */
export type ReceivedSignatureCheck = { file: string; index: number; valid: boolean; problem: SignatureProblem | null };

/** An attached file as recorded: stored in the attachment store by its SHA-256. */
export type ExchangeFile = { name: string; mediaType: string; sha256: string; size: number };

/** What a received package says about its document, as read from the edXML envelope. */
export type ReceivedPackageFacts = {
  from: ExchangeAgency;
  /** Số và ký hiệu as printed (`15/QĐ-UBND`). */
  symbol: string;
  promulgationDate: LocalDate;
  documentType: string;
  subject: string;
  signer: string;
  /** edXML Priority 0–4. */
  priority: number;
  dueDate: LocalDate | null;
  files: ExchangeFile[];
};

/** Thông báo đã nhận: due by the end (Asia/Ho_Chi_Minh) of `due`, computed with calendar `calendarVersion`. */
export type AcknowledgeDue = { due: LocalDate; calendarVersion: string };
