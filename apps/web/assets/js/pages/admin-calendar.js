import { get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, localDateOf, parseDateTime, weekdayIndex } from '../format.js';
import { setQuery } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { KIND_LABELS, legend, yearGrid } from './admin-calendar-grid.js';

/*
 * Lịch làm việc (/quan-tri/lich-lam-viec): a year's working calendar as approved data
 * (GET /api/calendar/years/:year). The admin proposes a year from the rules, sets each day to the
 * government's notice with a note, approves it on the notice, and opens a new version to change an
 * approved year; an auditor sees the calendar as it was at any instant (`?luc=`) and every version
 * with who approved it, when and why.
 */

const STATUS_LABELS = { none: 'Chưa đề xuất', draft: 'Đang soạn, chưa phê duyệt', approved: 'Đã phê duyệt' };
const choices = (kinds) => kinds.map((value) => ({ value, label: KIND_LABELS[value] }));

export async function render(page, { query, user }) {
  const today = localDateOf();
  const year = Number(/^\d{4}$/.test(query.nam ?? '') ? query.nam : today.slice(0, 4));
  const at = query.luc && parseDateTime(query.luc) ? parseDateTime(query.luc) : undefined;
  const [calendar, versions] = await Promise.all([get(`/api/calendar/years/${year}`, { at }), get(`/api/calendar/years/${year}/versions`)]);
  const isAdmin = user.roles.includes('admin');
  const editing = isAdmin && calendar.status === 'draft' && !at;
  const days = editing ? calendar.draft.days : (calendar.inForce?.days ?? []);
  mount(
    page,
    pageTitle('Lịch làm việc', 'Ngày nghỉ lễ, Tết, nghỉ bù, ngày hoán đổi theo thông báo của Chính phủ. Hạn xử lý được tính theo phiên bản đã phê duyệt và ghi lại phiên bản đã dùng.'),
    yearPicker(year, today, query),
    summary(calendar, at),
    isAdmin && !at ? actions(calendar, year) : null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'cal-days-title' },
      h('h2', { id: 'cal-days-title' }, editing ? `Bản đang soạn năm ${year}` : `Lịch năm ${year}${at ? ` tại ${formatDateTime(at)}` : ''}`),
      editing ? h('p', { class: 'hint' }, 'Bấm vào một ngày để đặt theo thông báo (ngày lễ, nghỉ bù, hoán đổi) hoặc trả về ngày thường; mỗi thay đổi cần ghi chú.') : null,
      legend(),
      days.length || calendar.inForce ? yearGrid(year, days, editing ? (date, entry) => changeDay(year, date, entry) : null) : notice(`Chưa có lịch năm ${year}.`),
      dayList(days),
    ),
    versionList(versions.items),
    atForm(query),
  );
}

function yearPicker(year, today, query) {
  const thisYear = Number(today.slice(0, 4));
  const years = [...new Set([2025, ...Array.from({ length: thisYear - 2023 }, (_, i) => 2025 + i), year])].sort();
  return h(
    'nav',
    { class: 'cal-years', 'aria-label': 'Chọn năm' },
    years.map((y) => h('a', { href: `/quan-tri/lich-lam-viec?nam=${y}${query.luc ? `&luc=${encodeURIComponent(query.luc)}` : ''}`, class: 'button', 'aria-current': y === year ? 'page' : null }, String(y))),
  );
}

function summary(calendar, at) {
  const inForce = calendar.inForce;
  const notice = inForce?.version?.notice;
  return h(
    'section',
    { class: 'card', 'data-testid': 'calendar-summary' },
    facts([
      ['Trạng thái', STATUS_LABELS[calendar.status]],
      [at ? 'Phiên bản áp dụng lúc đó' : 'Phiên bản đang áp dụng', inForce ? h('span', {}, inForce.label, ' ', inForce.provisional ? h('span', { class: 'badge late' }, 'Tạm tính') : null, inForce.origin === 'shipped' ? h('span', { class: 'badge' }, 'Dữ liệu có sẵn') : null) : 'Chưa có'],
      ['Căn cứ', notice ? `${notice.symbol} ngày ${formatDate(notice.date)} của ${notice.issuer}` : inForce?.source],
      ['Lịch đang dùng để tính hạn', calendar.calendarVersion],
      calendar.draft?.reason ? ['Lý do sửa đổi', calendar.draft.reason] : [],
    ]),
  );
}

function actions(calendar, year) {
  const path = (step) => `/api/calendar/years/${year}/${step}`;
  const button = (label, onclick, primary = false) => h('button', { type: 'button', class: primary ? 'button button-primary' : 'button', onclick }, label);
  const buttons = {
    none: [button('Đề xuất từ quy tắc', () => openStepDialog({
      action: 'propose', title: `Đề xuất lịch năm ${year}`, path: path('propose'),
      spec: { fields: [], intro: 'Ngày nghỉ cuối tuần, các ngày lễ theo Bộ luật Lao động (có nghỉ bù), Tết Nguyên đán và Giỗ Tổ Hùng Vương theo âm lịch. Sau đó chỉnh theo thông báo của Chính phủ.', submitLabel: 'Đề xuất' },
    }), true)],
    draft: [button('Phê duyệt', () => openStepDialog({
      action: 'approve', title: `Phê duyệt lịch năm ${year}`, path: path('approve'),
      spec: {
        intro: 'Lịch được áp dụng ngay để tính hạn từ lúc phê duyệt; hạn đã tính trước đó giữ nguyên.',
        fields: [
          { name: 'notice.symbol', label: 'Số, ký hiệu thông báo', required: true, max: 200, hint: 'Ví dụ 1234/TB-BNV' },
          { name: 'notice.date', label: 'Ngày ban hành', kind: 'date', required: true },
          { name: 'notice.issuer', label: 'Cơ quan ban hành', required: true, max: 300, value: 'Bộ Nội vụ' },
          { name: 'provisional', label: 'Tạm tính (chưa có thông báo, chỉ theo Bộ luật Lao động)', kind: 'checkbox' },
        ],
        submitLabel: 'Phê duyệt',
      },
    }), true)],
    approved: [button('Mở phiên bản mới', () => openStepDialog({
      action: 'revise', title: `Sửa đổi lịch năm ${year}`, path: path('revise'),
      spec: { intro: 'Phiên bản đã phê duyệt được giữ nguyên; thay đổi được phê duyệt thành phiên bản mới.', fields: [{ name: 'reason', label: 'Lý do sửa đổi', kind: 'textarea', required: true, max: 1000 }], submitLabel: 'Mở phiên bản mới' },
    }))],
  };
  return h('div', { class: 'cal-actions' }, buttons[calendar.status]);
}

function changeDay(year, date, entry) {
  const weekend = weekdayIndex(date) >= 5;
  const kinds = weekend ? ['holiday', 'worked_weekend_day', 'working_day'] : ['holiday', 'make_up_day_off', 'swapped_day_off', 'working_day'];
  openStepDialog({
    action: 'change-day',
    title: `Ngày ${formatDate(date)}`,
    path: `/api/calendar/years/${year}/days`,
    spec: {
      intro: entry ? `Hiện tại: ${KIND_LABELS[entry.kind]} — ${entry.note}` : `Hiện tại: ${weekend ? 'nghỉ cuối tuần' : 'ngày làm việc'}`,
      fields: [
        { name: 'kind', label: 'Đặt thành', kind: 'choice', required: true, options: choices(kinds), value: entry?.kind },
        { name: 'note', label: 'Ghi chú (căn cứ, tên ngày lễ, ngày hoán đổi)', required: true, max: 300, value: entry?.note ?? '' },
      ],
      toBody: (body) => ({ changes: [{ date, kind: body.kind, note: body.note }] }),
      submitLabel: 'Lưu',
    },
    done: () => `Đã cập nhật ngày ${formatDate(date)}`,
  });
}

function dayList(days) {
  if (!days.length) return null;
  return scrollTable('Các ngày đặc biệt', ['Ngày', 'Loại', 'Ghi chú'], days.map((d) => row([formatDate(d.date), KIND_LABELS[d.kind], d.note], { 'data-date': d.date })), { 'data-testid': 'calendar-days' });
}

function versionList(items) {
  const rows = items.map((v) =>
    row([
      h('span', {}, v.label, v.provisional ? h('span', { class: 'badge late' }, ' Tạm tính') : null),
      `${v.notice.symbol} ngày ${formatDate(v.notice.date)} — ${v.notice.issuer}`,
      v.approvedBy.name ?? 'Hệ thống (dữ liệu có sẵn)',
      formatDateTime(v.approvedAt),
      v.reason ?? '—',
    ]),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'cal-versions-title' },
    h('h2', { id: 'cal-versions-title' }, 'Các phiên bản đã phê duyệt'),
    items.length ? scrollTable(null, ['Phiên bản', 'Căn cứ', 'Người phê duyệt', 'Lúc', 'Lý do'], rows, { 'data-testid': 'calendar-versions' }) : notice('Chưa có phiên bản nào được phê duyệt.'),
  );
}

/** "The calendar as it was": an instant in Hà Nội time. */
function atForm(query) {
  const input = h('input', { id: 'cal-at', type: 'text', placeholder: 'dd/mm/yyyy HH:mm', value: query.luc ?? '', autocomplete: 'off' });
  return h(
    'form',
    { class: 'card cal-at', 'data-testid': 'calendar-at', onsubmit: (event) => { event.preventDefault(); setQuery({ nam: query.nam, luc: input.value.trim() || undefined }); } },
    h('label', { for: 'cal-at' }, 'Xem lịch như tại thời điểm (giờ Hà Nội)'),
    h('div', { class: 'cal-at-row' }, input, h('button', { type: 'submit', class: 'button' }, 'Xem'), query.luc ? h('a', { class: 'button button-quiet', href: `/quan-tri/lich-lam-viec${query.nam ? `?nam=${query.nam}` : ''}` }, 'Hiện tại') : null),
  );
}
