import { get } from '../api.js';
import { facts, h, mount, pageTitle } from '../dom.js';
import { formatDate, formatDateTime, localDateOf, localTimeOf } from '../format.js';
import { userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { isWeekId, thisWeek, timeRange, weekDays, weekNav } from './schedule-common.js';

/*
 * Lịch công tác tuần (GET /api/schedule/weeks/:week): the week of the Committee's and the Office's
 * leaders, day by day, with each entry's time, place, chair, attendees, preparing unit and papers;
 * the buttons come from the week's `actions` (the API's turn table): write an entry, change or
 * cancel one (with its reason once the week is published), publish the week. Every entry keeps its
 * history of changes.
 */

const CHANGE_LABELS = { drafted: 'Ghi lịch', revised: 'Điều chỉnh', cancelled: 'Hủy lịch' };
const FIELD_LABELS = {
  startsAt: 'Bắt đầu', endsAt: 'Kết thúc', place: 'Địa điểm', content: 'Nội dung', chairLeaderId: 'Chủ trì', leaderIds: 'Lãnh đạo dự', attendees: 'Thành phần',
  preparingUnit: 'Đơn vị chuẩn bị', papers: 'Tài liệu', confidential: 'Mật', meetingId: 'Cuộc họp',
};
const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function leaderNameOf(week) {
  const names = new Map(week.leaders.map((l) => [l.id, `${l.title} ${l.name}`]));
  return (id) => names.get(id) ?? userName(id);
}

function badges(entry) {
  const changedAfter = entry.history.some((c) => c.afterPublication && c.kind === 'revised');
  return h(
    'span',
    { class: 'schedule-badges' },
    entry.confidential ? h('span', { class: 'badge secret' }, 'Mật') : null,
    entry.status === 'cancelled' ? h('span', { class: 'badge late', 'data-testid': 'badge-cancelled' }, 'Đã hủy') : null,
    entry.addedAfterPublication ? h('span', { class: 'badge action' }, 'Bổ sung') : null,
    changedAfter && entry.status !== 'cancelled' ? h('span', { class: 'badge soon', 'data-testid': 'badge-changed' }, 'Thay đổi') : null,
  );
}

function papers(entry) {
  if (entry.papers.length === 0) return null;
  return h('ul', { class: 'schedule-papers' }, entry.papers.map((p) => h('li', {}, p.documentId ? h('a', { href: `/van-ban/${p.documentId}` }, p.title) : p.title)));
}

function valueText(field, terms, nameOf) {
  if (field === 'startsAt' || field === 'endsAt') return formatDateTime(terms[field]);
  if (field === 'chairLeaderId') return nameOf(terms.chairLeaderId);
  if (field === 'leaderIds') return terms.leaderIds.map(nameOf).join(', ') || '—';
  if (field === 'papers') return terms.papers.map((p) => p.title).join('; ') || '—';
  if (field === 'confidential') return terms.confidential ? 'Có' : 'Không';
  return terms[field] ?? '—';
}

/** Lịch sử: every step on the entry, who and when, the reason, and the values a revision replaced. */
function history(entry, nameOf) {
  const steps = [...entry.history].reverse();
  return h(
    'details',
    { class: 'schedule-history', 'data-testid': 'entry-history' },
    h('summary', {}, `Lịch sử thay đổi (${steps.length})`),
    h(
      'ol',
      { class: 'timeline' },
      steps.map((change, i) => {
        const after = steps.slice(0, i).reduce((terms, later) => (later.previous ? later.previous : terms), entry);
        return h(
          'li',
          { class: 'timeline-item' },
          h('span', { class: 'timeline-when' }, formatDateTime(change.at)),
          h(
            'div',
            { class: 'timeline-body' },
            h('strong', { class: 'timeline-what' }, CHANGE_LABELS[change.kind], change.afterPublication ? ' (sau khi ban hành)' : ''),
            h('span', { class: 'timeline-who' }, ` — ${userName(change.by)}`),
            change.reason ? h('p', { class: 'timeline-detail' }, `Lý do: ${change.reason}`) : null,
            change.previous
              ? h('ul', { class: 'schedule-diff' }, change.changed.map((field) => h('li', {}, `${FIELD_LABELS[field]}: `, h('del', {}, valueText(field, change.previous, nameOf)), ' → ', valueText(field, after, nameOf))))
              : null,
          ),
        );
      }),
    ),
  );
}

/** The form of an entry, filled from `entry` when it is a revision; `published`: the reason becomes required. */
function entrySpec(week, entry, published) {
  const leaders = week.leaders;
  const terms = entry ?? { startsAt: `${week.days[0]}T08:00:00+07:00`, endsAt: `${week.days[0]}T11:00:00+07:00`, leaderIds: [], papers: [], confidential: false };
  const known = new Map((entry?.papers ?? []).map((p) => [p.title, p.documentId]));
  return {
    intro: published ? 'Lịch tuần đã ban hành: thay đổi sẽ hiện là “Thay đổi” trên trang công khai và trong lịch iCal, kèm lý do.' : null,
    fields: [
      { name: 'day', label: 'Ngày', kind: 'date', required: true, local: true, value: formatDate(localDateOf(terms.startsAt)), hint: `Trong tuần ${formatDate(week.days[0])} – ${formatDate(week.days[6])}` },
      { name: 'from', label: 'Từ giờ', required: true, local: true, value: entry ? localTimeOf(terms.startsAt) : '08:00', placeholder: 'HH:mm', aliases: ['startsAt'] },
      { name: 'to', label: 'Đến giờ', required: true, local: true, value: entry ? localTimeOf(terms.endsAt) : '11:00', placeholder: 'HH:mm', aliases: ['endsAt'] },
      { name: 'place', label: 'Địa điểm', required: true, max: 300, value: terms.place },
      { name: 'content', label: 'Nội dung', kind: 'textarea', required: true, max: 4000, value: terms.content, wide: true },
      { name: 'chairLeaderId', label: 'Lãnh đạo chủ trì', kind: 'select', required: true, value: terms.chairLeaderId, options: leaders.map((l) => ({ value: l.id, label: `${l.title} ${l.name}` })) },
      {
        legend: 'Lãnh đạo dự', class: 'schedule-leaders',
        fields: leaders.map((l, i) => ({ name: `with${i}`, label: `${l.title} ${l.name}`, kind: 'checkbox', local: true, value: terms.leaderIds.includes(l.id) })),
      },
      { name: 'attendees', label: 'Thành phần', kind: 'textarea', max: 4000, value: terms.attendees ?? '', hint: 'Các cơ quan, đơn vị dự' },
      { name: 'preparingUnit', label: 'Đơn vị chuẩn bị', max: 300, value: terms.preparingUnit ?? '' },
      { name: 'paperTitles', label: 'Tài liệu', kind: 'lines', local: true, maxItems: 30, itemMax: 300, value: terms.papers.map((p) => p.title).join('\n'), hint: 'Mỗi dòng một tài liệu', aliases: ['papers'] },
      { name: 'confidential', label: 'Mật (không công khai trên trang lịch tuần và lịch iCal)', kind: 'checkbox', value: terms.confidential },
      { name: 'reason', label: 'Lý do thay đổi', kind: 'textarea', max: 4000, required: published, hint: published ? 'Bắt buộc khi lịch tuần đã ban hành' : 'Không bắt buộc trước khi ban hành' },
    ],
    validate: (v) => {
      const problems = [];
      if (v.from && !TIME.test(v.from)) problems.push({ field: 'from', message: '“Từ giờ” phải có dạng HH:mm' });
      if (v.to && !TIME.test(v.to)) problems.push({ field: 'to', message: '“Đến giờ” phải có dạng HH:mm' });
      else if (v.from && v.to && TIME.test(v.from) && v.to.padStart(5, '0') <= v.from.padStart(5, '0')) problems.push({ field: 'to', message: 'Giờ kết thúc phải sau giờ bắt đầu' });
      return problems;
    },
    toBody: (body, v) => ({
      ...body,
      startsAt: `${v.day}T${v.from.padStart(5, '0')}:00+07:00`,
      endsAt: `${v.day}T${v.to.padStart(5, '0')}:00+07:00`,
      leaderIds: leaders.filter((_, i) => v[`with${i}`]).map((l) => l.id),
      papers: (v.paperTitles ?? []).map((title) => ({ title, documentId: known.get(title) ?? null })),
      ...(entry ? { entryVersion: entry.version } : {}),
    }),
  };
}

function entryCard(week, entry, nameOf) {
  const path = `/api/schedule/weeks/${week.week}/entries/${entry.entryId}`;
  const published = week.status === 'published';
  const may = (step) => entry.status === 'planned' && week.actions.includes(step);
  return h(
    'article',
    { class: `schedule-entry${entry.status === 'cancelled' ? ' cancelled' : ''}`, 'data-testid': 'schedule-entry', 'data-entry': entry.entryId },
    h('p', { class: 'schedule-when' }, h('strong', {}, timeRange(entry)), ' ', badges(entry)),
    h('p', { class: 'schedule-content' }, entry.content),
    facts([
      ['Địa điểm', entry.place],
      ['Chủ trì', nameOf(entry.chairLeaderId)],
      ['Lãnh đạo dự', entry.leaderIds.map(nameOf).join(', ')],
      ['Thành phần', entry.attendees],
      ['Đơn vị chuẩn bị', entry.preparingUnit],
      ['Tài liệu', papers(entry)],
      ['Cuộc họp', entry.meetingId ? h('a', { href: `/cuoc-hop/${entry.meetingId}` }, 'Xem cuộc họp') : null],
    ]),
    h(
      'div',
      { class: 'row-actions' },
      may('revise')
        ? h('button', { type: 'button', class: 'button button-small', onclick: () => openStepDialog({ action: 'revise', title: 'Điều chỉnh lịch', spec: entrySpec(week, entry, published), path: `${path}/revise` }) }, 'Sửa')
        : null,
      may('cancel')
        ? h('button', {
            type: 'button', class: 'button button-small button-quiet',
            onclick: () => openStepDialog({
              action: 'cancel', title: 'Hủy lịch', path: `${path}/cancel`,
              spec: {
                intro: published ? 'Lịch đã ban hành: mục này vẫn hiện trên trang công khai với dấu “Đã hủy” và lý do.' : 'Lịch chưa ban hành: mục này sẽ không được công bố.',
                fields: [{ name: 'reason', label: 'Lý do hủy', kind: 'textarea', max: 4000, required: published }],
                toBody: (body) => ({ ...body, entryVersion: entry.version }),
              },
            }),
          }, 'Hủy lịch')
        : null,
    ),
    history(entry, nameOf),
  );
}

function toolbar(week) {
  const status = week.status === 'published'
    ? h('span', { class: 'badge classification-on_time', 'data-testid': 'week-status' }, `Đã ban hành ${formatDateTime(week.publication.at)} — ${userName(week.publication.by)}`)
    : h('span', { class: 'badge', 'data-testid': 'week-status' }, week.status === 'draft' ? 'Dự thảo, chưa ban hành' : 'Chưa có lịch');
  return h(
    'div',
    { class: 'action-buttons schedule-toolbar' },
    status,
    week.actions.includes('draft')
      ? h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'add-entry', onclick: () => openStepDialog({ action: 'draft', title: 'Thêm lịch công tác', spec: entrySpec(week, null, week.status === 'published'), path: `/api/schedule/weeks/${week.week}/entries` }) }, 'Thêm lịch')
      : null,
    week.actions.includes('publish')
      ? h('button', {
          type: 'button', class: 'button', 'data-testid': 'publish-week',
          onclick: () => openStepDialog({ action: 'publish', title: 'Ban hành lịch tuần', path: `/api/schedule/weeks/${week.week}/publish`, spec: { intro: 'Sau khi ban hành, phần công khai của lịch hiện trên trang lịch tuần và lịch iCal của từng lãnh đạo; mọi thay đổi sau đó phải nêu lý do.', fields: [] } }),
        }, 'Ban hành lịch tuần')
      : null,
    h('a', { href: `/lich-tuan?tuan=${week.week}`, target: '_blank', rel: 'noopener' }, 'Trang công khai'),
  );
}

export async function render(page, { query }) {
  const wanted = isWeekId(query.tuan) ? query.tuan : thisWeek();
  const week = await get(`/api/schedule/weeks/${wanted}`);
  const nameOf = leaderNameOf(week);
  mount(
    page,
    pageTitle('Lịch công tác tuần', 'Lịch công tác của lãnh đạo UBND tỉnh và lãnh đạo Văn phòng (Quy chế làm việc, Điều 8): Phòng Tổng hợp ghi lịch, Chánh Văn phòng ban hành; mọi thay đổi sau khi ban hành đều ghi lý do.'),
    weekNav(week.week, week.days, (w) => `/lich-cong-tac?tuan=${w}`),
    toolbar(week),
    ...weekDays(week.days, week.entries, (entry) => entryCard(week, entry, nameOf)),
  );
}
