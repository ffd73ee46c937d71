import { assertLocalDate, localDateOf, type LocalDate, type WorkingCalendar } from '../calendar';
import { limitOf, type DocumentStepLimits, type LimitedClock } from './document-process';

/** Urgency (độ khẩn): thường, khẩn, thượng khẩn, hỏa tốc. */
export const URGENCIES = ['normal', 'urgent', 'very_urgent', 'flash'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** The clocks of DOMAIN.md §3 (API names). */
export const CLOCK_NAMES = ['distribute', 'supplement', 'submit', 'issue', 'leader'] as const;
export type ClockName = (typeof CLOCK_NAMES)[number];

/**
 * A deadline: the step is due by the end (Asia/Ho_Chi_Minh) of `due` (see endOfLocalDay).
 * `calendarVersion` is the calendar it was computed with; it is not silently recomputed later.
 */
export interface Deadline {
  clock: ClockName;
  due: LocalDate;
  calendarVersion: string;
}

/** `paused`: not done, and not running now (the submit clock while a supplement is awaited: `clockPaused`). */
export type DeadlineState = 'pending' | 'paused' | 'on_time' | 'late';

/**
 * The deadline of a step whose clock starts at `startedAt`, under the limits of the document's process
 * version (DOMAIN.md §3): `distribute` from receipt (ND30 Art. 23.1), `supplement` from receipt
 * (incomplete dossier only, QC 10.2.2), `submit` from the valid dossier, i.e. receipt or the last
 * supplement received (QC 10.2.3), `issue` from signature (ND30 Art. 18.1).
 */
export function stepDeadline(clock: LimitedClock, startedAt: string, urgency: Urgency, limits: DocumentStepLimits, cal: WorkingCalendar): Deadline {
  if (!URGENCIES.includes(urgency)) throw new RangeError(`Unknown urgency: ${JSON.stringify(urgency)}`);
  const day = localDateOf(startedAt);
  const workingDays = limitOf(limits, clock, urgency);
  return deadline(clock, workingDays === 0 ? cal.sameOrNextWorkingDay(day) : cal.addWorkingDays(day, workingDays), cal);
}

/** distributed → issued when the leader gave a due date: that date as given (the calendar version is recorded). QC 10.1.1. */
export function leaderDeadline(dueDate: LocalDate, cal: WorkingCalendar): Deadline {
  assertLocalDate(dueDate);
  return deadline('leader', dueDate, cal);
}

/**
 * Whether `clock` stands still. The `submit` clock does while the specialist waits for a supplement (SupplementRequested →
 * SupplementReceived). QC 10.2.3 counts 5 working days from a *valid* dossier: while the dossier
 * is incomplete it is not valid, so the clock does not run and cannot fall late, however long the
 * sender takes. It does not resume with the days left either: the supplement received makes the
 * dossier valid again and starts a fresh 5-working-day clock from that day (DOMAIN.md §3, "received,
 * or last supplement received"). The `leader` clock is a date the leader gave and does not pause
 * (moving it is an extension, with a reason); `distribute` and `issue` are not running then.
 */
export function clockPaused(clock: ClockName, waitingForSupplement: boolean): boolean {
  return clock === 'submit' && waitingForSupplement;
}

/**
 * A step done at `doneAt` (ISO instant) is on time when its Asia/Ho_Chi_Minh day is <= due.
 * Pending when not done, or `paused` when not done and not running (`clockPaused`).
 */
export function deadlineState(deadline: Pick<Deadline, 'due'>, doneAt: string | null | undefined, paused = false): DeadlineState {
  assertLocalDate(deadline.due);
  if ((doneAt === null || doneAt === undefined) && paused) return 'paused';
  if (doneAt === null || doneAt === undefined) return 'pending';
  return localDateOf(doneAt) <= deadline.due ? 'on_time' : 'late';
}

/**
 * Working days late (0 when on time): working days in (due, day of doneOrNow].
 * Note: a step done (or still open) only on non-working days after `due` is 'late' for
 * deadlineState but 0 working days late here.
 */
export function workingDaysLate(deadline: Pick<Deadline, 'due'>, doneOrNow: string, cal: WorkingCalendar): number {
  assertLocalDate(deadline.due);
  return cal.workingDaysBetween(deadline.due, localDateOf(doneOrNow));
}

function deadline(clock: ClockName, due: LocalDate, cal: WorkingCalendar): Deadline {
  return { clock, due, calendarVersion: cal.version };
}
