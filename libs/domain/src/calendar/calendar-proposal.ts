import type { CalendarEntry } from './calendar-day-kinds';
import { addCalendarDays, dayOfWeek, formatLocalDate, isWeekend, type LocalDate } from './local-date';
import { hungKingsDay, lunarNewYear, lunarNewYearsEve } from './lunar-dates';

/** What a proposal says it stands on (recorded in CalendarYearProposed.basis). */
export const PROPOSAL_BASIS =
  'Đề xuất tự động: Bộ luật Lao động 45/2019/QH14 Điều 111.3, 112.1; âm lịch theo thư viện lunar-javascript 1.7.7 ' +
  '(lịch Trung Quốc, UTC+8; đối chiếu lịch Việt Nam UTC+7 trước khi phê duyệt). Chưa có ngày hoán đổi: theo thông báo của Chính phủ.';

const WEEKDAY_NAMES = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'];

/**
 * A year proposed from the rules, before anyone reads the notice:
 * - BLLĐ Đ.112.1: 1/1; Tết: the last day of the lunar year and mùng 1–4 (the five days the
 *   notices of 2026 set; the Prime Minister fixes them each year, Đ.112.3); 10/3 âm lịch; 30/4;
 *   1/5; 2/9 and one day beside it: 1/9, or 3/9 when 2/9 is a Thursday or a Sunday, so the pair
 *   joins a weekend (what 2025 and 2026 chose; the notice decides);
 * - Đ.111.3: a holiday on a Saturday or Sunday gives a make-up day off (nghỉ bù) on the next
 *   weekday that is not already off;
 * - no swapped days: those are the government's choice each year.
 */
export function proposeCalendarDays(year: number): CalendarEntry[] {
  const holidays: CalendarEntry[] = [{ date: `${year}-01-01`, kind: 'holiday', note: 'Tết Dương lịch' }];
  const eve = lunarNewYearsEve(year);
  const tet = [eve, ...[0, 1, 2, 3].map((i) => addCalendarDays(lunarNewYear(year), i))];
  tet.forEach((date, i) => holidays.push({ date, kind: 'holiday', note: `Tết Nguyên đán (${i === 0 ? 'ngày cuối năm âm lịch' : `mùng ${i} Tết`})` }));
  holidays.push(
    { date: hungKingsDay(year), kind: 'holiday', note: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, kind: 'holiday', note: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { date: `${year}-05-01`, kind: 'holiday', note: 'Ngày Quốc tế lao động' },
    { date: `${year}-09-02`, kind: 'holiday', note: 'Quốc khánh' },
    { date: secondNationalDay(year), kind: 'holiday', note: 'Quốc khánh (ngày liền kề)' },
  );
  const inYear = holidays.filter((h) => h.date.startsWith(`${year}-`)).sort(byDate);
  const off = new Set(inYear.map((h) => h.date));
  const makeUps: CalendarEntry[] = [];
  for (const holiday of inYear.filter((h) => isWeekend(h.date))) {
    let day = holiday.date;
    while (isWeekend(day) || off.has(day)) day = addCalendarDays(day, 1);
    if (!day.startsWith(`${year}-`)) continue; // a make-up in the next year belongs to that year's notice
    off.add(day);
    makeUps.push({ date: day, kind: 'make_up_day_off', note: `Nghỉ bù ${holiday.note} (${formatLocalDate(holiday.date)} là ${WEEKDAY_NAMES[dayOfWeek(holiday.date)]})` });
  }
  return [...inYear, ...makeUps].sort(byDate);
}

function secondNationalDay(year: number): LocalDate {
  const dow = dayOfWeek(`${year}-09-02`);
  return dow === 4 || dow === 0 ? `${year}-09-03` : `${year}-09-01`;
}

function byDate(a: CalendarEntry, b: CalendarEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
