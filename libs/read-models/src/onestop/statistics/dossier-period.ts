import { addCalendarDays, endOfLocalDay, type LocalDate, type WorkingCalendar } from '@office/domain';
import { calendarInForce } from '../../calendar/calendar-in-force';
import type { Sql } from '../../sql/sql';

/** Days in Asia/Ho_Chi_Minh, both inclusive. */
export interface DayPeriod {
  from: LocalDate;
  to: LocalDate;
}

/**
 * When a dossier stopped being in progress, over `rm_dossiers d`: its result reached the desk, it
 * was withdrawn or its processing stopped (LEAST skips NULLs; NULL while still in progress).
 */
export const CLOSED_AT = 'LEAST(d.result_at_desk_at, d.withdrawn_at, d.stopped_at)';

/**
 * A received dossier's time in progress, [received, closed) (unbounded while open), as the GiST
 * index of migration 1763800002500 has it: keep the two identical. "In progress at instant T"
 * is then one index probe instead of a scan of every dossier received before T. GREATEST keeps a
 * range valid even if a row said it closed before it was received; the CASE keeps an open
 * dossier's range unbounded (GREATEST skips NULLs).
 */
const IN_PROGRESS = `d.received_at IS NOT NULL AND tstzrange(d.received_at, CASE WHEN ${CLOSED_AT} IS NOT NULL THEN GREATEST(d.received_at, ${CLOSED_AT}) END, '[)')`;

/**
 * The unit a dossier counts for: the department it was first transferred to (cơ quan chủ trì),
 * else, before any transfer, the department of its field (`org_fields f` joined on the field).
 */
export const UNIT_OF_DOSSIER = 'coalesce(d.handling_unit_id, f.department_id)';

/** A period as bind parameters: its days, the instants that bound it, and the day states are judged on. */
export interface PeriodParams {
  from: string;
  to: string;
  /** The last instant before the period (23:59:59.999 the day before `from`). */
  before: string;
  /** The last instant of the period. */
  until: string;
  /** `to`, or today when `to` is still to come: nothing is overdue in the future. */
  asOf: string;
}

/** Each parameter is bound the first time a query uses it: PostgreSQL cannot type a parameter no statement mentions. */
export function periodParams(sql: Sql, { from, to }: DayPeriod, today: LocalDate): PeriodParams {
  const bound = (value: string, type: string) => {
    let reference: string | undefined;
    return () => (reference ??= `${sql.p(value)}::${type}`);
  };
  const params = {
    from: bound(from, 'date'),
    to: bound(to, 'date'),
    before: bound(endOfLocalDay(addCalendarDays(from, -1)), 'timestamptz'),
    until: bound(endOfLocalDay(to), 'timestamptz'),
    asOf: bound(minDay(to, today), 'date'),
  };
  return {
    get from() { return params.from(); },
    get to() { return params.to(); },
    get before() { return params.before(); },
    get until() { return params.until(); },
    get asOf() { return params.asOf(); },
  };
}

/** The SQL conditions of a period over `rm_dossiers d`, each a subset of `relevant` (getters: a condition binds its parameters only when used). */
export function dossierPeriodSql(p: PeriodParams) {
  const closed = CLOSED_AT;
  const inPeriod = (column: string) => `(d.${column} > ${p.before} AND d.${column} <= ${p.until})`;
  const openAtEnd = () => `(${closed} IS NULL OR ${closed} > ${p.until})`;
  return {
    /**
     * Received in the period, or received before it and still in progress at its start: every
     * dossier the period's figures count (two index probes, not a scan of the years before).
     */
    get relevant() { return `(d.received_on BETWEEN ${p.from} AND ${p.to} OR (${IN_PROGRESS} @> ${p.before}))`; },
    get carriedOver() { return `d.received_on < ${p.from}`; },
    get receivedInPeriod() { return `d.received_on >= ${p.from}`; },
    /** Its result reached the desk in the period: classified early, on time or late for good. */
    get resolved() { return inPeriod('result_at_desk_at'); },
    get withdrawn() { return inPeriod('withdrawn_at'); },
    get stopped() { return inPeriod('stopped_at'); },
    get openAtEnd() { return openAtEnd(); },
    /**
     * Still in progress at the end and past its due date on `asOf`. The original due date is the
     * yardstick (an apology's new date never counts); while a supplement is awaited the applicant
     * holds the clock, so the day of the request is the yardstick (as dossierClassificationSql).
     * The due date is the row's current one: a clock restarted after the period moves it.
     */
    get overdueAtEnd() { return `(${openAtEnd()} AND ${overdueOn(p.asOf)})`; },
    /** The same for a list: received by the end and in progress at it, by the index. */
    get overdueAtEndIndexed() { return `(${IN_PROGRESS} @> ${p.until} AND ${overdueOn(p.asOf)})`; },
  };
}

function overdueOn(day: string): string {
  return `d.due < LEAST(${day}, (d.supplement_requested_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)`;
}

/** Working days from `due` to `day` (0 when not after); 0 outside the calendar's approved years rather than an error in a report. */
export function workingDaysLate(due: LocalDate, day: LocalDate, calendar: WorkingCalendar = calendarInForce()): number {
  try {
    return calendar.workingDaysBetween(due, day);
  } catch {
    return 0;
  }
}

/**
 * The calendar as an array for SQL: element i (1-based) is the number of working days from
 * `first` to `first` + i − 1, so that `ordinals[b − first + 1] − ordinals[a − first + 1]` is
 * `workingDaysBetween(a, b)` for days of [from, to] the calendar covers (NULL outside), while the
 * calendar itself stays data in code.
 */
export function workingDayOrdinals(from: LocalDate, to: LocalDate, calendar: WorkingCalendar = calendarInForce()): { first: LocalDate; ordinals: number[] } {
  const years = calendar.coveredYears;
  const first = maxDay(from, `${years[0]}-01-01`);
  const last = minDay(to, `${years[years.length - 1]}-12-31`);
  const ordinals: number[] = [];
  for (let day = first; day <= last; day = addCalendarDays(day, 1)) ordinals.push(calendar.workingDaysBetween(first, day));
  return { first, ordinals };
}

export const minDay = (a: LocalDate, b: LocalDate): LocalDate => (a < b ? a : b);
const maxDay = (a: LocalDate, b: LocalDate): LocalDate => (a > b ? a : b);
