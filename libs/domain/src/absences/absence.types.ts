import type { LocalDate, WorkingCalendar } from '../calendar';

/*
 * Nghỉ phép, công tác (QC Art. 16, DOMAIN.md §12): what a member of staff asks for, and the days it
 * covers, by half days (buổi sáng, buổi chiều).
 */

/** leave: nghỉ phép; sick: nghỉ ốm; personal: nghỉ việc riêng; business_trip: đi công tác. */
export const ABSENCE_KINDS = ['leave', 'sick', 'personal', 'business_trip'] as const;
export type AbsenceKind = (typeof ABSENCE_KINDS)[number];

export const ABSENCE_KIND_LABELS: Readonly<Record<AbsenceKind, string>> = {
  leave: 'Nghỉ phép',
  sick: 'Nghỉ ốm',
  personal: 'Nghỉ việc riêng',
  business_trip: 'Đi công tác',
};

/** Buổi: morning (sáng) or afternoon (chiều). */
export const HALVES = ['morning', 'afternoon'] as const;
export type Half = (typeof HALVES)[number];

/** From the `fromHalf` of `from` to the end of the `toHalf` of `to`, both included. */
export interface AbsencePeriod {
  from: LocalDate;
  fromHalf: Half;
  to: LocalDate;
  toHalf: Half;
}

/** A half day as a sortable key: '2026-12-07:0' is the morning, ':1' the afternoon. */
export const halfDayKey = (date: LocalDate, half: Half): string => `${date}:${half === 'morning' ? 0 : 1}`;

export function isValidPeriod(p: AbsencePeriod): boolean {
  return halfDayKey(p.from, p.fromHalf) <= halfDayKey(p.to, p.toHalf);
}

/** Whether two periods share at least one half day. */
export function periodsOverlap(a: AbsencePeriod, b: AbsencePeriod): boolean {
  return halfDayKey(a.from, a.fromHalf) <= halfDayKey(b.to, b.toHalf) && halfDayKey(b.from, b.fromHalf) <= halfDayKey(a.to, a.toHalf);
}

/** Whether `date` falls within the period (any half of it). */
export function periodCovers(p: AbsencePeriod, date: LocalDate): boolean {
  return p.from <= date && date <= p.to;
}

/**
 * Working days away, in halves, with the approved calendar (lịch làm việc): days off and weekends
 * do not count, a worked weekend day does. A period starting in the afternoon or ending in the
 * morning of a working day counts that day as half.
 */
export function workingDaysOf(p: AbsencePeriod, calendar: WorkingCalendar): number {
  // Working days in [from, to]: those in (from, to], and `from` itself.
  const whole = calendar.workingDaysBetween(p.from, p.to) + (calendar.isWorkingDay(p.from) ? 1 : 0);
  const startsLate = p.fromHalf === 'afternoon' && calendar.isWorkingDay(p.from) ? 0.5 : 0;
  const endsEarly = p.toHalf === 'morning' && calendar.isWorkingDay(p.to) ? 0.5 : 0;
  return whole - startsLate - endsEarly;
}
