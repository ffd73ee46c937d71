import { addCalendarDays, CalendarNotCoveredError, type LocalDate, type WorkingCalendar } from '../calendar';

/** Where a piece of pending work stands against its due day, as of `today` (Asia/Ho_Chi_Minh). */
export type DueStanding = 'overdue' | 'due_soon' | null;

/**
 * Quá hạn: the due day is past. Sắp đến hạn: due within one working day, i.e. today or on the next
 * working day (a Friday item due on Monday is due soon; one due on Tuesday is not). Outside the
 * approved years the next calendar day stands in for the next working day.
 */
export function dueStanding(due: LocalDate | null, today: LocalDate, calendar: WorkingCalendar): DueStanding {
  if (due === null) return null;
  if (due < today) return 'overdue';
  return due <= nextWorkingDay(today, calendar) ? 'due_soon' : null;
}

/** The last day that counts as "due soon" on `today`. */
export function dueSoonLimit(today: LocalDate, calendar: WorkingCalendar): LocalDate {
  return nextWorkingDay(today, calendar);
}

function nextWorkingDay(today: LocalDate, calendar: WorkingCalendar): LocalDate {
  try {
    return calendar.addWorkingDays(today, 1);
  } catch (error) {
    if (error instanceof CalendarNotCoveredError) return addCalendarDays(today, 1);
    throw error;
  }
}
