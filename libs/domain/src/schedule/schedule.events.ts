import type { ScheduleWeekId } from './schedule-week';
import type { ScheduleEntryField, ScheduleEntryTerms } from './schedule.types';

/*
 * The events of stream `schedule-week-<week>` (`schedule-week-2026-W49`): the leaders' weekly
 * schedule of one ISO week, from its first drafted entry through its publication and every change
 * after it (DOMAIN.md §12). A public contract; type strings are fixed forever. Every event says
 * who (`by`) and when (`at`); `reason` is null before publication and required after it.
 */
type Stamp = { by: string; at: string };

/** Dự kiến lịch: an entry written into the week (after publication: bổ sung, with its reason). */
export type ScheduleEntryDrafted = {
  type: 'ScheduleEntryDrafted';
  data: Stamp & ScheduleEntryTerms & { week: ScheduleWeekId; entryId: string; reason: string | null };
};

/** Điều chỉnh lịch: the entry's terms now, and which fields changed. */
export type ScheduleEntryRevised = {
  type: 'ScheduleEntryRevised';
  data: Stamp & ScheduleEntryTerms & { entryId: string; changed: ScheduleEntryField[]; reason: string | null };
};

/** Hủy lịch: the entry stays in the week, shown as cancelled once the week is published. */
export type ScheduleEntryCancelled = { type: 'ScheduleEntryCancelled'; data: Stamp & { entryId: string; reason: string | null } };

/** Ban hành lịch tuần: the office chief (or a deputy) publishes the week; the entries it holds then. */
export type ScheduleWeekPublished = { type: 'ScheduleWeekPublished'; data: Stamp & { week: ScheduleWeekId; entryIds: string[] } };

export type ScheduleEvent = ScheduleEntryDrafted | ScheduleEntryRevised | ScheduleEntryCancelled | ScheduleWeekPublished;

export const SCHEDULE_EVENT_TYPES = ['ScheduleEntryDrafted', 'ScheduleEntryRevised', 'ScheduleEntryCancelled', 'ScheduleWeekPublished'] as const satisfies readonly ScheduleEvent['type'][];

type MissingEventType = Exclude<ScheduleEvent['type'], (typeof SCHEDULE_EVENT_TYPES)[number]>;
/** Compile-time check that SCHEDULE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

/**
 * One stream per week, not per entry: the rule "after publication every change needs a reason"
 * spans the week's publication and each entry, and one stream makes it exact (an edit decided as a
 * draft can never land after the publication). Two clerks editing different entries do not
 * conflict needlessly: a lost race on the stream is re-decided on the fresh week (the API retries),
 * and only the entry's own version (`entryVersion`) refuses an edit of what changed meanwhile.
 * A week holds some fifty events, so the fold stays cheap.
 */
export function scheduleStreamName(week: ScheduleWeekId): string {
  return `schedule-week-${week}`;
}
