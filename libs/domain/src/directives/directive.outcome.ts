import { localDateOf, type LocalDate } from '../calendar';
import type { DirectiveState, DirectiveStatus } from './directive.state';
import type { DirectiveOutcome } from './directive.types';

/** What the outcome depends on: the read models store exactly these (and compute the outcome with the SQL twin of `directiveOutcomeOn`). */
export interface DirectiveOutcomeFacts {
  status: DirectiveStatus;
  /** The due date now (after extensions); null for periodic reporting. */
  dueDate: LocalDate | null;
  /** The day the agency reported the completion the Office accepted; null while not done. */
  doneOn: LocalDate | null;
}

/**
 * The outcome of a task as of the day `asOf` (DOMAIN.md §8): done when its accepted completion was
 * reported on or before that day — on time when reported by the due date, late after it; not done
 * otherwise — in time until the end of the due day, overdue after it. A task with periodic
 * reporting has no due date: never late. Cancelled and superseded tasks are not counted (null).
 */
export function directiveOutcomeOn(facts: DirectiveOutcomeFacts, asOf: LocalDate): DirectiveOutcome | null {
  if (facts.status === 'cancelled' || facts.status === 'superseded') return null;
  const late = (day: LocalDate) => facts.dueDate !== null && day > facts.dueDate;
  if (facts.status === 'done' && facts.doneOn !== null && facts.doneOn <= asOf) return late(facts.doneOn) ? 'done_late' : 'done_on_time';
  return late(asOf) ? 'not_done_overdue' : 'not_done_in_time';
}

export function outcomeFactsOfDirective(state: DirectiveState): DirectiveOutcomeFacts | null {
  if (state.status === 'none') return null;
  const doneOn = state.status === 'done' ? localDateOf(state.completion.at) : null;
  return { status: state.status, dueDate: state.dueDate, doneOn };
}

/** The outcome of a task in `state` at the instant `at` (its day in Asia/Ho_Chi_Minh); null when nothing is registered or it was closed early. */
export function directiveOutcome(state: DirectiveState, at: string): DirectiveOutcome | null {
  const facts = outcomeFactsOfDirective(state);
  return facts && directiveOutcomeOn(facts, localDateOf(at));
}
