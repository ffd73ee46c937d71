import { VIETNAM_CALENDAR, type WorkingCalendar } from '@office/domain';

let inForce: WorkingCalendar = VIETNAM_CALENDAR;

/**
 * The calendar this process's read side computes with (due-soon limits, working days late, the
 * notices sweep, the process steps): set by the process's `ApprovedCalendar` (the API's
 * `CalendarInForce`, the projector's main), the shipped years until then. Read at each use, never
 * captured, so a newly approved version counts from the next query or batch on. Figures stored
 * with a version (deadlines) are never recomputed with it.
 */
export function calendarInForce(): WorkingCalendar {
  return inForce;
}

export function setCalendarInForce(calendar: WorkingCalendar): void {
  inForce = calendar;
}
