import type { CalendarChangeKind, CalendarDayKind, CalendarEntry, CalendarNotice } from './calendar-day-kinds';
import type { LocalDate } from './local-date';

/*
 * The events of stream `calendar-year-<year>`: one year's working calendar from its proposal to
 * each approved version (issue #17 item 3). A public contract; type strings are fixed forever.
 * Every event says who (`by`) and when (`at`).
 */
type Stamp = { by: string; at: string };

/** Đề xuất: the year computed from the Labour Code and the lunar calendar (calendar-proposal.ts). */
export type CalendarYearProposed = { type: 'CalendarYearProposed'; data: Stamp & { year: number; basis: string; days: CalendarEntry[] } };

/** One day set to the notice (a holiday, a make-up day, a swap) or back to an ordinary day, with its note. */
export type CalendarDayChanged = {
  type: 'CalendarDayChanged';
  data: Stamp & { year: number; date: LocalDate; kind: CalendarChangeKind; note: string; previous: { kind: CalendarDayKind; note: string } | null };
};

/** An approved year opened for a new version (sửa đổi), with the reason. */
export type CalendarYearRevisionOpened = { type: 'CalendarYearRevisionOpened'; data: Stamp & { year: number; reason: string; fromVersion: number } };

/**
 * Phê duyệt: version `version` of the year, on the notice, in force from `at`. It carries the whole
 * year's days, so the calendar as it was on any day is this event alone.
 */
export type CalendarYearApproved = {
  type: 'CalendarYearApproved';
  data: Stamp & { year: number; version: number; label: string; provisional: boolean; notice: CalendarNotice; reason: string | null; days: CalendarEntry[] };
};

export type CalendarYearEvent = CalendarYearProposed | CalendarDayChanged | CalendarYearRevisionOpened | CalendarYearApproved;

export const CALENDAR_YEAR_EVENT_TYPES = ['CalendarYearProposed', 'CalendarDayChanged', 'CalendarYearRevisionOpened', 'CalendarYearApproved'] as const;

export function calendarYearStreamName(year: number): string {
  return `calendar-year-${year}`;
}
