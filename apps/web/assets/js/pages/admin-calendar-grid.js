import { h } from '../dom.js';
import { formatDate, weekdayIndex } from '../format.js';

/*
 * The twelve months of a year as small calendars (Monday first, as Vietnamese calendars are
 * printed), each day marked with its kind: weekend, holiday, make-up day off, swapped day off,
 * Saturday worked. A day is a button when the year can be edited.
 */

export const KIND_LABELS = {
  holiday: 'Ngày nghỉ lễ, Tết',
  make_up_day_off: 'Nghỉ bù',
  swapped_day_off: 'Nghỉ hoán đổi',
  worked_weekend_day: 'Làm bù (hoán đổi)',
  working_day: 'Ngày thường',
};
const WEEKDAYS = ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
const pad = (n) => String(n).padStart(2, '0');

/** The legend: what each mark means. */
export function legend() {
  const item = (kind, label) => h('li', {}, h('span', { class: `cal-swatch cal-${kind}`, 'aria-hidden': 'true' }), label);
  return h(
    'ul',
    { class: 'cal-legend', 'aria-label': 'Chú giải' },
    item('weekend', 'Nghỉ cuối tuần'),
    ['holiday', 'make_up_day_off', 'swapped_day_off', 'worked_weekend_day'].map((kind) => item(kind, KIND_LABELS[kind])),
  );
}

/** The months of `year` with `days` (entries {date, kind, note}); `onPick(date, entry)` makes each day a button. */
export function yearGrid(year, days, onPick) {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return h('div', { class: 'cal-year', 'data-testid': 'calendar-grid' }, Array.from({ length: 12 }, (_, m) => month(year, m + 1, byDate, onPick)));
}

function month(year, monthNo, byDate, onPick) {
  const length = new Date(Date.UTC(year, monthNo, 0)).getUTCDate();
  const first = weekdayIndex(`${year}-${pad(monthNo)}-01`); // 0 = Monday
  const cells = [...Array.from({ length: first }, () => h('td', { class: 'cal-empty' })), ...Array.from({ length }, (_, i) => dayCell(`${year}-${pad(monthNo)}-${pad(i + 1)}`, byDate, onPick))];
  const rows = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(h('tr', {}, cells.slice(i, i + 7)));
  return h(
    'table',
    { class: 'cal-month' },
    h('caption', {}, `Tháng ${monthNo}`),
    h('thead', {}, h('tr', {}, WEEKDAYS.map((d) => h('th', { scope: 'col' }, d)))),
    h('tbody', {}, rows),
  );
}

function dayCell(date, byDate, onPick) {
  const entry = byDate.get(date);
  const weekend = weekdayIndex(date) >= 5;
  const kind = entry?.kind ?? (weekend ? 'weekend' : 'working');
  const title = `${formatDate(date)}: ${entry ? `${KIND_LABELS[entry.kind]} — ${entry.note}` : weekend ? 'nghỉ cuối tuần' : 'ngày làm việc'}`;
  const label = String(Number(date.slice(8)));
  const content = onPick
    ? h('button', { type: 'button', class: 'cal-day', 'data-date': date, title, 'aria-label': title, onclick: () => onPick(date, entry) }, label)
    : h('span', { class: 'cal-day', 'data-date': date, title }, label);
  return h('td', { class: `cal-${kind}` }, content);
}
