import { forbidden, ruleViolation, type Actor } from '../shared';
import {
  MAX_SAVED_FILTER_NAME, MAX_SAVED_FILTER_QUERY, MAX_SAVED_FILTERS, SAVED_FILTER_LISTS, type SavedFilterEvent, type SavedFilterList,
} from './saved-filters.events';

export interface SaveFilter {
  type: 'save';
  userId: string;
  list: string;
  name: string;
  query: string;
  actor: Actor;
  now: string;
}

export interface RemoveFilter {
  type: 'remove';
  userId: string;
  list: string;
  name: string;
  actor: Actor;
  now: string;
}

export type SavedFilterCommand = SaveFilter | RemoveFilter;

export interface SavedFilter {
  name: string;
  query: string;
  savedAt: string;
}

/** Per list, the person's filters in the order first saved (a replaced one keeps its place). */
export interface SavedFiltersState {
  lists: Partial<Record<SavedFilterList, SavedFilter[]>>;
}

export const initialSavedFiltersState: SavedFiltersState = { lists: {} };

export function evolveSavedFilters(state: SavedFiltersState, event: SavedFilterEvent): SavedFiltersState {
  const { list, name } = event.data;
  const current = state.lists[list] ?? [];
  if (event.type === 'SavedFilterRemoved') return { lists: { ...state.lists, [list]: current.filter((f) => f.name !== name) } };
  const saved: SavedFilter = { name, query: event.data.query, savedAt: event.data.at };
  const next = current.some((f) => f.name === name) ? current.map((f) => (f.name === name ? saved : f)) : [...current, saved];
  return { lists: { ...state.lists, [list]: next } };
}

/**
 * Only the person keeps their own filters (`OWN_FILTERS_ONLY`); a known list
 * (`UNKNOWN_FILTER_LIST`), a name of 1–60 characters (`FILTER_NAME`), a query of at most 1000
 * (`FILTER_QUERY`), at most MAX_SAVED_FILTERS per list (`TOO_MANY_FILTERS`: replace or remove one).
 * Saving the same again, or removing what is not there, records nothing.
 */
export function decideSavedFilters(command: SavedFilterCommand, state: SavedFiltersState): SavedFilterEvent[] {
  if (command.actor.userId !== command.userId) throw forbidden('OWN_FILTERS_ONLY', 'Mỗi người chỉ lưu bộ lọc của chính mình');
  const list = knownList(command.list);
  const name = command.name.trim();
  if (name.length < 1 || name.length > MAX_SAVED_FILTER_NAME) throw ruleViolation('FILTER_NAME', `Tên bộ lọc dài từ 1 đến ${MAX_SAVED_FILTER_NAME} ký tự`, 'name');
  const current = state.lists[list] ?? [];
  const existing = current.find((f) => f.name === name);
  const base = { userId: command.userId, list, name, by: command.actor.userId, at: command.now };
  if (command.type === 'remove') return existing ? [{ type: 'SavedFilterRemoved', data: base }] : [];
  // The query string as the list page's address carries it, without a leading '?'.
  const query = command.query.trim().replace(/^\?/, '');
  if (query.length > MAX_SAVED_FILTER_QUERY) throw ruleViolation('FILTER_QUERY', `Bộ lọc dài tối đa ${MAX_SAVED_FILTER_QUERY} ký tự`, 'query');
  if (existing?.query === query) return [];
  if (!existing && current.length >= MAX_SAVED_FILTERS) {
    throw ruleViolation('TOO_MANY_FILTERS', `Mỗi danh sách giữ tối đa ${MAX_SAVED_FILTERS} bộ lọc; hãy lưu đè lên hoặc xóa một bộ lọc cũ`, 'name');
  }
  return [{ type: 'SavedFilterSaved', data: { userId: base.userId, list, name, query, by: base.by, at: base.at } }];
}

function knownList(list: string): SavedFilterList {
  if (!(SAVED_FILTER_LISTS as readonly string[]).includes(list)) {
    throw ruleViolation('UNKNOWN_FILTER_LIST', `Danh sách “${list}” không có bộ lọc lưu được (chỉ: ${SAVED_FILTER_LISTS.join(', ')})`, 'list');
  }
  return list as SavedFilterList;
}
