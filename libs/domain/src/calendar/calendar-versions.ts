import type { CalendarYear } from './calendar-year';
import type { CalendarChangeKind, CalendarEntry, CalendarNotice } from './calendar-day-kinds';
import type { CalendarVersion } from './calendar-year.state';
import { formatLocalDate, isWeekend, type LocalDate } from './local-date';
import { WorkingCalendar } from './working-calendar';

/** '2027.2', or '2027.1-provisional' for a version approved on the law alone, before the notice. */
export function calendarVersionLabel(year: number, version: number, provisional: boolean): string {
  return `${year}.${version}${provisional ? '-provisional' : ''}`;
}

/** How a version cites its notice in CalendarYear.source. */
export function noticeCitation(notice: CalendarNotice, provisional: boolean): string {
  return `${provisional ? 'TẠM TÍNH, theo ' : ''}${notice.symbol} ngày ${formatLocalDate(notice.date)} của ${notice.issuer}`;
}

/**
 * The edited days as the plain data WorkingCalendar computes with: the weekdays off (holidays on
 * a weekday, make-up and swapped days off) and the weekend days worked. A holiday on a weekend
 * only informs: its make-up day is what rests.
 */
export function calendarYearOf(year: number, label: string, source: string, days: readonly CalendarEntry[]): CalendarYear {
  return {
    year,
    version: label,
    source,
    daysOff: days.filter((d) => d.kind !== 'worked_weekend_day' && !isWeekend(d.date)).map(({ date, note }) => ({ date, label: note })),
    workedWeekendDays: days.filter((d) => d.kind === 'worked_weekend_day').map(({ date, note }) => ({ date, label: note })),
  };
}

export function calendarYearOfVersion(year: number, version: CalendarVersion): CalendarYear {
  return calendarYearOf(year, version.label, noticeCitation(version.notice, version.provisional), version.days);
}

/** A year shipped with the code (vietnam-<year>.ts) as edited days: what the seed enters through the commands. */
export function entriesOf(year: CalendarYear): CalendarEntry[] {
  const off = year.daysOff.map(({ date, label }): CalendarEntry => ({ date, kind: kindOfLabel(label), note: label }));
  const worked = year.workedWeekendDays.map(({ date, label }): CalendarEntry => ({ date, kind: 'worked_weekend_day', note: label }));
  return [...off, ...worked].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function kindOfLabel(label: string): CalendarEntry['kind'] {
  if (label.startsWith('Nghỉ bù')) return 'make_up_day_off';
  if (label.startsWith('Nghỉ hoán đổi')) return 'swapped_day_off';
  return 'holiday';
}

/** The day changes that turn `from` into `to` exactly (days `to` lacks go back to the ordinary rule). */
export function changesBetween(from: readonly CalendarEntry[], to: readonly CalendarEntry[]): { date: LocalDate; kind: CalendarChangeKind; note: string }[] {
  const target = new Map(to.map((d) => [d.date, d]));
  const changes: { date: LocalDate; kind: CalendarChangeKind; note: string }[] = [];
  for (const day of from) if (!target.has(day.date)) changes.push({ date: day.date, kind: 'working_day', note: 'Không có trong thông báo' });
  const before = new Map(from.map((d) => [d.date, d]));
  for (const day of to) {
    const was = before.get(day.date);
    if (!was || was.kind !== day.kind || was.note !== day.note) changes.push({ ...day });
  }
  return changes.sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The calendar the product computes with: for each year its last approved version, else the year
 * shipped with the code (so nothing breaks before the seed or for a year nobody approved yet).
 * WorkingCalendar needs consecutive years: it keeps the run from the first year, and a year
 * approved past a gap waits until the gap is approved.
 */
export function workingCalendarOf(approved: readonly CalendarYear[], builtIn: readonly CalendarYear[]): WorkingCalendar {
  const years = new Map<number, CalendarYear>();
  for (const year of builtIn) years.set(year.year, year);
  for (const year of approved) years.set(year.year, year);
  const sorted = [...years.keys()].sort((a, b) => a - b);
  const run: CalendarYear[] = [];
  for (const year of sorted) {
    if (run.length > 0 && year !== run[run.length - 1].year + 1) break;
    run.push(years.get(year)!);
  }
  return new WorkingCalendar(run);
}
