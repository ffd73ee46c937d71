import { addDays, weekdayIndex } from './format.js';

/**
 * The domain's working calendar (from /assets/reference.json), to tell how many Vietnamese
 * working days are left before a due day or have passed since it.
 */
export class WorkingDays {
  constructor(calendar) {
    this.years = new Map(calendar.years.map((y) => [y.year, { off: new Set(y.daysOff), worked: new Set(y.workedWeekendDays) }]));
  }

  /** null outside the approved years. */
  isWorkingDay(localDate) {
    const year = this.years.get(Number(localDate.slice(0, 4)));
    if (!year) return null;
    return weekdayIndex(localDate) >= 5 ? year.worked.has(localDate) : !year.off.has(localDate);
  }

  /** Working days in (from, to]; 0 when to <= from; null when a day is outside the calendar. */
  between(from, to) {
    let count = 0;
    for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
      const working = this.isWorkingDay(day);
      if (working === null) return null;
      if (working) count += 1;
    }
    return count;
  }
}
