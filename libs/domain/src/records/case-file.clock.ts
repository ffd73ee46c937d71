import { addCalendarDays, isLocalDate, type LocalDate } from '../calendar';
import type { RecordMedium } from './records.types';

/*
 * The deposit clocks (research/next-domains.md §D.5): paper files within 1 year of closing (ND30
 * Art. 30.2), digital files within 60 days (Luật Lưu trữ 2024); the notice 30 days before; the
 * unit may keep a file at most 2 years past its due date (ND30 Art. 31.3).
 */

export const DIGITAL_DEPOSIT_DAYS = 60;
export const DEPOSIT_NOTICE_DAYS = 30;
export const MAX_DEFERRAL_YEARS = 2;

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: LocalDate, years: number): LocalDate {
  const [y, m, d] = date.split('-');
  const year = String(Number(y) + years).padStart(4, '0');
  const moved = `${year}-${m}-${d}`;
  return isLocalDate(moved) ? moved : `${year}-${m}-28`;
}

/** Hạn nộp lưu of a file closed on `endDate`. */
export function depositDueOf(medium: RecordMedium, endDate: LocalDate): LocalDate {
  return medium === 'paper' ? addYears(endDate, 1) : addCalendarDays(endDate, DIGITAL_DEPOSIT_DAYS);
}

/** The latest day a deferral may keep the file to. */
export function latestDeferralOf(depositDue: LocalDate): LocalDate {
  return addYears(depositDue, MAX_DEFERRAL_YEARS);
}

/** The deposit situation of a closed, not yet deposited file on `today`: overdue, due soon (within 30 days) or not yet. */
export type DepositStanding = 'overdue' | 'due_soon' | 'not_due';

export function depositStandingOn(due: LocalDate, today: LocalDate): DepositStanding {
  if (due < today) return 'overdue';
  return due <= addCalendarDays(today, DEPOSIT_NOTICE_DAYS) ? 'due_soon' : 'not_due';
}

/** June and December batches: `2026-06`, `2026-12`. */
export function isDepositPeriod(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-(06|12)$/.test(value);
}
