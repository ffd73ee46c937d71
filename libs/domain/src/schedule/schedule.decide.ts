import { notFound, requireInstant, requireText, optionalText, ruleViolation, wrongState, type Actor } from '../shared';
import type { CancelScheduleEntry, DraftScheduleEntry, PublishScheduleWeek, ReviseScheduleEntry, ScheduleCommand } from './schedule.commands';
import type { ScheduleEvent } from './schedule.events';
import { changedScheduleFields, scheduleEntryTermsOf } from './schedule.inputs';
import type { ScheduleContext } from './schedule.context';
import { scheduleEntryOf, type ScheduleEntry, type ScheduleWeekState } from './schedule.state';
import { guardScheduleStep } from './schedule.turns';
import { requireScheduleWeek } from './schedule-week';

const stampOf = (command: { actor: Actor; now: string }) => ({ by: command.actor.userId, at: command.now });

/** Before publication a reason is optional; after it every change says why (SCHEDULE_CHANGE_NEEDS_REASON). */
function reasonOf(command: { reason?: string | null }, state: ScheduleWeekState): string | null {
  if (state.status !== 'published') return optionalText(command.reason);
  return requireText(command.reason, 'reason', 'SCHEDULE_CHANGE_NEEDS_REASON', 'Lịch tuần đã ban hành: mọi thay đổi phải nêu lý do');
}

/** The planned entry the command names, at the version its editor saw. */
function entryToChange(command: ReviseScheduleEntry | CancelScheduleEntry, state: ScheduleWeekState): ScheduleEntry {
  const entry = scheduleEntryOf(state, command.entryId);
  if (!entry) throw notFound(`Không tìm thấy mục lịch ${command.entryId} trong tuần ${command.week}`, 'entryId');
  if (entry.status === 'cancelled') throw wrongState('Mục lịch này đã bị hủy', 'ENTRY_CANCELLED');
  if (command.entryVersion !== entry.version) {
    throw wrongState(`Mục lịch đã được người khác thay đổi (phiên bản ${entry.version}); hãy tải lại rồi sửa`, 'ENTRY_CHANGED_MEANWHILE');
  }
  return entry;
}

/** Ghi lịch: an entry of the week (after publication a bổ sung, with its reason). */
function draft(command: DraftScheduleEntry, state: ScheduleWeekState, { organisation }: ScheduleContext): ScheduleEvent[] {
  guardScheduleStep('draft', state, command.actor, organisation);
  const entryId = requireText(command.entryId, 'entryId', 'REQUIRED', 'Thiếu mã mục lịch');
  if (scheduleEntryOf(state, entryId)) throw wrongState('Mục lịch này đã có trong tuần', 'ENTRY_EXISTS');
  const terms = scheduleEntryTermsOf(command, command.week, organisation);
  return [{ type: 'ScheduleEntryDrafted', data: { week: command.week, entryId, ...terms, reason: reasonOf(command, state), ...stampOf(command) } }];
}

/** Điều chỉnh: the entry's new terms; a revision that changes nothing is refused (NOTHING_CHANGED). */
function revise(command: ReviseScheduleEntry, state: ScheduleWeekState, { organisation }: ScheduleContext): ScheduleEvent[] {
  guardScheduleStep('revise', state, command.actor, organisation);
  const entry = entryToChange(command, state);
  const terms = scheduleEntryTermsOf(command, command.week, organisation);
  const changed = changedScheduleFields(entry, terms);
  if (changed.length === 0) throw ruleViolation('NOTHING_CHANGED', 'Không có nội dung nào thay đổi');
  return [{ type: 'ScheduleEntryRevised', data: { entryId: entry.entryId, ...terms, changed, reason: reasonOf(command, state), ...stampOf(command) } }];
}

function cancel(command: CancelScheduleEntry, state: ScheduleWeekState, { organisation }: ScheduleContext): ScheduleEvent[] {
  guardScheduleStep('cancel', state, command.actor, organisation);
  const entry = entryToChange(command, state);
  return [{ type: 'ScheduleEntryCancelled', data: { entryId: entry.entryId, reason: reasonOf(command, state), ...stampOf(command) } }];
}

/** Ban hành: the office chief or a deputy publishes a week holding at least one planned entry. */
function publish(command: PublishScheduleWeek, state: ScheduleWeekState, { organisation }: ScheduleContext): ScheduleEvent[] {
  guardScheduleStep('publish', state, command.actor, organisation);
  const entryIds = state.status === 'none' ? [] : state.entries.filter((entry) => entry.status === 'planned').map((entry) => entry.entryId);
  if (entryIds.length === 0) throw ruleViolation('WEEK_HAS_NO_ENTRY', 'Lịch tuần chưa có mục nào để ban hành');
  return [{ type: 'ScheduleWeekPublished', data: { week: command.week, entryIds, ...stampOf(command) } }];
}

/**
 * The decider of a week's schedule (DOMAIN.md §12): the events a command causes on the week, or a
 * `DomainError`. Pure: time, actor and ids come with the command; who is who with the context.
 */
export function decideScheduleWeek(command: ScheduleCommand, state: ScheduleWeekState, context: ScheduleContext): ScheduleEvent[] {
  requireInstant(command.now, 'now');
  requireScheduleWeek(command.week);
  switch (command.type) {
    case 'draft':
      return draft(command, state, context);
    case 'revise':
      return revise(command, state, context);
    case 'cancel':
      return cancel(command, state, context);
    case 'publish':
      return publish(command, state, context);
  }
}
