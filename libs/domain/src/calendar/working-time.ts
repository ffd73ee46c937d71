import { dayNumberOf, localDateOf, VIETNAM_UTC_OFFSET_MINUTES, type LocalDate } from './local-date';
import type { WorkingCalendar } from './working-calendar';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Giờ làm việc, Asia/Ho_Chi_Minh: a working day runs from `start` to `end` and is cut into two
 * halves (buổi sáng, buổi chiều) at `half`. Data, so that a province with other hours changes it
 * without touching the rules.
 */
export interface WorkingHours {
  start: string;
  half: string;
  end: string;
}

/** 08:00–17:00, half at 12:00 (DOMAIN.md §6). */
export const WORKING_HOURS: WorkingHours = { start: '08:00', half: '12:00', end: '17:00' };

/**
 * The instant by which a step of `workingDays` (a positive multiple of 0.5) started at
 * `startInstant` is due. Time counts in half-days of working days: only whole halves that begin
 * at or after the start count (the half in progress never counts, as the day of receipt never
 * counts for a due date), and the step is due at the end of its last half. So a 0.5-day step
 * started at 10:00 is due at 17:00 the same day, one started at 14:00 at 12:00 the next working
 * day; a 1-day step started in the afternoon ends at 17:00 the next working day, as the day
 * convention of DOMAIN.md §3 would have it. A start on a day off or after hours counts from the
 * next working morning.
 */
export function addWorkingTime(startInstant: string, workingDays: number, calendar: WorkingCalendar, hours: WorkingHours = WORKING_HOURS): string {
  const halves = workingDays * 2;
  if (!Number.isInteger(halves) || halves < 1) throw new RangeError(`addWorkingTime: workingDays must be a positive multiple of 0.5, got ${workingDays}`);
  const bounds = minutesOf(hours);
  const first = firstCountedHalf(startInstant, calendar, bounds);
  const last = first.half + halves - 1;
  const days = Math.floor(last / 2);
  const dueDay = days === 0 ? first.day : calendar.addWorkingDays(first.day, days);
  return instantAt(dueDay, last % 2 === 0 ? bounds.half : bounds.end);
}

type Bounds = { start: number; half: number; end: number };

function minutesOf(hours: WorkingHours): Bounds {
  const [start, half, end] = [hours.start, hours.half, hours.end].map((time) => {
    const match = HH_MM.exec(time);
    if (!match) throw new RangeError(`Working hours must be 'HH:MM', got ${JSON.stringify(time)}`);
    return Number(match[1]) * 60 + Number(match[2]);
  });
  if (!(start < half && half < end)) throw new RangeError(`Working hours must satisfy start < half < end: ${JSON.stringify(hours)}`);
  return { start, half, end };
}

/** The first half-day (0 morning, 1 afternoon) that begins at or after the start. */
function firstCountedHalf(startInstant: string, calendar: WorkingCalendar, bounds: Bounds): { day: LocalDate; half: 0 | 1 } {
  const day = localDateOf(startInstant);
  const minute = localMinuteOf(startInstant);
  if (calendar.isWorkingDay(day)) {
    if (minute <= bounds.start) return { day, half: 0 };
    if (minute <= bounds.half) return { day, half: 1 };
  }
  return { day: calendar.addWorkingDays(day, 1), half: 0 };
}

/** Minutes since local midnight (Asia/Ho_Chi_Minh) of an instant, seconds included as a fraction. */
export function localMinuteOf(instant: string): number {
  const localMs = Date.parse(instant) + VIETNAM_UTC_OFFSET_MINUTES * MINUTE_MS;
  return (((localMs % DAY_MS) + DAY_MS) % DAY_MS) / MINUTE_MS;
}

/** The UTC ISO instant of `minute` after local midnight of `day`. */
function instantAt(day: LocalDate, minute: number): string {
  return new Date(dayNumberOf(day) * DAY_MS + (minute - VIETNAM_UTC_OFFSET_MINUTES) * MINUTE_MS).toISOString();
}
