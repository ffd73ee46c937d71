import type { CalendarDay, CalendarYear } from './calendar-year';
import { CalendarNotCoveredError, InvalidCalendarError } from './errors';
import { dayNumberOf, isLocalDate, isWeekend, localDateFromDayNumber, type LocalDate, yearOf } from './local-date';

/** Prefix of the calendar version recorded in every deadline. */
const REGION = 'VN';

interface LoadedYear {
  version: string;
  daysOff: ReadonlyMap<LocalDate, string>;
  workedWeekendDays: ReadonlyMap<LocalDate, string>;
}

/**
 * Vietnamese working days over the approved years only: Mon–Fri unless listed as a day off,
 * Sat/Sun only when listed as worked. A day of any other year throws CalendarNotCoveredError.
 */
export class WorkingCalendar {
  /** e.g. 'VN 2025.1+2026.1' — recorded in every deadline computed with it. */
  readonly version: string;
  /** The years loaded, ascending. */
  readonly coveredYears: readonly number[];
  /** The years as loaded (ascending): what the browser's copy of the calendar is built from. */
  readonly sourceYears: readonly CalendarYear[];
  private readonly years: ReadonlyMap<number, LoadedYear>;
  /** Every day of the covered years, 1 = working, and a running count of working days: O(1) questions. */
  private readonly days: DayIndex;
  private readonly lastYear: number;

  constructor(years: CalendarYear[]) {
    if (!Array.isArray(years) || years.length === 0) throw new InvalidCalendarError('Lịch làm việc cần ít nhất một năm đã phê duyệt');
    const loaded = new Map<number, LoadedYear>();
    for (const year of years) {
      if (!Number.isInteger(year.year)) throw new InvalidCalendarError(`Năm của lịch không hợp lệ: ${String(year.year)}`);
      if (loaded.has(year.year)) throw new InvalidCalendarError(`Lịch năm ${year.year} được nạp hai lần`);
      if (typeof year.version !== 'string' || !/^\S+$/.test(year.version) || year.version.includes('+'))
        throw new InvalidCalendarError(`Lịch năm ${year.year}: phiên bản phải khác rỗng, không có dấu cách hay '+': ${JSON.stringify(year.version)}`);
      const daysOff = index(year, 'daysOff', year.daysOff, false);
      const workedWeekendDays = index(year, 'workedWeekendDays', year.workedWeekendDays, true);
      for (const date of daysOff.keys())
        if (workedWeekendDays.has(date)) throw new InvalidCalendarError(`Lịch năm ${year.year}: ngày ${date} vừa là ngày nghỉ vừa là ngày làm bù`);
      loaded.set(year.year, { version: year.version, daysOff, workedWeekendDays });
    }
    this.years = loaded;
    this.coveredYears = Object.freeze([...loaded.keys()].sort((a, b) => a - b));
    this.sourceYears = Object.freeze([...years].sort((a, b) => a.year - b.year));
    this.version = `${REGION} ${this.coveredYears.map((y) => loaded.get(y)!.version).join('+')}`;
    this.lastYear = this.coveredYears[this.coveredYears.length - 1];
    this.days = dayIndex(this.coveredYears, loaded);
  }

  /** Throws CalendarNotCoveredError outside the loaded years. */
  isWorkingDay(date: LocalDate): boolean {
    return this.days.working[this.indexOf(date)] === 1;
  }

  /** Why a day is special: the label of a day off or of a worked weekend day; null for an ordinary day. */
  labelOf(date: LocalDate): string | null {
    const year = this.yearFor(date);
    return year.daysOff.get(date) ?? year.workedWeekendDays.get(date) ?? null;
  }
  /** The N-th working day after `date`; `date` itself never counts (N >= 1). */
  addWorkingDays(date: LocalDate, n: number): LocalDate {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`addWorkingDays: n must be an integer >= 1, got ${n}`);
    const { working, prefix } = this.days;
    let index = this.indexOf(date);
    const target = prefix[index] + n;
    while (prefix[index] < target || working[index] !== 1) {
      index += 1;
      if (index >= working.length) throw new CalendarNotCoveredError(this.lastYear + 1, localDateFromDayNumber(this.days.first + index), this.coveredYears);
    }
    return localDateFromDayNumber(this.days.first + index);
  }

  /** `date` if it is a working day, else the next working day. */
  sameOrNextWorkingDay(date: LocalDate): LocalDate {
    return this.isWorkingDay(date) ? date : this.addWorkingDays(date, 1);
  }

  /** Working days in (from, to]: 0 when to <= from. Used for "N working days late" and durations. */
  workingDaysBetween(from: LocalDate, to: LocalDate): number {
    if (dayNumberOf(to) <= dayNumberOf(from)) return 0;
    return this.days.prefix[this.indexOf(to)] - this.days.prefix[this.indexOf(from)];
  }

  /** Position of `date` in the day index; throws CalendarNotCoveredError outside the loaded years. */
  private indexOf(date: LocalDate): number {
    const index = dayNumberOf(date) - this.days.first;
    if (index < 0 || index >= this.days.working.length) {
      const y = yearOf(date);
      throw new CalendarNotCoveredError(y, date, this.coveredYears);
    }
    return index;
  }

  private yearFor(date: LocalDate): LoadedYear {
    const y = yearOf(date);
    const year = this.years.get(y);
    if (!year) throw new CalendarNotCoveredError(y, date, this.coveredYears);
    return year;
  }
}

function index(year: CalendarYear, field: string, days: CalendarDay[], weekend: boolean): Map<LocalDate, string> {
  if (!Array.isArray(days)) throw new InvalidCalendarError(`Lịch năm ${year.year}: ${field} phải là một danh sách`);
  const map = new Map<LocalDate, string>();
  for (const day of days) {
    const where = `Lịch năm ${year.year}, ${field}, ${JSON.stringify(day?.date)}`;
    if (!isLocalDate(day?.date)) throw new InvalidCalendarError(`${where}: ngày không hợp lệ (định dạng YYYY-MM-DD)`);
    if (yearOf(day.date) !== year.year) throw new InvalidCalendarError(`${where}: không thuộc năm ${year.year}`);
    if (typeof day.label !== 'string' || day.label.trim() === '') throw new InvalidCalendarError(`${where}: thiếu tên ngày`);
    if (isWeekend(day.date) !== weekend)
      throw new InvalidCalendarError(
        weekend
          ? `${where}: ngày làm bù phải là thứ Bảy hoặc Chủ nhật`
          : `${where}: ngày nghỉ phải là ngày từ thứ Hai đến thứ Sáu (ngày lễ rơi vào cuối tuần: ghi ngày nghỉ bù)`,
      );
    if (map.has(day.date)) throw new InvalidCalendarError(`${where}: bị ghi hai lần`);
    map.set(day.date, day.label);
  }
  return map;
}

interface DayIndex {
  /** Day number (days since 1970-01-01) of index 0. */
  first: number;
  working: Uint8Array;
  /** prefix[i]: working days among indices 0..i. */
  prefix: Int32Array;
}

/** Covered years must be consecutive: a gap would be counted as days nobody approved. */
function dayIndex(years: readonly number[], loaded: ReadonlyMap<number, LoadedYear>): DayIndex {
  years.forEach((year, i) => {
    if (i > 0 && year !== years[i - 1] + 1) throw new InvalidCalendarError(`Lịch thiếu năm ${years[i - 1] + 1}: các năm phải liên tiếp`);
  });
  const first = dayNumberOf(`${years[0]}-01-01`);
  const length = dayNumberOf(`${years[years.length - 1]}-12-31`) - first + 1;
  const working = new Uint8Array(length);
  const prefix = new Int32Array(length);
  for (let i = 0, count = 0; i < length; i++) {
    const date = localDateFromDayNumber(first + i);
    const year = loaded.get(yearOf(date))!;
    const isWorking = isWeekend(date) ? year.workedWeekendDays.has(date) : !year.daysOff.has(date);
    working[i] = isWorking ? 1 : 0;
    count += working[i];
    prefix[i] = count;
  }
  return { first, working, prefix };
}
