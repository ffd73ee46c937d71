import { isLocalDate, localDateOf, type LocalDate } from '../calendar/local-date';
import { ruleViolation } from './domain-error';

export { isLocalDate };

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
