import { dayNumberOf, type LocalDate } from '../calendar';

/*
 * The ISO system's clocks (research §B.4), in calendar days and months, not working days: the
 * law counts "3 tháng kể từ ngày có hiệu lực" and "ít nhất một lần mỗi năm".
 */

/** QĐ 19/2014 Art. 4.4.a: the system is updated within 3 months of a legal document's entry into force. */
export const LEGAL_UPDATE_MONTHS = 3;
/** A clock shows in the secretary's queue as due soon this many days ahead [INF]. */
export const QUALITY_DUE_SOON_DAYS = 30;
/** From 1 October a year without a closed internal audit or a confirmed review is warned [INF]. */
export const YEARLY_WARNING_FROM = '10-01';

/**
 * `date` plus `months` calendar months; a day the target month lacks falls back to its last day
 * (31/5 + 3 months = 31/8, 30/11 + 3 months = 28/2 or 29/2), as the civil code counts months.
 */
export function addCalendarMonths(date: LocalDate, months: number): LocalDate {
  dayNumberOf(date);
  const [year, month, day] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** The last day a legal change may be incorporated on time. */
export function legalUpdateDue(effectiveFrom: LocalDate): LocalDate {
  return addCalendarMonths(effectiveFrom, LEGAL_UPDATE_MONTHS);
}

/** Where a clock stands: open (`pending`, `due_soon`, `overdue` as of `today`) or done (`on_time`, `late`). */
export type ClockState = 'pending' | 'due_soon' | 'overdue' | 'on_time' | 'late';

export function clockState(dueOn: LocalDate, doneOn: LocalDate | null, today: LocalDate): ClockState {
  if (doneOn !== null) return doneOn <= dueOn ? 'on_time' : 'late';
  if (today > dueOn) return 'overdue';
  return dayNumberOf(dueOn) - dayNumberOf(today) <= QUALITY_DUE_SOON_DAYS ? 'due_soon' : 'pending';
}

/** Calendar days from `dueOn` to `doneOn` (or `today` while open); 0 when not late. */
export function daysLate(dueOn: LocalDate, doneOn: LocalDate | null, today: LocalDate): number {
  return Math.max(0, dayNumberOf(doneOn ?? today) - dayNumberOf(dueOn));
}
