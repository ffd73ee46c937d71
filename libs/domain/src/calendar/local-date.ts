import { InvalidInstantError, InvalidLocalDateError } from './errors';

/** 'YYYY-MM-DD', a calendar day in Asia/Ho_Chi_Minh (UTC+7, no DST). */
export type LocalDate = string;

/** Asia/Ho_Chi_Minh is UTC+7 all year (no daylight saving since 1975). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

const DAY_MS = 86_400_000;
const OFFSET_MS = VIETNAM_UTC_OFFSET_MINUTES * 60_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time with an explicit offset: a string without one would be read in the host's time zone. */
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/i;

/** Days since 1970-01-01 of a calendar day; throws InvalidLocalDateError when not a real 'YYYY-MM-DD' date. */
export function dayNumberOf(date: LocalDate): number {
  const match = typeof date === 'string' ? LOCAL_DATE.exec(date) : null;
  if (!match) throw new InvalidLocalDateError(date);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // Checked by arithmetic, not by a Date round trip (this is on every request's hot path):
  // rejects 2025-02-29, 2025-13-01 and years 0000–0099 (which Date.UTC maps to 19xx).
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new InvalidLocalDateError(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The calendar day `dayNumber` days after 1970-01-01. */
export function localDateFromDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * DAY_MS);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== 'string') return false;
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}

/** Throws InvalidLocalDateError unless `value` is a real 'YYYY-MM-DD' date. */
export function assertLocalDate(value: unknown): asserts value is LocalDate {
  dayNumberOf(value as LocalDate);
}

/** `date` plus `days` calendar days (negative allowed). */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return localDateFromDayNumber(dayNumberOf(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: LocalDate): number {
  return new Date(dayNumberOf(date) * DAY_MS).getUTCDay();
}

/** Saturday or Sunday, the civil service's weekly rest days. */
export function isWeekend(date: LocalDate): boolean {
  const dow = dayOfWeek(date);
  return dow === 0 || dow === 6;
}

export function yearOf(date: LocalDate): number {
  dayNumberOf(date);
  return Number(date.slice(0, 4));
}

/** The Asia/Ho_Chi_Minh calendar day of a UTC instant (an ISO string with 'Z' or an offset, or a Date). */
export function localDateOf(instant: string | Date): LocalDate {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
  } else {
    const match = typeof instant === 'string' ? ISO_INSTANT.exec(instant) : null;
    // Date.parse rolls 2025-02-30 over to 2 March: check the date part ourselves.
    if (!match || !isLocalDate(match[1])) throw new InvalidInstantError(instant);
    ms = new Date(instant).getTime();
  }
  if (Number.isNaN(ms)) throw new InvalidInstantError(instant);
  return localDateFromDayNumber(Math.floor((ms + OFFSET_MS) / DAY_MS));
}

/** ISO UTC instant of 23:59:59.999 on `date` in Asia/Ho_Chi_Minh, e.g. '2025-04-25' → '2025-04-25T16:59:59.999Z'. */
export function endOfLocalDay(date: LocalDate): string {
  return new Date((dayNumberOf(date) + 1) * DAY_MS - OFFSET_MS - 1).toISOString();
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as Vietnamese notes and documents write a day. */
export function formatLocalDate(date: LocalDate): string {
  dayNumberOf(date);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
