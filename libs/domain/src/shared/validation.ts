import { isLocalDate, localDateOf, type LocalDate } from '../calendar';
import { ruleViolation } from './domain-error';

/** An ISO-8601 instant with an explicit offset (`2025-04-24T02:00:00Z`, `…+07:00`). */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    localDateOf(value);
    return true;
  } catch {
    return false;
  }
}

export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Trimmed text, or null when absent or blank: events keep `null`, never `undefined`. */
export function optionalText(value: string | null | undefined): string | null {
  return hasText(value) ? value.trim() : null;
}

export function requireText(value: unknown, field: string, rule: string, message: string): string {
  if (!hasText(value)) throw ruleViolation(rule, message, field);
  return value.trim();
}

export function requireLocalDate(value: unknown, field: string): LocalDate {
  if (!isLocalDate(value)) throw ruleViolation('INVALID_DATE', 'Ngày không hợp lệ (định dạng YYYY-MM-DD)', field);
  return value;
}

export function requireInstant(value: unknown, field: string): string {
  if (!isInstant(value)) throw ruleViolation('INVALID_INSTANT', 'Thời điểm không hợp lệ (ISO 8601 có múi giờ)', field);
  return value;
}

/** One of the allowed codes (an enum's values), else INVALID_VALUE on `field`. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, message: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) throw ruleViolation('INVALID_VALUE', message, field);
  return value as T;
}

export function positiveInteger(value: unknown, field: string, rule: string, message: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw ruleViolation(rule, message, field);
  return value;
}

/** A non-empty list of non-blank texts, trimmed, duplicates dropped; else `rule`. */
export function textList(value: unknown, field: string, rule: string, message: string): string[] {
  if (!Array.isArray(value)) throw ruleViolation(rule, message, field);
  const items = value.map((item) => (typeof item === 'string' ? item.trim() : ''));
  if (items.length === 0 || items.some((item) => item.length === 0)) throw ruleViolation(rule, message, field);
  return [...new Set(items)];
}

/** An optional due date: a real date, not before the day of `now` (Asia/Ho_Chi_Minh). */
export function optionalDueDate(value: LocalDate | null | undefined, now: string, field: string): LocalDate | null {
  if (value === null || value === undefined) return null;
  const dueDate = requireLocalDate(value, field);
  if (dueDate < localDateOf(now)) throw ruleViolation('DUE_DATE_IN_PAST', 'Thời hạn giải quyết không được trước ngày hôm nay', field);
  return dueDate;
}
