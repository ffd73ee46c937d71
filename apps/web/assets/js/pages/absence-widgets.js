import { h } from '../dom.js';
import { addDays, formatDate, localDateOf, weekdayIndex } from '../format.js';
import { calendar, org, roleLabel } from '../reference.js';

/*
 * Pieces of the absences page (Nghỉ phép, công tác; QC Art. 16): labels, a period in words, the
 * dialogs' fields, and the month's calendar (a 7-column grid that stays readable at 390 px: each
 * day shows the short names of those away, the full list follows the grid).
 */

export const ABSENCE_KIND_LABELS = { leave: 'Nghỉ phép', sick: 'Nghỉ ốm', personal: 'Nghỉ việc riêng', business_trip: 'Đi công tác' };
export const ABSENCE_STATUS_LABELS = { requested: 'Chờ duyệt', approved: 'Đã duyệt', recorded: 'Đã ghi nhận', refused: 'Không duyệt', cancelled: 'Đã hủy' };
export const ROUTE_LABELS = { department_head: 'Trưởng phòng duyệt', office_chief: 'Chánh Văn phòng duyệt', recorded: 'Văn phòng ghi nhận' };
const HALF_LABELS = { morning: 'sáng', afternoon: 'chiều' };
const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];

/** "07/12/2026 – 11/12/2026", with the half when it is not the whole day ("chiều 07/12/2026 – sáng 08/12/2026"). */
export function periodText(a) {
  const start = `${a.fromHalf === 'afternoon' ? 'chiều ' : ''}${formatDate(a.from)}`;
  const end = `${a.toHalf === 'morning' ? 'sáng ' : ''}${formatDate(a.to)}`;
  if (a.from === a.to) return a.fromHalf === a.toHalf ? `${HALF_LABELS[a.fromHalf]} ${formatDate(a.from)}` : formatDate(a.from);
  return `${start} – ${end}`;
}

/** "1 ngày", "0,5 ngày", "2,5 ngày" (working days). */
export const daysText = (n) => `${String(n).replace('.', ',')} ngày làm việc`;

export const kindText = (a) => `${ABSENCE_KIND_LABELS[a.kind] ?? a.kind}${a.place ? ` (${a.place})` : ''}`;

export const statusBadge = (a) => h('span', { class: `badge absence-${a.status}`, 'data-status': a.status }, ABSENCE_STATUS_LABELS[a.status] ?? a.status);

const personOption = (u) => ({ value: u.id, label: `${u.fullName} — ${u.roles.map((r) => roleLabel(r)).join(', ')}` });
const COMMITTEE_LEADERS = ['committee_chairman', 'committee_vice_chairman', 'office_chief'];

/** The leaders whose absence the Office records (Chủ tịch, Phó Chủ tịch, Chánh Văn phòng). */
export const recordableLeaders = () => org().users.filter((u) => u.roles.some((r) => COMMITTEE_LEADERS.includes(r))).map(personOption);

/** Colleagues who may take over an item: the same department first, then everyone else. */
export function receiverOptions(absentId) {
  const absent = org().users.find((u) => u.id === absentId);
  const others = org().users.filter((u) => u.id !== absentId);
  const same = others.filter((u) => absent?.departmentId && u.departmentId === absent.departmentId);
  return [...same, ...others.filter((u) => !same.includes(u))].map(personOption);
}

/** The request form's fields; `forLeader`: the Office records a leader's absence (who, then the same). */
export function requestFields(forLeader) {
  return [
    forLeader ? { name: 'requesterId', label: 'Lãnh đạo vắng mặt', kind: 'select', required: true, options: recordableLeaders() } : null,
    { name: 'kind', label: 'Loại', kind: 'select', required: true, value: forLeader ? 'business_trip' : 'leave', options: Object.entries(ABSENCE_KIND_LABELS).map(([value, label]) => ({ value, label })) },
    { name: 'from', label: 'Từ ngày', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
    { name: 'fromHalf', label: 'Bắt đầu từ buổi', kind: 'select', placeholder: false, value: 'morning', options: [{ value: 'morning', label: 'Sáng' }, { value: 'afternoon', label: 'Chiều' }] },
    { name: 'to', label: 'Đến hết ngày', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
    { name: 'toHalf', label: 'Đến hết buổi', kind: 'select', placeholder: false, value: 'afternoon', options: [{ value: 'morning', label: 'Sáng' }, { value: 'afternoon', label: 'Chiều' }] },
    { name: 'place', label: 'Nơi công tác', max: 300, showIf: (v) => v.kind === 'business_trip', requiredIf: (v) => v.kind === 'business_trip' },
    { name: 'reason', label: forLeader ? 'Nội dung công tác, lý do' : 'Lý do', kind: 'textarea', required: true, max: 4000 },
  ].filter(Boolean);
}

/** The days of `month` ('YYYY-MM'), Monday first, padded with nulls before the 1st. */
function monthCells(month) {
  const first = `${month}-01`;
  const days = [];
  for (let day = first; day.startsWith(month); day = addDays(day, 1)) days.push(day);
  return [...Array(weekdayIndex(first)).fill(null), ...days];
}

/** "Hưng" from "Trần Quốc Hưng": what fits in a day's cell. */
const shortName = (name) => (name ?? '').split(' ').pop();

/** The month's grid: who is away each day (approved or recorded), then the full list. */
export function monthCalendar(month, items) {
  const today = localDateOf();
  const awayOn = (day) => items.filter((a) => a.from <= day && day <= a.to);
  const cell = (day) => {
    if (!day) return h('div', { class: 'absence-day blank', 'aria-hidden': 'true' });
    const away = awayOn(day);
    const off = !calendar()?.isWorkingDay(day);
    return h(
      'div',
      { class: `absence-day${off ? ' off' : ''}${day === today ? ' today' : ''}`, 'data-day': day, 'data-count': String(away.length), title: away.map((a) => `${a.requester.name}: ${kindText(a)}`).join('\n') || null },
      h('span', { class: 'day-number' }, String(Number(day.slice(8)))),
      off ? null : away.map((a) => h('span', { class: `absence-chip ${a.kind}` }, shortName(a.requester.name))),
    );
  };
  return h(
    'div',
    {},
    h('div', { class: 'absence-month', role: 'grid', 'aria-label': `Lịch vắng mặt tháng ${month.slice(5)}/${month.slice(0, 4)}`, 'data-testid': 'absence-month' }, WEEKDAYS.map((d) => h('div', { class: 'weekday' }, d)), monthCells(month).map(cell)),
    items.length
      ? h('ul', { class: 'absence-list', 'data-testid': 'absence-month-list' }, items.map((a) => h('li', {}, h('strong', {}, a.requester.name ?? a.requester.id), ` — ${kindText(a)}: ${periodText(a)}`)))
      : h('p', { class: 'hint' }, 'Tháng này chưa có ai nghỉ hoặc đi công tác.'),
  );
}
