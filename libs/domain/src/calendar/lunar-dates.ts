import { Lunar } from 'lunar-javascript';
import { addCalendarDays, type LocalDate } from './local-date';

/*
 * The lunar holidays of a Gregorian year (Tết Nguyên đán, Giỗ Tổ Hùng Vương) from `lunar-javascript`
 * 1.7.7, a maintained library (6tail) that computes the Chinese calendar. The Vietnamese calendar
 * (âm lịch) follows the same astronomical rules at UTC+7 instead of UTC+8, so the two differ when
 * a new moon or a solar term falls between 23:00 and 24:00 Hà Nội time. Checked
 * (lunar-dates.spec.ts) against the official notices the code holds: Tết 29/01/2025, 17/02/2026
 * and 06/02/2027, Hùng Vương 07/04/2025, 26/04/2026 and 16/04/2027 all agree. Known past
 * differences: Tết 2007 (Việt Nam 17/02, China 18/02) and 1985 (21/01 against 20/02). A proposal
 * is therefore only a proposal: the admin checks it against the government's notice before
 * approving it (calendar-year.decide.ts), which is the authority, never this library.
 */

/** Mùng 1 Tết: the first day of the lunar year that begins in Gregorian `year`. */
export function lunarNewYear(year: number): LocalDate {
  return Lunar.fromYmd(year, 1, 1).getSolar().toYmd();
}

/** The last day of the lunar year before it (29 or 30 tháng Chạp): the eve, giao thừa. */
export function lunarNewYearsEve(year: number): LocalDate {
  return addCalendarDays(lunarNewYear(year), -1);
}

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch (BLLĐ 2019 Đ.112.1.c). */
export function hungKingsDay(year: number): LocalDate {
  return Lunar.fromYmd(year, 3, 10).getSolar().toYmd();
}
