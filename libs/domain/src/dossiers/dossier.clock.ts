import { addWorkingTime, localDateOf, localMinuteOf, type LocalDate, type WorkingCalendar } from '../calendar';
import type { ProcedureVersionSpec, SupplementPolicy } from '../procedures';
import type { DossierDue, ProcedureSnapshot, StepOutcome } from './dossier.types';

/*
 * The clocks of a dossier (DOMAIN.md §6, research A.5), in Vietnamese working days of the
 * approved calendar: the due date (ngày hẹn trả) and the steps of the internal process.
 */

/**
 * Ngày hẹn trả: `statutoryDays` working days after the day the dossier counts from; that day
 * itself never counts. It counts from the day of receipt when that is a working day and the
 * dossier came by the version's cut-off hour (15:00 counts, 15:00:01 is after); otherwise (after the cut-off, or on a day off,
 * e.g. an online dossier received on a Sunday) from the next working day. Example, 3 days:
 * received Thu 24/4/2025 at 10:00 → Mon 28/4 (Sat 26/4 is worked that year); at 16:00 → counts
 * from Fri 25/4, due Tue 29/4.
 */
export function dossierDueDate(
  receivedAt: string,
  version: Pick<ProcedureVersionSpec, 'statutoryDays' | 'cutoffHour'>,
  calendar: WorkingCalendar,
): { countsFrom: LocalDate; due: DossierDue } {
  const day = localDateOf(receivedAt);
  const inTime = calendar.isWorkingDay(day) && localMinuteOf(receivedAt) <= version.cutoffHour * 60;
  const countsFrom = inTime ? day : calendar.addWorkingDays(day, 1);
  return { countsFrom, due: { due: calendar.addWorkingDays(countsFrom, version.statutoryDays), calendarVersion: calendar.version } };
}

/**
 * The due date once the supplement asked during processing arrives, per the version's policy:
 * `restart` counts the statutory time again from the supplement's receipt (same cut-off rule);
 * `pause` adds the working days the clock stood still, those in (day of request, day of receipt].
 */
export function dueAfterSupplement(
  policy: SupplementPolicy,
  current: DossierDue,
  requestedAt: string,
  suppliedAt: string,
  procedure: Pick<ProcedureSnapshot, 'statutoryDays' | 'cutoffHour'>,
  calendar: WorkingCalendar,
): DossierDue {
  if (policy === 'restart') return dossierDueDate(suppliedAt, procedure, calendar).due;
  const paused = calendar.workingDaysBetween(localDateOf(requestedAt), localDateOf(suppliedAt));
  return { due: paused > 0 ? calendar.addWorkingDays(current.due, paused) : current.due, calendarVersion: calendar.version };
}

/** When a step of `workingDays` started at `startedAt` is due; null for a step the process does not time (0 days). */
export function stepDueAt(startedAt: string, workingDays: number, calendar: WorkingCalendar): string | null {
  return workingDays > 0 ? addWorkingTime(startedAt, workingDays, calendar) : null;
}

/**
 * A step's outcome on the control sheet, against its due instant: `early` when handed on a day
 * before the due instant's day (Asia/Ho_Chi_Minh); `on_time` on that day, not after the due
 * instant; `late` after the due instant. An untimed step has no outcome.
 */
export function stepOutcome(handedAt: string, dueAt: string | null): StepOutcome | null {
  if (dueAt === null) return null;
  if (Date.parse(handedAt) > Date.parse(dueAt)) return 'late';
  return localDateOf(handedAt) < localDateOf(dueAt) ? 'early' : 'on_time';
}

/** The dossier's final class when its result reaches the desk: before the due date, on it, or after. */
export function resultOutcome(atDesk: string, due: DossierDue): Extract<StepOutcome, 'early' | 'on_time' | 'late'> {
  const day = localDateOf(atDesk);
  if (day < due.due) return 'early';
  return day === due.due ? 'on_time' : 'late';
}
