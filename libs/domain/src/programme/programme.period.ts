import { addCalendarDays, type LocalDate, type WorkingCalendar } from '../calendar';
import { ruleViolation } from '../shared';

/*
 * Periods of the work programme and the days they give. A programme covers a year (`2026`), a
 * quarter (`2026-Q1`) or a month (`2026-03`); an item is due in a month (`2026-03`) or an ISO week
 * (`2026-W11`, Monday to Sunday: the week's programme is the month's items due that week).
 */

export const PROGRAMME_PERIOD_KINDS = ['year', 'quarter', 'month'] as const;
export type ProgrammePeriodKind = (typeof PROGRAMME_PERIOD_KINDS)[number];

export type DayRange = { from: LocalDate; to: LocalDate };

/**
 * QC 8.1 as read here: the head of General Affairs drafts each programme and answers for a late
 * one; a programme is used from its first day, so its draft goes to the office chief by the 25th
 * of the month before the period starts (a month's by the 25th of the previous month, a quarter's
 * by 25 of its preceding month, a year's by 25 December). A calendar day, not a working day: the
 * regulation names a date.
 */
export const DRAFT_DUE_DAY_OF_PRECEDING_MONTH = 25;

const YEAR = /^(\d{4})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const WEEK = /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/;

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number): LocalDate => `${year}-${pad(month)}-01`;
/** The last day of a month: the day before the first of the next. */
const lastOfMonth = (year: number, month: number): LocalDate => addCalendarDays(month === 12 ? firstOfMonth(year + 1, 1) : firstOfMonth(year, month + 1), -1);

export function periodKindOf(period: string): ProgrammePeriodKind | null {
  if (YEAR.test(period)) return 'year';
  if (QUARTER.test(period)) return 'quarter';
  if (MONTH.test(period)) return 'month';
  return null;
}

/** The kind of a programme's period, else INVALID_PERIOD. */
export function requirePeriod(value: unknown, field = 'period'): ProgrammePeriodKind {
  const kind = typeof value === 'string' ? periodKindOf(value) : null;
  if (!kind) throw ruleViolation('INVALID_PERIOD', 'Kỳ chương trình phải là năm (2026), quý (2026-Q1) hoặc tháng (2026-03)', field);
  return kind;
}

/** The first and last day of a programme's period (a valid period key). */
export function periodDays(period: string): DayRange {
  const year = Number(period.slice(0, 4));
  const quarter = QUARTER.exec(period);
  if (quarter) {
    const first = (Number(quarter[2]) - 1) * 3 + 1;
    return { from: firstOfMonth(year, first), to: lastOfMonth(year, first + 2) };
  }
  const month = MONTH.exec(period);
  if (month) return { from: firstOfMonth(year, Number(month[2])), to: lastOfMonth(year, Number(month[2])) };
  return { from: firstOfMonth(year, 1), to: lastOfMonth(year, 12) };
}

/** Monday and Sunday of ISO week `week` of `year` (week 1 holds the year's first Thursday). */
function isoWeekDays(year: number, week: number): DayRange {
  const jan4 = `${year}-01-04`;
  const dow = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7; // 0 = Monday
  const monday = addCalendarDays(addCalendarDays(jan4, -dow), (week - 1) * 7);
  return { from: monday, to: addCalendarDays(monday, 6) };
}

/** The days of an item's due month or week, or null when `due` is neither (`2026-03`, `2026-W11`). */
export function dueDays(due: unknown): DayRange | null {
  if (typeof due !== 'string') return null;
  const month = MONTH.exec(due);
  if (month) return periodDays(due);
  const week = WEEK.exec(due);
  if (!week) return null;
  const days = isoWeekDays(Number(week[1]), Number(week[2]));
  // Week 53 exists only in some years: its Monday must still belong to the ISO year.
  return isoWeekDays(Number(week[1]) + 1, 1).from > days.from ? days : null;
}

/** The ISO week key (`2026-W11`) of a day. */
export function isoWeekOf(day: LocalDate): string {
  const dow = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const thursday = addCalendarDays(day, 3 - dow);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((Number(new Date(`${thursday}T00:00:00Z`)) - Number(new Date(`${year}-01-01T00:00:00Z`))) / 86_400_000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** The last working day on or before `day` (never before `floor`, the first day of the range). */
function lastWorkingDayFrom(day: LocalDate, floor: LocalDate, calendar: WorkingCalendar): LocalDate {
  let current = day;
  while (!calendar.isWorkingDay(current)) {
    if (current <= floor) throw ruleViolation('NO_WORKING_DAY', 'Kỳ hạn không có ngày làm việc nào', 'due');
    current = addCalendarDays(current, -1);
  }
  return current;
}

/**
 * Hạn trình of an item: the last working day of its due month or week, by the approved working-day
 * calendar (a month ending on a Sunday or on a holiday is due on the working day before). Papers
 * submitted on that day are on time.
 */
export function itemDueDate(due: string, calendar: WorkingCalendar, field = 'due'): LocalDate {
  const days = dueDays(due);
  if (!days) throw ruleViolation('INVALID_DUE', 'Hạn trình phải là một tháng (2026-03) hoặc một tuần (2026-W11)', field);
  return lastWorkingDayFrom(days.to, days.from, calendar);
}

/** The day a programme's draft is due at the office chief (DRAFT_DUE_DAY_OF_PRECEDING_MONTH). */
export function draftDueDate(period: string): LocalDate {
  const start = periodDays(period).from;
  const dayBefore = addCalendarDays(start, -1);
  return `${dayBefore.slice(0, 8)}${pad(DRAFT_DUE_DAY_OF_PRECEDING_MONTH)}`;
}
