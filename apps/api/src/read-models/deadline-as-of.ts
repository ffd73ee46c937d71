import type { LocalDate } from '@office/domain';

interface DeadlineReading {
  due: string;
  doneAt?: string | null;
  state: string;
}

/**
 * API.md: a step not done whose due date has passed is `late` as of the read. The stored state is
 * `pending` until the step is done (events do not happen when a day passes), so the reader decides.
 */
export function asOf<T extends DeadlineReading>(deadline: T, today: LocalDate): T {
  return deadline.state === 'pending' && !deadline.doneAt && deadline.due < today ? { ...deadline, state: 'late' } : deadline;
}

/** `asOf` over every clock of a `deadlines` map. */
export function deadlinesAsOf<T extends DeadlineReading>(deadlines: Partial<Record<string, T>>, today: LocalDate): Record<string, T> {
  return Object.fromEntries(Object.entries(deadlines).flatMap(([clock, deadline]) => (deadline ? [[clock, asOf(deadline, today)]] : [])));
}
