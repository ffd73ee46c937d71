import { localDateOf, type WorkingCalendar } from '../calendar';
import { dueAfterSupplement } from './dossier.clock';
import { isOpened, type DossierState } from './dossier.state';
import type { DossierClassification } from './dossier.types';

/**
 * Kết quả phân loại at `now` (DOMAIN.md §6): final once the result reached the desk (early, on
 * time, late, decided then against the due date); before, `in_time` until the end of the due
 * day and `overdue` after it. While a supplement is awaited the applicant holds the clock: the
 * dossier is measured against the due date it would get if the supplement arrived now. An
 * apology never counts: the due date stays the yardstick. Null when there is nothing to
 * classify (not received yet, stopped, withdrawn).
 */
export function classifyDossier(state: DossierState, now: string, calendar: WorkingCalendar): DossierClassification | null {
  if (!isOpened(state) || state.status === 'stopped' || state.status === 'withdrawn') return null;
  if (state.atDesk) return state.atDesk.classification;
  let due = state.due;
  const awaited = state.status === 'supplement_requested' ? state.supplements[state.supplements.length - 1] : undefined;
  if (awaited) due = dueAfterSupplement(awaited.policy, due, awaited.requestedAt, now, state.procedure, calendar);
  return localDateOf(now) > due.due ? 'overdue' : 'in_time';
}
