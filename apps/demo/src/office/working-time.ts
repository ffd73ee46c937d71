import { addCalendarDays, dayNumberOf, localDateOf, VIETNAM_UTC_OFFSET_MINUTES, type LocalDate, type WorkingCalendar } from '@office/domain';
import type { Random } from './random';

/** Office hours (Asia/Ho_Chi_Minh): 7:30–11:30 and 13:30–17:00, minutes after midnight. */
export const OFFICE_HOURS: ReadonlyArray<readonly [number, number]> = [
  [7 * 60 + 30, 11 * 60 + 30],
  [13 * 60 + 30, 17 * 60],
];
const DAY_MS = 86_400_000;
const CLOSE = OFFICE_HOURS[OFFICE_HOURS.length - 1][1];
const OPEN = OFFICE_HOURS[0][0];

/** ISO instant of `minute` (after local midnight) on `day` in Asia/Ho_Chi_Minh. */
export function instantAt(day: LocalDate, minute: number): string {
  return new Date(dayNumberOf(day) * DAY_MS + (minute - VIETNAM_UTC_OFFSET_MINUTES) * 60_000).toISOString();
}

/** Local minute of the day of an instant. */
export function minuteOfDay(instant: string): number {
  const ms = Date.parse(instant) + VIETNAM_UTC_OFFSET_MINUTES * 60_000;
  return Math.floor((ms % DAY_MS) / 60_000);
}

/** A random minute within office hours, weighted by the length of each session. */
export function officeMinute(random: Random): number {
  const total = OFFICE_HOURS.reduce((sum, [a, b]) => sum + b - a, 0);
  let x = random.int(0, total - 1);
  for (const [a, b] of OFFICE_HOURS) {
    if (x < b - a) return a + x;
    x -= b - a;
  }
  return OPEN;
}

/** The working days in [from, to] (both local days). */
export function workingDaysIn(calendar: WorkingCalendar, from: LocalDate, to: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) if (calendar.isWorkingDay(day)) days.push(day);
  return days;
}

/**
 * When the next step happens: `workingDays` working days after the day of `previous`, at a random
 * office minute; 0 means later the same working day (a few minutes to a few hours), or the
 * next working morning when the day is nearly over. Always strictly after `previous`.
 */
export function later(calendar: WorkingCalendar, random: Random, previous: string, workingDays: number): string {
  const day = localDateOf(previous);
  const minute = minuteOfDay(previous);
  if (workingDays === 0) {
    if (calendar.isWorkingDay(day) && minute < CLOSE - 15) {
      const at = minute + random.int(5, Math.max(6, Math.min(180, CLOSE - 5 - minute)));
      return instantAt(day, inOfficeHours(at));
    }
    return instantAt(calendar.addWorkingDays(day, 1), OPEN + random.int(0, 90));
  }
  return instantAt(calendar.addWorkingDays(day, workingDays), officeMinute(random));
}

/** A minute moved out of the lunch break to the afternoon session. */
function inOfficeHours(minute: number): number {
  const [[, morningEnd], [afternoonStart]] = OFFICE_HOURS;
  return minute >= morningEnd && minute < afternoonStart ? afternoonStart + (minute - morningEnd) : minute;
}
