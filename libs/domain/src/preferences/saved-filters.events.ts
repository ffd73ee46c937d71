/**
 * Bộ lọc đã lưu: a person keeps a few named filters of a list (its query string, as the address
 * of the list page carries it) to apply again later. Only the lists named here have them.
 */
export const SAVED_FILTER_LISTS = ['documents'] as const;
export type SavedFilterList = (typeof SAVED_FILTER_LISTS)[number];

/** A few per list and person: a picker, not a library. */
export const MAX_SAVED_FILTERS = 10;
export const MAX_SAVED_FILTER_NAME = 60;
export const MAX_SAVED_FILTER_QUERY = 1000;

/** Lưu bộ lọc: `name` within the list is the key; saving under a name again replaces its query. */
export type SavedFilterSaved = {
  type: 'SavedFilterSaved';
  data: { userId: string; list: SavedFilterList; name: string; query: string; by: string; at: string };
};

/** Xóa bộ lọc. */
export type SavedFilterRemoved = {
  type: 'SavedFilterRemoved';
  data: { userId: string; list: SavedFilterList; name: string; by: string; at: string };
};

export type SavedFilterEvent = SavedFilterSaved | SavedFilterRemoved;
export const SAVED_FILTER_EVENT_TYPES = ['SavedFilterSaved', 'SavedFilterRemoved'] as const satisfies readonly SavedFilterEvent['type'][];

/** `saved-filters-<userId>`: one stream per person, read back by folding it (no read model). */
export function savedFiltersStreamName(userId: string): string {
  return `saved-filters-${userId}`;
}
