import { hasRole, type Organisation } from '../organisation';
import { optionalText, requireInstant, requireText, ruleViolation } from '../shared';
import type { ScheduleEntryInput } from './schedule.commands';
import { scheduleWeekOfInstant, type ScheduleWeekId } from './schedule-week';
import { SCHEDULE_ENTRY_FIELDS, type ScheduleEntryField, type ScheduleEntryTerms, type SchedulePaper } from './schedule.types';

/*
 * The request fields of an entry, checked and trimmed into its terms. Sizes are bounded where the
 * text comes in (the HTTP request); here are the schedule's own rules.
 */

/** Lãnh đạo: the Committee's chairman and vice chairmen, the Office's chief and deputy chiefs — whose week the schedule is. */
export function isScheduleLeader(userId: unknown, organisation: Organisation): boolean {
  const user = organisation.users.find((u) => u.id === userId);
  return user !== undefined && hasRole(user, 'committee_chairman', 'committee_vice_chairman', 'office_chief', 'office_deputy_chief');
}

function leaderOf(userId: unknown, organisation: Organisation, field: string, rule: string): string {
  if (!isScheduleLeader(userId, organisation)) throw ruleViolation(rule, 'Người được ghi phải là lãnh đạo UBND tỉnh hoặc lãnh đạo Văn phòng', field);
  return userId as string;
}

function papersOf(value: ScheduleEntryInput['papers']): SchedulePaper[] {
  if (value == null) return [];
  if (!Array.isArray(value)) throw ruleViolation('INVALID_VALUE', 'Danh sách tài liệu không hợp lệ', 'papers');
  return value.map((paper, i) => ({
    documentId: optionalText(paper?.documentId),
    title: requireText(paper?.title, `papers[${i}].title`, 'PAPER_TITLE_REQUIRED', 'Cần ghi tên tài liệu'),
  }));
}

/** An entry's terms: a start before its end, in the week of the stream; a place, a content and a chairing leader. */
export function scheduleEntryTermsOf(input: ScheduleEntryInput, week: ScheduleWeekId, organisation: Organisation): ScheduleEntryTerms {
  const startsAt = requireInstant(input.startsAt, 'startsAt');
  const endsAt = requireInstant(input.endsAt, 'endsAt');
  if (Date.parse(endsAt) <= Date.parse(startsAt)) throw ruleViolation('ENTRY_ENDS_BEFORE_START', 'Thời gian kết thúc phải sau thời gian bắt đầu', 'endsAt');
  if (scheduleWeekOfInstant(startsAt) !== week) {
    throw ruleViolation('ENTRY_OUTSIDE_WEEK', `Thời gian bắt đầu không thuộc tuần ${week}; việc chuyển sang tuần khác là hủy ở tuần này và ghi vào tuần kia`, 'startsAt');
  }
  const chairLeaderId = leaderOf(input.chairLeaderId, organisation, 'chairLeaderId', 'CHAIR_NOT_A_LEADER');
  const leaderIds = [...new Set(input.leaderIds ?? [])].map((id, i) => leaderOf(id, organisation, `leaderIds[${i}]`, 'ATTENDEE_NOT_A_LEADER')).filter((id) => id !== chairLeaderId);
  return {
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    place: requireText(input.place, 'place', 'PLACE_REQUIRED', 'Cần ghi địa điểm'),
    content: requireText(input.content, 'content', 'CONTENT_REQUIRED', 'Cần ghi nội dung công việc'),
    chairLeaderId,
    leaderIds,
    attendees: optionalText(input.attendees),
    preparingUnit: optionalText(input.preparingUnit),
    papers: papersOf(input.papers),
    confidential: input.confidential === true,
    meetingId: optionalText(input.meetingId),
  };
}

/** JSON with the keys of every object sorted: stored events come back from jsonb with their keys reordered. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/** The fields whose values differ, in the order of SCHEDULE_ENTRY_FIELDS. */
export function changedScheduleFields(before: ScheduleEntryTerms, after: ScheduleEntryTerms): ScheduleEntryField[] {
  return SCHEDULE_ENTRY_FIELDS.filter((field) => canonical(before[field]) !== canonical(after[field]));
}
