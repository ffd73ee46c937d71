import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import type { Actor } from '../shared';
import { decideSavedFilters, evolveSavedFilters, initialSavedFiltersState, type SavedFilterCommand, type SavedFiltersState } from './saved-filters.decide';
import { MAX_SAVED_FILTERS, type SavedFilterEvent } from './saved-filters.events';

const given = deciderSpec<SavedFilterCommand, SavedFiltersState, SavedFilterEvent, void>(
  { decide: (command, state) => decideSavedFilters(command, state), evolve: evolveSavedFilters, initialState: initialSavedFiltersState },
  undefined,
);

const userId = '00000000-0000-4000-8000-000000000311';
const at = '2026-03-02T02:00:00.000Z';
const actor: Actor = { userId, roles: ['specialist'], departmentId: null };
const save = (name: string, query: string, by = actor): SavedFilterCommand => ({ type: 'save', userId, list: 'documents', name, query, actor: by, now: at });
const remove = (name: string): SavedFilterCommand => ({ type: 'remove', userId, list: 'documents', name, actor, now: at });
const saved = (name: string, query: string): SavedFilterEvent => ({ type: 'SavedFilterSaved', data: { userId, list: 'documents', name, query, by: userId, at } });
const removed = (name: string): SavedFilterEvent => ({ type: 'SavedFilterRemoved', data: { userId, list: 'documents', name, by: userId, at } });

describe('saved filters (saved-filters-<userId>)', () => {
  it('records a new named filter, its query without the leading "?"', () => {
    given([]).when(save(' Quá hạn ', '?overdue=true&sort=nextDue')).then([saved('Quá hạn', 'overdue=true&sort=nextDue')]);
  });

  it('replaces the query of a name saved again, keeping its place', () => {
    const { state } = given([saved('A', 'overdue=true'), saved('B', 'urgency=flash')]).when(save('A', 'dueSoon=true')).then([saved('A', 'dueSoon=true')]);
    expect(state.lists.documents?.map((f) => [f.name, f.query])).toEqual([['A', 'dueSoon=true'], ['B', 'urgency=flash']]);
  });

  it('records nothing when the same filter is saved again, or a filter not there is removed', () => {
    given([saved('A', 'overdue=true')]).when(save('A', 'overdue=true')).then([]);
    given([]).when(remove('A')).then([]);
  });

  it('removes a filter by name', () => {
    const { state } = given([saved('A', 'overdue=true')]).when(remove('A')).then([removed('A')]);
    expect(state.lists.documents).toEqual([]);
  });

  it('keeps a few per list: one more new name is refused, replacing one still works', () => {
    const full = Array.from({ length: MAX_SAVED_FILTERS }, (_, i) => saved(`F${i}`, `page=${i}`));
    given(full).when(save('one more', 'overdue=true')).thenThrows({ code: 'RULE_VIOLATION', rule: 'TOO_MANY_FILTERS', field: 'name' });
    given(full).when(save('F0', 'overdue=true')).then([saved('F0', 'overdue=true')]);
  });

  it('refuses an empty or long name, a long query and an unknown list, naming the field', () => {
    given([]).when(save('  ', 'overdue=true')).thenThrows({ code: 'RULE_VIOLATION', rule: 'FILTER_NAME', field: 'name' });
    given([]).when(save('x'.repeat(61), 'overdue=true')).thenThrows({ code: 'RULE_VIOLATION', rule: 'FILTER_NAME', field: 'name' });
    given([]).when(save('A', `q=${'x'.repeat(1000)}`)).thenThrows({ code: 'RULE_VIOLATION', rule: 'FILTER_QUERY', field: 'query' });
    given([]).when({ ...save('A', 'x=1'), list: 'dossiers' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_FILTER_LIST', field: 'list' });
  });

  it("lets nobody save another person's filters", () => {
    const other: Actor = { userId: '00000000-0000-4000-8000-000000000312', roles: ['office_chief'], departmentId: null };
    given([]).when(save('A', 'overdue=true', other)).thenThrows({ code: 'FORBIDDEN', rule: 'OWN_FILTERS_ONLY' });
  });

  it.each(['SavedFilterSaved', 'SavedFilterRemoved'])('writes the event of its golden fixture (the contract of %s v1)', (type) => {
    const golden = JSON.parse(readFileSync(join(__dirname, `testing/golden-events/${type}.v1.json`), 'utf8'));
    const history = type === 'SavedFilterRemoved' ? [saved('Quá hạn', 'overdue=true&sort=nextDue')] : [];
    const command = type === 'SavedFilterRemoved' ? remove('Quá hạn') : save('Quá hạn', 'overdue=true&sort=nextDue');
    const { events } = given(history).when(command).then([type === 'SavedFilterRemoved' ? removed('Quá hạn') : saved('Quá hạn', 'overdue=true&sort=nextDue')]);
    expect(events[0]).toEqual({ type: golden.type, data: golden.data });
  });
});
