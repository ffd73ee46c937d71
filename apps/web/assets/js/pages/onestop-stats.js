import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatDate, formatDateTime, formatNumber, formatRate, isLocalDate, localDateOf } from '../format.js';
import { ONESTOP_GROUP_LABELS } from '../labels.js';
import { setQuery } from '../router.js';

/*
 * Thống kê một cửa: the periodic report (GET /api/onestop/stats) as one table per group, the
 * overdue list with its causes, and the 766 panel of a month (GET /api/onestop/index766). Every
 * figure is the API's, rendered as answered (`data-value` holds it).
 */

/** The report's columns: heading group, heading, and where the figure is in a row of the answer. */
const COLUMNS = [
  ['Tiếp nhận', 'Kỳ trước chuyển sang', (r) => r.received.carriedOver],
  ['Tiếp nhận', 'Mới: trực tuyến', (r) => r.received.newOnline],
  ['Tiếp nhận', 'Mới: trực tiếp, bưu chính', (r) => r.received.newDirectOrPost],
  ['Đã giải quyết', 'Trước hạn', (r) => r.resolved.early],
  ['Đã giải quyết', 'Đúng hạn', (r) => r.resolved.onTime],
  ['Đã giải quyết', 'Quá hạn', (r) => r.resolved.late],
  ['Đang giải quyết', 'Trong hạn', (r) => r.inProgress.inTime],
  ['Đang giải quyết', 'Quá hạn', (r) => r.inProgress.overdue],
  ['Khác', 'Yêu cầu bổ sung khi giải quyết', (r) => r.supplementRequests],
  ['Khác', 'Yêu cầu bổ sung tại Bộ phận một cửa', (r) => r.supplementRequestsAtReception],
  ['Khác', 'Từ chối tiếp nhận', (r) => r.refusals],
  ['Khác', 'Rút hồ sơ', (r) => r.withdrawals],
  ['Khác', 'Dừng giải quyết', (r) => r.stops],
  ['Khác', 'Xin lỗi, hẹn lại', (r) => r.apologies],
  ['Khác', 'Tỷ lệ trước hạn, đúng hạn', (r) => r.onTimeRate, formatRate],
];

const figureCell = (value, format = formatNumber) => h('td', { class: 'number', 'data-value': String(value) }, format(value));

function reportTable(stats, groupBy) {
  const groups = [...new Set(COLUMNS.map(([group]) => group))];
  const head = h(
    'thead',
    {},
    h('tr', {}, h('th', { scope: 'col', rowspan: '2' }, ONESTOP_GROUP_LABELS[groupBy]), groups.map((group) => h('th', { scope: 'colgroup', colspan: String(COLUMNS.filter(([g]) => g === group).length) }, group))),
    h('tr', {}, COLUMNS.map(([, heading]) => h('th', { scope: 'col' }, heading))),
  );
  const line = (r, label, props) => h('tr', props, h('th', { scope: 'row' }, label), COLUMNS.map(([, , figure, format]) => figureCell(figure(r), format)));
  const table = h(
    'table',
    { class: 'data-table onestop-report', 'data-testid': 'onestop-report' },
    h('caption', {}, `Tình hình giải quyết hồ sơ theo ${ONESTOP_GROUP_LABELS[groupBy].toLowerCase()}`),
    head,
    h('tbody', {}, stats.groups.map((r) => line(r, r.name, { 'data-key': r.key ?? '' }))),
    h('tfoot', {}, line(stats.totals, 'Tổng cộng', { 'data-key': 'total' })),
  );
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Bảng số liệu', tabindex: '0' }, table);
}

/** What made a dossier late or overdue: the late steps of its control sheet, who holds it, supplements, apologies. */
function causes({ lateSteps, heldBy, supplementRequests, apologies, apologyNewDueDate, apologyIssuedLate }) {
  const lines = [
    ...lateSteps.map((s) => `Bước ${s.no} (${s.task}${s.heldBy ? `, ${s.heldBy}` : ''}) trễ ${formatNumber(s.workingDaysLate)} ngày làm việc`),
    heldBy ? `Đang ở ${heldBy.name ?? 'chưa rõ'} từ ${formatDateTime(heldBy.since)}` : null,
    supplementRequests ? `${supplementRequests} lần yêu cầu bổ sung` : null,
    apologies ? `Đã xin lỗi, hẹn lại ${formatDate(apologyNewDueDate)}${apologyIssuedLate ? ' (sau ngày hẹn trả)' : ''}` : 'Chưa có văn bản xin lỗi',
  ].filter(Boolean);
  return h('td', {}, h('ul', { class: 'plain' }, lines.map((line) => h('li', {}, line))));
}

function overdueList(overdue) {
  if (!overdue.items.length) return notice('Không có hồ sơ nào quá hạn trong kỳ.', 'success');
  return [
    scrollTable(
      'Hồ sơ giải quyết quá hạn và đang quá hạn, với nguyên nhân',
      ['Mã hồ sơ', 'Thủ tục hành chính', 'Đơn vị', 'Tình trạng', 'Hẹn trả', 'Số ngày làm việc quá hạn', 'Nguyên nhân'],
      overdue.items.map((item) =>
        row(
          [
            h('td', {}, h('a', { href: `/ho-so/${item.id}` }, item.code)),
            item.procedure.name ?? item.procedure.code,
            item.unit.name,
            OVERDUE_LABELS[item.state],
            formatDate(item.dueDate),
            figureCell(item.workingDaysLate),
            causes(item.causes),
          ],
          { 'data-dossier-id': item.id },
        ),
      ),
      { 'data-testid': 'overdue-list', class: 'data-table overdue-causes' },
    ),
    overdue.total > overdue.items.length ? notice(`Hiển thị ${overdue.items.length} trong ${formatNumber(overdue.total)} hồ sơ quá hạn.`) : null,
  ];
}

const OVERDUE_LABELS = { late: 'Đã giải quyết quá hạn', overdue: 'Đang giải quyết quá hạn' };
/** Indicator values are shares, but the mean satisfaction score is a score out of 5. */
const indicatorValue = (i) => (i.key === 'satisfaction.mean_score' ? (i.value === null ? '—' : `${formatNumber(Math.round(i.value * 100) / 100)}/5`) : formatRate(i.value));

function panel766(index) {
  return scrollTable(
    `Bộ chỉ số theo Quyết định 766/QĐ-TTg — tháng ${index.month.slice(5, 7)}/${index.month.slice(0, 4)}`,
    ['Chỉ số', 'Tử số', 'Mẫu số', 'Giá trị'],
    index.indicators.map((i) =>
      row([h('th', { scope: 'row' }, i.name), figureCell(i.numerator), figureCell(i.denominator), h('td', { class: 'number', 'data-value': String(i.value) }, indicatorValue(i))], { 'data-indicator': i.key }),
    ),
    { 'data-testid': 'index766' },
  );
}

export async function render(page, { query }) {
  const today = localDateOf();
  const from = isLocalDate(query.from) ? query.from : `${today.slice(0, 7)}-01`;
  const to = isLocalDate(query.to) ? query.to : today;
  const groupBy = ONESTOP_GROUP_LABELS[query.groupBy] ? query.groupBy : 'field';
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(query.month ?? '') ? query.month : today.slice(0, 7);
  const [stats, index] = await Promise.all([get('/api/onestop/stats', { from, to, groupBy }), get('/api/onestop/index766', { month })]);
  const current = { from, to, groupBy, month };
  mount(
    page,
    pageTitle('Thống kê một cửa', 'Tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính; bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg).'),
    h(
      'section',
      { class: 'card' },
      filterForm({
        label: 'Kỳ báo cáo',
        name: 'stats',
        query: current,
        submitLabel: 'Xem',
        validate: orderedPeriod('from', 'to'),
        submit: (values) => setQuery({ ...current, ...values }),
        fields: [
          { name: 'from', label: 'Từ ngày', kind: 'date' },
          { name: 'to', label: 'Đến ngày', kind: 'date' },
          { name: 'groupBy', label: 'Thống kê theo', kind: 'select', all: false, options: Object.entries(ONESTOP_GROUP_LABELS) },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'report-heading' },
      h('h2', { id: 'report-heading', 'data-testid': 'stats-period', 'data-from': from, 'data-to': to }, `Tình hình giải quyết hồ sơ từ ${formatDate(from)} đến ${formatDate(to)}`),
      h('p', { class: 'hint' }, `Tình trạng đang giải quyết tính đến ngày ${formatDate(stats.period.stateAsOf)}.`),
      stats.groups.length ? reportTable(stats, groupBy) : notice('Chưa có hồ sơ nào trong kỳ.'),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'overdue-heading' }, h('h2', { id: 'overdue-heading' }, `Hồ sơ quá hạn (${formatNumber(stats.overdue.total)})`), overdueList(stats.overdue)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'index-heading' },
      h('h2', { id: 'index-heading' }, 'Bộ chỉ số 766'),
      filterForm({ label: 'Tháng của bộ chỉ số', name: 'index766', query: current, submitLabel: 'Xem tháng', submit: (values) => setQuery({ ...current, ...values }), fields: [{ name: 'month', label: 'Tháng (mm/yyyy)', kind: 'month' }] }),
      panel766(index),
    ),
  );
}
