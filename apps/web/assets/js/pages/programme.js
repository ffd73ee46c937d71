import { get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, localDateOf } from '../format.js';
import { org, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import {
  ACTION_LABELS, committeeLeaders, dueText, itemChip, PAPER_KIND_LABELS, reportTable, weeksOf,
} from './programme-widgets.js';

/*
 * Chương trình công tác (QC Art. 8): the programme of a month (GET /api/programme/:period) with
 * each item's chip, the proposal slip (phiếu đề xuất), General Affairs' accept/return of the slips
 * and draft, the office chief's and the chairman's buttons — exactly the `actions` the API's turn
 * table gives the caller — and the month's report (GET /api/programme/report).
 */

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const choices = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const reason = (label) => ({ name: 'reason', label, kind: 'textarea', required: true, max: 4000 });
const today = () => localDateOf();

function shiftMonth(month, by) {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}
const monthTitle = (month) => `Tháng ${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;

/** The forms of each step, by the API's step name. */
const FORMS = {
  propose: (month) => ({
    intro: 'Phiếu đề xuất nội dung đưa vào chương trình công tác, gửi Phòng Tổng hợp. Ghi một cơ quan trình: một phòng của Văn phòng hoặc tên cơ quan, đơn vị.',
    fields: [
      { name: 'title', label: 'Tên nội dung', kind: 'textarea', required: true, max: 4000 },
      { name: 'departmentId', label: 'Phòng trình', kind: 'select', placeholder: '— Không phải phòng của Văn phòng —', options: org().departments.map((d) => ({ value: d.id, label: d.name })) },
      { name: 'agency', label: 'Hoặc cơ quan, đơn vị trình', max: 300, hint: 'Ví dụ Sở Tài chính', showIf: (v) => !v.departmentId },
      { name: 'leaderId', label: 'Lãnh đạo UBND tỉnh phụ trách', kind: 'select', required: true, options: committeeLeaders().map((u) => ({ value: u.id, label: u.fullName })) },
      { name: 'due', label: 'Thời gian trình', kind: 'select', required: true, placeholder: false, options: [{ value: month, label: `Trong ${dueText(month)}` }, ...weeksOf(month)] },
      { name: 'paperKind', label: 'Hình thức văn bản', kind: 'select', required: true, options: choices(PAPER_KIND_LABELS) },
      { name: 'note', label: 'Ghi chú', kind: 'textarea', max: 4000 },
    ],
  }),
  'return-slip': () => ({ intro: 'Phiếu đề xuất trở lại đơn vị đề xuất, kèm lý do.', fields: [reason('Lý do trả lại')] }),
  accept: () => ({ intro: 'Đưa nội dung vào dự thảo chương trình công tác.', fields: [] }),
  'submit-draft': (_month, programme) => ({
    intro: `Trình Chánh Văn phòng dự thảo với các nội dung đã nhận. Hạn trình dự thảo: ${formatDate(programme.draftDue)} (Quy chế làm việc, Điều 8).`,
    fields: [{ name: 'note', label: 'Ghi chú', kind: 'textarea', max: 4000 }],
  }),
  endorse: () => ({ intro: 'Đã thẩm tra dự thảo; trình Chủ tịch UBND tỉnh phê duyệt.', fields: [{ name: 'note', label: 'Ý kiến', kind: 'textarea', max: 4000 }] }),
  'return-draft': () => ({ intro: 'Dự thảo trở lại Phòng Tổng hợp để hoàn chỉnh.', fields: [reason('Lý do trả lại')] }),
  approve: () => ({ intro: 'Phê duyệt chương trình công tác; các cơ quan trình hồ sơ đúng thời gian đã định.', fields: [{ name: 'note', label: 'Ý kiến', kind: 'textarea', max: 4000 }] }),
  papers: () => ({
    intro: 'Hồ sơ trình của cơ quan đã đến Văn phòng: đúng hạn nếu đến trước hoặc trong ngày hạn trình.',
    fields: [
      { name: 'submittedOn', label: 'Ngày nhận hồ sơ', kind: 'date', required: true, value: today(), hint: 'Dạng dd/mm/yyyy' },
      { name: 'symbol', label: 'Số, ký hiệu văn bản trình', required: true, max: 300, hint: 'Ví dụ 45/TTr-SKHĐT' },
    ],
  }),
  withdraw: () => ({
    intro: 'Rút nội dung khỏi chương trình công tác.',
    fields: [reason('Lý do rút'), { name: 'requestSymbol', label: 'Văn bản đề nghị của cơ quan trình (nếu có)', max: 300 }],
  }),
  reschedule: (month) => ({
    intro: 'Chỉ điều chỉnh thời gian trình khi có văn bản đề nghị của cơ quan trình (Quy chế làm việc, Điều 9).',
    fields: [
      { name: 'due', label: 'Thời gian trình mới', required: true, max: 8, value: shiftMonth(month, 1), hint: 'Tháng (2026-05) hoặc tuần (2026-W19)' },
      { name: 'requestSymbol', label: 'Số, ký hiệu văn bản đề nghị', required: true, max: 300 },
      { name: 'requestDate', label: 'Ngày văn bản đề nghị', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
      reason('Lý do điều chỉnh'),
    ],
  }),
  present: () => ({
    intro: 'Nội dung đã được trình tại phiên họp.',
    fields: [
      { name: 'presentedOn', label: 'Ngày trình', kind: 'date', required: true, value: today(), hint: 'Dạng dd/mm/yyyy' },
      { name: 'session', label: 'Phiên họp', required: true, max: 300, hint: 'Ví dụ Phiên họp UBND tỉnh thường kỳ tháng 3/2026' },
    ],
  }),
};

/** The API's path of a step: `return-slip` and `return-draft` are `…/return`. */
function pathOf(month, action, itemId) {
  const step = action === 'return-slip' || action === 'return-draft' ? 'return' : action;
  if (action === 'propose') return `/api/programme/${month}/items`;
  return itemId ? `/api/programme/${month}/items/${itemId}/${step}` : `/api/programme/${month}/${step}`;
}

function openStep(month, answer, action, itemId = null) {
  openStepDialog({
    action,
    title: ACTION_LABELS[action],
    spec: FORMS[action](month, answer.programme),
    path: pathOf(month, action, itemId),
  });
}

const buttons = (month, answer, actions, itemId) =>
  actions.filter((action) => FORMS[action]).map((action) =>
    h('button', { type: 'button', class: action === 'accept' || action === 'approve' || action === 'propose' ? 'button button-primary' : 'button', 'data-action': action, onclick: () => openStep(month, answer, action, itemId) }, ACTION_LABELS[action]),
  );

function monthNav(month) {
  return h(
    'nav',
    { class: 'tabs programme-months', 'aria-label': 'Chọn tháng' },
    h('a', { class: 'tab', href: `/chuong-trinh-cong-tac?thang=${shiftMonth(month, -1)}`, 'data-testid': 'previous-month' }, `‹ ${monthTitle(shiftMonth(month, -1))}`),
    h('span', { class: 'tab', 'aria-current': 'page' }, monthTitle(month)),
    h('a', { class: 'tab', href: `/chuong-trinh-cong-tac?thang=${shiftMonth(month, 1)}`, 'data-testid': 'next-month' }, `${monthTitle(shiftMonth(month, 1))} ›`),
  );
}

function programmeCard(month, answer) {
  const p = answer.programme;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'programme-heading', 'data-testid': 'programme' },
    h('h2', { id: 'programme-heading' }, `Chương trình công tác ${monthTitle(month).toLowerCase()}`),
    p
      ? h(
          'p',
          { class: 'badges' },
          h('span', { class: `badge status status-${p.status}`, 'data-status': p.status }, p.statusLabel),
          p.draftLate ? [' ', h('span', { class: 'badge outcome-not_done_overdue', 'data-testid': 'draft-late' }, 'Dự thảo trình chậm')] : null,
        )
      : notice('Chưa có phiếu đề xuất nào cho tháng này.'),
    p
      ? facts([
          ['Hạn trình dự thảo', formatDate(p.draftDue)],
          ['Dự thảo trình lúc', p.draftSubmittedAt ? formatDateTime(p.draftSubmittedAt) : null],
          ['Phê duyệt lúc', p.approvedAt ? formatDateTime(p.approvedAt) : null],
          ['Lý do trả lại dự thảo', p.returnReason],
        ])
      : null,
    answer.actions.length ? h('div', { class: 'action-buttons', 'data-testid': 'programme-actions' }, buttons(month, answer, answer.actions, null)) : null,
  );
}

function itemRows(month, answer, items, withActions) {
  return items.map((item) =>
    row(
      [
        h('td', {}, h('strong', {}, item.title), item.slipReturnReason ? h('div', { class: 'hint' }, `Lý do trả lại: ${item.slipReturnReason}`) : null, item.withdrawnReason ? h('div', { class: 'hint' }, `Lý do rút: ${item.withdrawnReason}`) : null),
        item.agency.name,
        userName(item.leaderId),
        PAPER_KIND_LABELS[item.paperKind] ?? item.paperKind,
        h('td', {}, formatDate(item.dueDate), h('div', { class: 'hint' }, dueText(item.due)), item.originalDue !== item.due ? h('div', { class: 'hint' }, `Điều chỉnh từ ${dueText(item.originalDue)}`) : null),
        h('td', {}, itemChip(item), item.papers ? h('div', { class: 'hint' }, `Hồ sơ ${item.papers.symbol}, ${formatDate(item.papers.submittedOn)}`) : null),
        withActions ? (item.actions?.length ? h('td', {}, h('div', { class: 'action-buttons' }, buttons(month, answer, item.actions, item.id))) : '—') : null,
      ].filter((cell) => cell !== null),
      { 'data-item': item.id, 'data-status': item.status },
    ),
  );
}

function itemsCard(month, answer) {
  const headers = ['Nội dung', 'Cơ quan trình', 'Lãnh đạo phụ trách', 'Hình thức', 'Hạn trình', 'Trạng thái', 'Việc của bạn'];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'items-heading' },
    h('h2', { id: 'items-heading' }, `Nội dung (${answer.items.length})`),
    answer.items.length
      ? scrollTable('Các nội dung của chương trình, hạn trình gần nhất lên trước', headers, itemRows(month, answer, answer.items, true), { 'data-testid': 'programme-items' })
      : notice('Chưa có nội dung nào.'),
    answer.movedIn.length
      ? [h('h3', {}, 'Nội dung chuyển từ kỳ khác'), scrollTable('Nội dung điều chỉnh thời gian trình sang tháng này', headers.slice(0, 6), itemRows(month, answer, answer.movedIn, false), { 'data-testid': 'moved-in' })]
      : null,
  );
}

function reportCard(report) {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'report-heading', 'data-testid': 'programme-report' },
    h('h2', { id: 'report-heading' }, 'Báo cáo thực hiện chương trình'),
    h('p', { class: 'hint' }, `Các nội dung có hạn trình từ ${formatDate(report.from)} đến ${formatDate(report.to)}, tính đến ${formatDate(report.asOf)}.`),
    report.lateDrafts.length
      ? notice(`Dự thảo chương trình trình chậm: ${report.lateDrafts.map((d) => `${dueText(d.period)} (hạn ${formatDate(d.draftDue)})`).join('; ')} — Trưởng phòng Tổng hợp chịu trách nhiệm (Quy chế làm việc, Điều 8).`, 'error')
      : null,
    report.total.total
      ? [reportTable('Theo cơ quan trình', 'Cơ quan trình', report.byAgency, report.total, 'report-by-agency'), reportTable('Theo lãnh đạo phụ trách', 'Lãnh đạo phụ trách', report.byLeader, report.total, 'report-by-leader')]
      : notice('Chưa có nội dung nào của chương trình đã phê duyệt đến hạn trong tháng.'),
  );
}

export async function render(page, { query }) {
  const month = MONTH.test(query.thang ?? '') ? query.thang : today().slice(0, 7);
  const [answer, report] = await Promise.all([get(`/api/programme/${month}`), get('/api/programme/report', { period: month })]);
  mount(
    page,
    pageTitle('Chương trình công tác', 'Chương trình công tác của UBND tỉnh (Quy chế làm việc, Điều 8): phiếu đề xuất, dự thảo của Phòng Tổng hợp, thẩm tra của Chánh Văn phòng, phê duyệt của Chủ tịch, và kết quả trình.'),
    monthNav(month),
    programmeCard(month, answer),
    itemsCard(month, answer),
    reportCard(report),
  );
}
