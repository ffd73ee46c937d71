import { addCalendarDays, dayNumberOf, dayOfWeek, localDateOf, yearOf, type LocalDate } from '../calendar';
import { ruleViolation } from '../shared';

/**
 * Tuần công tác: an ISO 8601 week, written `2026-W49` (Monday to Sunday, the week of the year's
 * first Thursday is W01), as the Office numbers its weekly schedules. Days are Asia/Ho_Chi_Minh.
 */
export type ScheduleWeekId = string;

const WEEK_ID = /^(\d{4})-W(\d{2})$/;
const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The Monday of the week holding `date`. */
export function mondayOf(date: LocalDate): LocalDate {
  return addCalendarDays(date, -((dayOfWeek(date) + 6) % 7));
}

/** The ISO week holding `date` (its year is the year of the week's Thursday). */
export function scheduleWeekOf(date: LocalDate): ScheduleWeekId {
  const thursday = addCalendarDays(mondayOf(date), 3);
  const year = yearOf(thursday);
  return `${year}-W${pad(Math.floor((dayNumberOf(thursday) - dayNumberOf(`${year}-01-01`)) / 7) + 1)}`;
}

/** The ISO week of an instant, in Vietnamese time. */
export function scheduleWeekOfInstant(instant: string): ScheduleWeekId {
  return scheduleWeekOf(localDateOf(instant));
}

export function isScheduleWeekId(value: unknown): value is ScheduleWeekId {
  return typeof value === 'string' && WEEK_ID.test(value) && scheduleWeekOf(mondayOfWeekUnchecked(value)) === value;
}

function mondayOfWeekUnchecked(week: string): LocalDate {
  const [, year, number] = WEEK_ID.exec(week)!;
  return addCalendarDays(mondayOf(`${year}-01-04`), (Number(number) - 1) * 7);
}

/** A week id as given, else INVALID_WEEK on `field` (`2026-W53` does not exist: 2026 has 53 weeks only if its Thursday count says so). */
export function requireScheduleWeek(value: unknown, field = 'week'): ScheduleWeekId {
  if (!isScheduleWeekId(value)) throw ruleViolation('INVALID_WEEK', 'Tuần không hợp lệ (định dạng YYYY-Www, ví dụ 2026-W49)', field);
  return value;
}

/** The seven days of a week, Monday first. */
export function daysOfScheduleWeek(week: ScheduleWeekId): LocalDate[] {
  const monday = mondayOfWeekUnchecked(requireScheduleWeek(week));
  return Array.from({ length: 7 }, (_, i) => addCalendarDays(monday, i));
}

/** The week `offset` weeks after `week` (negative: before). */
export function shiftScheduleWeek(week: ScheduleWeekId, offset: number): ScheduleWeekId {
  return scheduleWeekOf(addCalendarDays(daysOfScheduleWeek(week)[0], offset * 7));
}
