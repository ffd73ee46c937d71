import type { Actor } from '../../shared';
import { stream, type GoldenDecision } from '../../testing/golden-events/golden-decisions';
import { decideSavedFilters, evolveSavedFilters, initialSavedFiltersState, type SavedFilterCommand } from '../saved-filters.decide';

/* A person saves a filter of the documents list, then removes it (the inputs of saved-filters.decide.spec). */

export function savedFilterGoldenDecisions(): GoldenDecision[] {
  const userId = '00000000-0000-4000-8000-000000000311';
  const by = { userId, list: 'documents', name: 'Quá hạn', actor: { userId, roles: ['specialist'], departmentId: null } satisfies Actor, now: '2026-03-02T02:00:00.000Z' };
  const commands: SavedFilterCommand[] = [{ ...by, type: 'save', query: 'overdue=true&sort=nextDue' }, { ...by, type: 'remove' }];
  return stream(decideSavedFilters, evolveSavedFilters, initialSavedFiltersState, commands);
}
