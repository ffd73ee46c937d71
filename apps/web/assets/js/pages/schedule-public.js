import { get } from '../api.js';
import { h, mount, notice } from '../dom.js';
import { formatDateTime } from '../format.js';
import { isWeekId, thisWeek, timeRange, weekDays, weekNav } from './schedule-common.js';

/*
 * Lịch công tác tuần công khai (no login): the published week of the leaders, from
 * GET /api/public/schedule/week — confidential entries never reach it. A change after publication
 * shows as “Thay đổi” with the old value struck through and its reason; a cancelled entry stays,
 * struck, as “Đã hủy”. Each leader's week can be subscribed to as an iCalendar feed.
 */

function changeNotes(entry) {
  const notes = entry.changes.filter((c) => c.kind !== 'drafted' || c.reason);
  if (notes.length === 0) return null;
  return h(
    'ul',
    { class: 'schedule-changes', 'data-testid': 'public-changes' },
    notes.map((change) =>
      h(
        'li',
        {},
        h('strong', {}, change.kind === 'cancelled' ? 'Đã hủy' : change.kind === 'drafted' ? 'Bổ sung' : 'Thay đổi'),
        ` (${formatDateTime(change.at)})`,
        change.fields.map((f) => h('span', { class: 'schedule-diff-item' }, ` ${f.label}: `, h('del', {}, f.before || '—'), ' → ', h('ins', {}, f.after || '—'), '.')),
        change.reason ? ` Lý do: ${change.reason}` : null,
      ),
    ),
  );
}

function entryCard(entry) {
  const cancelled = entry.status === 'cancelled';
  const changed = entry.changes.some((c) => c.kind === 'revised');
  const line = (term, value) => (value ? h('p', { class: 'schedule-line' }, h('span', { class: 'schedule-term' }, `${term}: `), value) : null);
  return h(
    'article',
    { class: `schedule-entry${cancelled ? ' cancelled' : ''}`, 'data-testid': 'public-entry', 'data-entry': entry.id },
    h(
      'p',
      { class: 'schedule-when' },
      h('strong', {}, timeRange(entry)),
      ' ',
      cancelled ? h('span', { class: 'badge late' }, 'Đã hủy') : null,
      changed && !cancelled ? h('span', { class: 'badge soon' }, 'Thay đổi') : null,
      entry.addedAfterPublication ? h('span', { class: 'badge action' }, 'Bổ sung') : null,
    ),
    h('p', { class: 'schedule-content' }, cancelled ? h('del', {}, entry.content) : entry.content),
    line('Chủ trì', entry.chair),
    line('Lãnh đạo dự', entry.leaders.join(', ')),
    line('Địa điểm', entry.place),
    line('Thành phần', entry.attendees),
    line('Đơn vị chuẩn bị', entry.preparingUnit),
    line('Tài liệu', entry.papers.join('; ')),
    changeNotes(entry),
  );
}

function feeds(leaders) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'feeds-heading', 'data-testid': 'schedule-feeds' },
    h('h2', { id: 'feeds-heading' }, 'Đăng ký lịch (iCal)'),
    h('p', { class: 'hint' }, 'Thêm lịch công tác của từng đồng chí lãnh đạo vào ứng dụng lịch (Google Calendar, Outlook, điện thoại): lịch tự cập nhật khi có thay đổi.'),
    h('ul', { class: 'link-list' }, leaders.map((l) => h('li', {}, h('a', { href: `/api/public/schedule/${l.id}.ics`, 'data-testid': 'ical-link' }, `Đăng ký lịch (iCal) — ${l.title} ${l.name}`)))),
  );
}

export async function render(page, { query }) {
  const wanted = isWeekId(query.tuan) ? query.tuan : thisWeek();
  const week = await get('/api/public/schedule/week', { week: wanted });
  mount(
    page,
    h(
      'div',
      { class: 'schedule-public' },
      h('div', { class: 'page-title' }, h('h1', { tabindex: '-1' }, 'Lịch công tác tuần'), h('p', { class: 'subtitle' }, 'Lãnh đạo Ủy ban nhân dân tỉnh và lãnh đạo Văn phòng UBND tỉnh')),
      weekNav(week.week, week.days, (w) => `/lich-tuan?tuan=${w}`),
      week.published
        ? h('p', { class: 'hint', 'data-testid': 'published-at' }, `Ban hành lúc ${formatDateTime(week.publishedAt)}. Các thay đổi sau khi ban hành được ghi rõ kèm lý do.`)
        : h('div', { class: 'card' }, notice('Lịch công tác tuần này chưa được ban hành.')),
      ...(week.published ? weekDays(week.days, week.entries, entryCard) : []),
      feeds(week.leaders),
    ),
  );
}
