import { ITEM_FORMS, ITEM_NAME_MAX_LENGTH } from '../procedures';
import { ruleViolation, hasText, oneOf, optionalText, positiveInteger, requireText } from '../shared';
import type { Applicant, MissingItem, ReceivedItem } from './dossier.types';

/*
 * The request fields of the desk's forms, checked and trimmed: text required where the printed
 * form needs it, sizes bounded so that a form still prints. Optional fields become null.
 */

/** Names, addresses and short references. */
export const SHORT_TEXT = 300;
/** Reasons, findings, opinions. */
export const LONG_TEXT = 4000;
/** Số lượng bản of one item handed in. */
const MAX_QUANTITY = 100;

/** An id made by the application (dossier, reception). */
export function requireId(value: unknown, field: string): string {
  return requireText(value, field, 'REQUIRED', 'Thiếu mã định danh');
}

function bounded(text: string, max: number, field: string): string {
  if (text.length > max) throw ruleViolation('TEXT_TOO_LONG', `Nội dung không được dài quá ${max} ký tự`, field);
  return text;
}

/** Required text, trimmed and at most `max` characters. */
export function boundedText(value: unknown, field: string, rule: string, message: string, max = LONG_TEXT): string {
  return bounded(requireText(value, field, rule, message), max, field);
}

/** Optional text: trimmed, null when blank, at most `max` characters. */
export function optionalBoundedText(value: unknown, field: string, max = SHORT_TEXT): string | null {
  if (value != null && typeof value !== 'string') throw ruleViolation('INVALID_VALUE', 'Nội dung phải là văn bản', field);
  const text = optionalText(value);
  return text === null ? null : bounded(text, max, field);
}

function list(value: unknown, field: string, rule: string, message: string): unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw ruleViolation(rule, message, field);
  return value;
}

/** Người nộp hồ sơ: the name is required; the rest is optional. */
export function applicantOf(input: unknown): Applicant {
  const applicant = (input ?? {}) as Record<string, unknown>;
  return {
    name: boundedText(applicant.name, 'applicant.name', 'APPLICANT_NAME_REQUIRED', 'Cần ghi họ tên người nộp hồ sơ', SHORT_TEXT),
    idNumber: optionalBoundedText(applicant.idNumber, 'applicant.idNumber', 20),
    address: optionalBoundedText(applicant.address, 'applicant.address'),
    phone: optionalBoundedText(applicant.phone, 'applicant.phone', 20),
    email: optionalBoundedText(applicant.email, 'applicant.email', 254),
  };
}

/** Thành phần hồ sơ handed in: at least one, each with its form and quantity. */
export function receivedItemsOf(input: unknown, field = 'items'): ReceivedItem[] {
  return list(input, field, 'ITEMS_REQUIRED', 'Cần ghi các thành phần hồ sơ đã nhận').map((value, i) => {
    const item = (value ?? {}) as Record<string, unknown>;
    const at = `${field}[${i}]`;
    const quantity = positiveInteger(item.quantity, `${at}.quantity`, 'INVALID_QUANTITY', 'Số lượng giấy tờ phải là số nguyên từ 1 trở lên');
    if (quantity > MAX_QUANTITY) throw ruleViolation('INVALID_QUANTITY', `Số lượng giấy tờ không quá ${MAX_QUANTITY}`, `${at}.quantity`);
    return {
      name: boundedText(item.name, `${at}.name`, 'REQUIRED', 'Cần ghi tên giấy tờ', ITEM_NAME_MAX_LENGTH),
      form: oneOf(item.form, ITEM_FORMS, `${at}.form`, 'Hình thức giấy tờ phải là bản chính, bản sao hoặc bản sao chứng thực'),
      quantity,
    };
  });
}

/** Mẫu 02: every missing or wrong item with its reason, each item once. */
export function missingItemsOf(input: unknown, field = 'missing'): MissingItem[] {
  const missing = list(input, field, 'MISSING_ITEMS_REQUIRED', 'Cần liệt kê đầy đủ các thành phần hồ sơ cần bổ sung, mỗi thành phần kèm lý do').map(
    (value, i) => {
      const entry = (value ?? {}) as Record<string, unknown>;
      return {
        item: boundedText(entry.item, `${field}[${i}].item`, 'MISSING_ITEMS_REQUIRED', 'Cần ghi tên thành phần hồ sơ cần bổ sung', ITEM_NAME_MAX_LENGTH),
        reason: boundedText(entry.reason, `${field}[${i}].reason`, 'REASON_REQUIRED', 'Mỗi thành phần cần bổ sung phải nêu lý do'),
      };
    },
  );
  missing.forEach((entry, i) => {
    if (missing.findIndex((other) => other.item === entry.item) !== i) {
      throw ruleViolation('DUPLICATE_ITEM', `Thành phần "${entry.item}" được ghi hai lần`, `${field}[${i}].item`);
    }
  });
  return missing;
}

/** Một số nguyên không âm (a fee in đồng), bounded. */
export function amountOf(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1e12) {
    throw ruleViolation('INVALID_AMOUNT', 'Số tiền phải là số nguyên không âm (đồng)', field);
  }
  return value;
}

/** Free answers of a satisfaction survey: question → answer, both short texts. */
export function answersOf(value: unknown): Record<string, string> {
  if (value == null) return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw ruleViolation('INVALID_VALUE', 'Câu trả lời khảo sát không hợp lệ', 'answers');
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length > 50) throw ruleViolation('INVALID_VALUE', 'Khảo sát không quá 50 câu hỏi', 'answers');
  return Object.fromEntries(
    entries.map(([question, answer]) => {
      if (!hasText(question)) throw ruleViolation('INVALID_VALUE', 'Câu hỏi khảo sát không được để trống', 'answers');
      return [question.trim(), boundedText(answer, `answers.${question.trim()}`, 'INVALID_VALUE', 'Câu trả lời khảo sát không được để trống', 1000)];
    }),
  );
}
