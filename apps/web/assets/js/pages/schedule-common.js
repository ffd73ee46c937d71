import { h } from '../dom.js';
import { addDays, formatDate, localDateOf, localTimeOf, mondayOf } from '../format.js';

/*
 * The leaders' weekly schedule as both its pages show it (staff /lich-cong-tac and public
 * /lich-tuan): ISO weeks (`2026-W49`), the week's navigation, its days Monday first, and each day's
 * entries in time order.
 */

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const dayNumber = (date) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** The ISO week holding `date` ('YYYY-MM-DD'): the year of its Thursday, counted from that year's first Thursday. */
export function isoWeekOf(date) {
  const thursday = addDays(mondayOf(date), 3);
  const year = thursday.slice(0, 4);
  return `${year}-W${String(Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1).padStart(2, '0')}`;
}

export const thisWeek = () => isoWeekOf(localDateOf());
export const isWeekId = (text) => typeof text === 'string' && /^\d{4}-W\d{2}$/.test(text);
/** The week `offset` weeks from the one whose days are `days`. */
export const weekFrom = (days, offset) => isoWeekOf(addDays(days[0], offset * 7));

export function weekTitle(week, days) {
  return `Tuần ${Number(week.slice(6))} (${formatDate(days[0]).slice(0, 5)} – ${formatDate(days[6])})`;
}

/** Previous / this / next week links: `hrefOf(week)` is the page's address for a week. */
export function weekNav(week, days, hrefOf) {
  return h(
    'nav',
    { class: 'schedule-nav', 'aria-label': 'Chọn tuần' },
    h('a', { class: 'button button-small', href: hrefOf(weekFrom(days, -1)), 'data-testid': 'previous-week' }, '← Tuần trước'),
    h('strong', { class: 'schedule-week', 'data-testid': 'week-title' }, weekTitle(week, days)),
    h('a', { class: 'button button-small', href: hrefOf(weekFrom(days, 1)), 'data-testid': 'next-week' }, 'Tuần sau →'),
    week === thisWeek() ? null : h('a', { href: hrefOf(thisWeek()) }, 'Tuần này'),
  );
}

export const timeRange = (entry) => `${localTimeOf(entry.startsAt)} – ${localTimeOf(entry.endsAt)}`;

/** One section per day of the week with entries, each built by `card(entry)`; a day without any says so. */
export function weekDays(days, entries, card) {
  return days.map((day, i) => {
    const ofDay = entries.filter((entry) => localDateOf(entry.startsAt) === day).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
    if (i >= 5 && ofDay.length === 0) return null;
    return h(
      'section',
      { class: 'card schedule-day', 'aria-labelledby': `day-${day}`, 'data-day': day },
      h('h2', { id: `day-${day}` }, `${WEEKDAYS[i]}, ${formatDate(day)}`),
      ofDay.length ? h('ol', { class: 'schedule-entries' }, ofDay.map((entry) => h('li', {}, card(entry)))) : h('p', { class: 'hint' }, 'Không có lịch.'),
    );
  });
}
