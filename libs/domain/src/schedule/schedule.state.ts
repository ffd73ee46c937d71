import type { ScheduleEvent } from './schedule.events';
import type { ScheduleWeekId } from './schedule-week';
import type { ScheduleEntryField, ScheduleEntryTerms } from './schedule.types';

/*
 * State of a week's schedule (stream `schedule-week-<week>`):
 *
 *   none ──draft──▶ draft ──publish──▶ published
 *   draft: entries drafted, revised, cancelled freely (still recorded)
 *   published: every draft (bổ sung), revision and cancellation carries its reason and shows as a change
 */

export const SCHEDULE_WEEK_STATUS_LABELS = { none: 'Chưa có lịch', draft: 'Dự thảo', published: 'Đã ban hành' } as const;
export type ScheduleWeekStatus = keyof typeof SCHEDULE_WEEK_STATUS_LABELS;

export const SCHEDULE_ENTRY_STATUS_LABELS = { planned: 'Theo lịch', cancelled: 'Đã hủy' } as const;
export type ScheduleEntryStatus = keyof typeof SCHEDULE_ENTRY_STATUS_LABELS;

/** One step in an entry's history; `previous` holds the terms it replaced (for "Thay đổi" with the old value struck through). */
export type ScheduleEntryChange = {
  kind: 'drafted' | 'revised' | 'cancelled';
  afterPublication: boolean;
  reason: string | null;
  changed: ScheduleEntryField[];
  previous: ScheduleEntryTerms | null;
  by: string;
  at: string;
};

export type ScheduleEntry = ScheduleEntryTerms & {
  entryId: string;
  status: ScheduleEntryStatus;
  /** 1 when drafted, +1 on each revision or cancellation: the editor's expected version and the feed's SEQUENCE. */
  version: number;
  /** Drafted after the week was published (bổ sung). */
  addedAfterPublication: boolean;
  history: ScheduleEntryChange[];
};

export type NoScheduleWeek = { status: 'none' };
export type WrittenScheduleWeek = {
  status: 'draft' | 'published';
  week: ScheduleWeekId;
  /** In the order drafted. */
  entries: ScheduleEntry[];
  publication: { by: string; at: string } | null;
};
export type ScheduleWeekState = NoScheduleWeek | WrittenScheduleWeek;

export const initialScheduleWeekState: ScheduleWeekState = { status: 'none' };

export function scheduleEntryOf(state: ScheduleWeekState, entryId: string): ScheduleEntry | undefined {
  return state.status === 'none' ? undefined : state.entries.find((entry) => entry.entryId === entryId);
}

function termsOf(data: ScheduleEntryTerms): ScheduleEntryTerms {
  const { startsAt, endsAt, place, content, chairLeaderId, leaderIds, attendees, preparingUnit, papers, confidential, meetingId } = data;
  return { startsAt, endsAt, place, content, chairLeaderId, leaderIds, attendees, preparingUnit, papers, confidential, meetingId };
}

function withEntry(state: WrittenScheduleWeek, entryId: string, change: (entry: ScheduleEntry) => ScheduleEntry): WrittenScheduleWeek {
  return { ...state, entries: state.entries.map((entry) => (entry.entryId === entryId ? change(entry) : entry)) };
}

/** Folds one event into the week. Never throws; an event that does not fit is ignored. */
export function evolveScheduleWeek(state: ScheduleWeekState, event: ScheduleEvent): ScheduleWeekState {
  const published = state.status === 'published';
  if (event.type === 'ScheduleEntryDrafted') {
    const { week, entryId, reason, by, at } = event.data;
    if (scheduleEntryOf(state, entryId)) return state;
    const entry: ScheduleEntry = {
      ...termsOf(event.data), entryId, status: 'planned', version: 1, addedAfterPublication: published,
      history: [{ kind: 'drafted', afterPublication: published, reason, changed: [], previous: null, by, at }],
    };
    return state.status === 'none' ? { status: 'draft', week, entries: [entry], publication: null } : { ...state, entries: [...state.entries, entry] };
  }
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'ScheduleEntryRevised': {
      const { entryId, changed, reason, by, at } = event.data;
      return withEntry(state, entryId, (entry) => {
        const { entryId: _id, status: _status, version: _version, addedAfterPublication: _added, history: _history, ...previous } = entry;
        const change: ScheduleEntryChange = { kind: 'revised', afterPublication: published, reason, changed, previous, by, at };
        return { ...entry, ...termsOf(event.data), version: entry.version + 1, history: [...entry.history, change] };
      });
    }
    case 'ScheduleEntryCancelled': {
      const { entryId, reason, by, at } = event.data;
      return withEntry(state, entryId, (entry) => ({
        ...entry, status: 'cancelled', version: entry.version + 1,
        history: [...entry.history, { kind: 'cancelled', afterPublication: published, reason, changed: [], previous: null, by, at }],
      }));
    }
    case 'ScheduleWeekPublished':
      return published ? state : { ...state, status: 'published', publication: { by: event.data.by, at: event.data.at } };
    default:
      return state;
  }
}

export function scheduleWeekStateFrom(events: readonly ScheduleEvent[]): ScheduleWeekState {
  return events.reduce(evolveScheduleWeek, initialScheduleWeekState);
}
