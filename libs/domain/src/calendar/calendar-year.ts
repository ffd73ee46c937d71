import type { LocalDate } from './local-date';

/** One dated entry of a year's calendar, with its Vietnamese label (shown to users and auditors). */
export interface CalendarDay {
  date: LocalDate;
  label: string;
}

/**
 * The approved working calendar of one year, as plain data: shipped with the code (vietnam-<year>.ts)
 * or an approved version of the year's stream (calendarYearOfVersion). Saturdays and Sundays are rest days unless listed in `workedWeekendDays`;
 * Monday–Friday are working days unless listed in `daysOff`.
 */
export interface CalendarYear {
  year: number;
  /** e.g. '2025.1'; each approved version has its own (calendarVersionLabel). */
  version: string;
  /** The notice(s) and articles the data comes from. */
  source: string;
  /**
   * Weekdays (Mon–Fri) off: public holidays, the Tết block, the second National Day day,
   * make-up days (nghỉ bù, BLLĐ Đ.111.3) and the weekday side of a swap (hoán đổi).
   * A holiday that falls on a weekend is not listed itself; its make-up weekday is.
   */
  daysOff: CalendarDay[];
  /** Saturdays/Sundays worked (làm bù): the weekend side of a swap. */
  workedWeekendDays: CalendarDay[];
}
