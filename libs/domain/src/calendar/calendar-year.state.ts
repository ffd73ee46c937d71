import type { CalendarEntry, CalendarNotice } from './calendar-day-kinds';
import type { CalendarYearEvent } from './calendar-year.events';
import type { LocalDate } from './local-date';

/*
 * State of stream `calendar-year-<year>`:
 *
 *   none ──propose──▶ draft ──changeDays──▶ draft ──approve──▶ approved (version 1)
 *   approved ──revise (reason)──▶ draft ──changeDays──▶ draft ──approve──▶ approved (version n+1)
 */

export type CalendarYearStatus = 'none' | 'draft' | 'approved';

/** One approved version, as in force from `approvedAt` until the next one. */
export interface CalendarVersion {
  version: number;
  /** Recorded in deadlines through WorkingCalendar.version, e.g. '2027.2' or '2027.1-provisional'. */
  label: string;
  provisional: boolean;
  notice: CalendarNotice;
  reason: string | null;
  approvedAt: string;
  approvedBy: string;
  days: CalendarEntry[];
}

export interface CalendarYearState {
  status: CalendarYearStatus;
  year: number | null;
  /** The days being edited (a draft) or, once approved, those of the last version. */
  days: ReadonlyMap<LocalDate, CalendarEntry>;
  /** Why the open draft revises an approved version; null for a first proposal. */
  revisionReason: string | null;
  /** Oldest first. */
  versions: readonly CalendarVersion[];
}

export const initialCalendarYearState: CalendarYearState = { status: 'none', year: null, days: new Map(), revisionReason: null, versions: [] };

export function evolveCalendarYear(state: CalendarYearState, event: CalendarYearEvent): CalendarYearState {
  switch (event.type) {
    case 'CalendarYearProposed':
      return { ...state, status: 'draft', year: event.data.year, days: new Map(event.data.days.map((d) => [d.date, d])) };
    case 'CalendarDayChanged': {
      const days = new Map(state.days);
      const { date, kind, note } = event.data;
      if (kind === 'working_day') days.delete(date);
      else days.set(date, { date, kind, note });
      return { ...state, days };
    }
    case 'CalendarYearRevisionOpened':
      return { ...state, status: 'draft', revisionReason: event.data.reason };
    case 'CalendarYearApproved': {
      const { version, label, provisional, notice, reason, days, by, at } = event.data;
      return {
        ...state,
        status: 'approved',
        revisionReason: null,
        days: new Map(days.map((d) => [d.date, d])),
        versions: [...state.versions, { version, label, provisional, notice, reason, approvedAt: at, approvedBy: by, days }],
      };
    }
  }
}

export function calendarYearStateFrom(events: readonly CalendarYearEvent[]): CalendarYearState {
  return events.reduce(evolveCalendarYear, initialCalendarYearState);
}

/** The days of a state in date order (what a draft or an approval lists). */
export function sortedDays(days: ReadonlyMap<LocalDate, CalendarEntry>): CalendarEntry[] {
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The version in force at `instant` (ISO, compared as UTC instants): the last one approved at or
 * before it; null before the first approval. What an auditor asks: "the calendar as it was then".
 */
export function calendarVersionInForce(state: Pick<CalendarYearState, 'versions'>, instant: string): CalendarVersion | null {
  const at = Date.parse(instant);
  let found: CalendarVersion | null = null;
  for (const version of state.versions) if (Date.parse(version.approvedAt) <= at) found = version;
  return found;
}
