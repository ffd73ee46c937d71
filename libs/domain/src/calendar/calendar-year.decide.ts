import { forbidden, ruleViolation, wrongState } from '../shared';
import { CALENDAR_CHANGE_KINDS, type CalendarChangeKind, type CalendarEntry } from './calendar-day-kinds';
import { PROPOSAL_BASIS, proposeCalendarDays } from './calendar-proposal';
import type { ApproveCalendarYear, CalendarYearCommand, ChangeCalendarDays, ReviseCalendarYear } from './calendar-year.commands';
import type { CalendarDayChanged, CalendarYearEvent } from './calendar-year.events';
import { sortedDays, type CalendarYearState } from './calendar-year.state';
import { calendarVersionLabel, calendarYearOf, noticeCitation } from './calendar-versions';
import { formatLocalDate, isLocalDate, isWeekend } from './local-date';
import { WorkingCalendar } from './working-calendar';

/** Years a calendar may be kept for: the product's life, not arithmetic's. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * The working-day calendar of one year as approved data (DOMAIN.md §3, issue #17 item 3). Only an
 * admin (quản trị) writes it. A version once approved is never edited: a change opens a new
 * version with a reason, and deadlines computed earlier keep the version they recorded.
 */
export function decideCalendarYear(command: CalendarYearCommand, state: CalendarYearState): CalendarYearEvent[] {
  if (!command.actor.roles.includes('admin')) throw forbidden('CALENDAR_ADMIN_ONLY', 'Chỉ quản trị hệ thống được lập và phê duyệt lịch làm việc');
  if (!Number.isInteger(command.year) || command.year < FIRST_YEAR || command.year > LAST_YEAR)
    throw ruleViolation('CALENDAR_YEAR_INVALID', `Năm của lịch phải từ ${FIRST_YEAR} đến ${LAST_YEAR}`, 'year');
  const stamp = { by: command.actor.userId, at: command.now };
  switch (command.type) {
    case 'propose':
      if (state.status !== 'none') throw wrongState(`Lịch năm ${command.year} đã được đề xuất`, 'CALENDAR_YEAR_ALREADY_PROPOSED');
      return [{ type: 'CalendarYearProposed', data: { year: command.year, basis: PROPOSAL_BASIS, days: proposeCalendarDays(command.year), ...stamp } }];
    case 'changeDays':
      return changeDays(command, openDraft(state, command.year), stamp);
    case 'revise':
      return revise(command, state, stamp);
    case 'approve':
      return approve(command, openDraft(state, command.year), stamp);
  }
}

/** A draft to edit or approve: refuses a year never proposed and an approved version (CALENDAR_YEAR_APPROVED). */
function openDraft(state: CalendarYearState, year: number): CalendarYearState {
  if (state.status === 'none') throw wrongState(`Lịch năm ${year} chưa được đề xuất`, 'CALENDAR_YEAR_NOT_PROPOSED');
  if (state.status === 'approved')
    throw wrongState(`Lịch năm ${year} đã được phê duyệt: muốn thay đổi, hãy mở phiên bản mới và nêu lý do`, 'CALENDAR_YEAR_APPROVED');
  return state;
}

function changeDays(command: ChangeCalendarDays, state: CalendarYearState, stamp: { by: string; at: string }): CalendarDayChanged[] {
  if (!Array.isArray(command.changes) || command.changes.length === 0) throw ruleViolation('CALENDAR_NO_CHANGES', 'Chưa chọn ngày nào để thay đổi', 'changes');
  const days = new Map(state.days);
  const events: CalendarDayChanged[] = [];
  command.changes.forEach((change, i) => {
    const field = `changes[${i}]`;
    if (!isLocalDate(change.date) || !change.date.startsWith(`${command.year}-`))
      throw ruleViolation('CALENDAR_DAY_NOT_IN_YEAR', `Ngày ${String(change.date)} không thuộc năm ${command.year}`, `${field}.date`);
    if (!CALENDAR_CHANGE_KINDS.includes(change.kind)) throw ruleViolation('CALENDAR_DAY_KIND_UNKNOWN', `Loại ngày không hợp lệ: ${String(change.kind)}`, `${field}.kind`);
    const note = typeof change.note === 'string' ? change.note.trim() : '';
    if (note === '') throw ruleViolation('CALENDAR_NOTE_REQUIRED', `Ngày ${formatLocalDate(change.date)}: cần ghi chú (căn cứ, tên ngày lễ hoặc ngày hoán đổi)`, `${field}.note`);
    checkKindFitsDay(change.kind, change.date, `${field}.kind`);
    const previous = days.get(change.date) ?? null;
    if (previous ? previous.kind === change.kind && previous.note === note : change.kind === 'working_day') return; // already so: nothing to record
    events.push({ type: 'CalendarDayChanged', data: { year: command.year, date: change.date, kind: change.kind, note, previous: previous && { kind: previous.kind, note: previous.note }, ...stamp } });
    if (change.kind === 'working_day') days.delete(change.date);
    else days.set(change.date, { date: change.date, kind: change.kind, note });
  });
  return events;
}

/** A make-up or swapped day off is a weekday (a weekend rests anyway); a day worked in exchange is a Saturday or Sunday. */
function checkKindFitsDay(kind: CalendarChangeKind, date: string, field: string): void {
  const weekend = isWeekend(date);
  if ((kind === 'make_up_day_off' || kind === 'swapped_day_off') && weekend)
    throw ruleViolation('CALENDAR_DAY_OFF_ON_WEEKEND', `Ngày ${formatLocalDate(date)} là ngày nghỉ cuối tuần: ngày nghỉ bù, nghỉ hoán đổi phải là ngày từ thứ Hai đến thứ Sáu`, field);
  if (kind === 'worked_weekend_day' && !weekend)
    throw ruleViolation('CALENDAR_WORKED_DAY_NOT_WEEKEND', `Ngày ${formatLocalDate(date)} không phải thứ Bảy hoặc Chủ nhật: ngày làm bù phải là ngày nghỉ cuối tuần`, field);
}

function revise(command: ReviseCalendarYear, state: CalendarYearState, stamp: { by: string; at: string }): CalendarYearEvent[] {
  if (state.status === 'none') throw wrongState(`Lịch năm ${command.year} chưa được đề xuất`, 'CALENDAR_YEAR_NOT_PROPOSED');
  if (state.status === 'draft') throw wrongState(`Lịch năm ${command.year} đang được soạn, chưa phê duyệt: sửa trực tiếp bản đang soạn`, 'CALENDAR_DRAFT_OPEN');
  const reason = typeof command.reason === 'string' ? command.reason.trim() : '';
  if (reason === '') throw ruleViolation('CALENDAR_REASON_REQUIRED', 'Cần nêu lý do thay đổi lịch đã phê duyệt (ví dụ: thông báo mới của Chính phủ)', 'reason');
  const fromVersion = state.versions[state.versions.length - 1].version;
  return [{ type: 'CalendarYearRevisionOpened', data: { year: command.year, reason, fromVersion, ...stamp } }];
}

function approve(command: ApproveCalendarYear, state: CalendarYearState, stamp: { by: string; at: string }): CalendarYearEvent[] {
  const notice = {
    symbol: trimmed(command.notice?.symbol),
    date: command.notice?.date,
    issuer: trimmed(command.notice?.issuer),
  };
  if (notice.symbol === '') throw ruleViolation('CALENDAR_NOTICE_REQUIRED', 'Cần số, ký hiệu của thông báo nghỉ lễ, Tết làm căn cứ phê duyệt', 'notice.symbol');
  if (!isLocalDate(notice.date)) throw ruleViolation('CALENDAR_NOTICE_REQUIRED', 'Cần ngày ban hành của thông báo (YYYY-MM-DD)', 'notice.date');
  if (notice.issuer === '') throw ruleViolation('CALENDAR_NOTICE_REQUIRED', 'Cần cơ quan ban hành thông báo', 'notice.issuer');
  if (typeof command.provisional !== 'boolean') throw ruleViolation('CALENDAR_PROVISIONAL_FLAG', 'Cần nói rõ bản này có phải tạm tính hay không', 'provisional');
  const version = state.versions.length + 1;
  const label = calendarVersionLabel(command.year, version, command.provisional);
  const days: CalendarEntry[] = sortedDays(state.days);
  // The same check every loaded calendar passes: an approval never stores data the product would refuse to compute with.
  new WorkingCalendar([calendarYearOf(command.year, label, noticeCitation(notice, command.provisional), days)]);
  return [
    {
      type: 'CalendarYearApproved',
      data: { year: command.year, version, label, provisional: command.provisional, notice, reason: state.revisionReason, days, ...stamp },
    },
  ];
}

function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
