import { download, errorText, get } from '../api.js';
import { loadChartJs } from '../charts.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatDate, isLocalDate, localDateOf } from '../format.js';
import { setQuery } from '../router.js';
import { GROUP_LABELS, outcomesChart, outcomesTable } from './directive-widgets.js';

/*
 * Báo cáo kết quả thực hiện nhiệm vụ: the four outcomes per lead agency, directing leader or field
 * of the tasks due in a period (GET /api/directives/report), as the API answers them (`data-value`),
 * with a stacked bar chart, and the same report as XLSX and PDF (monthly, six-monthly, yearly).
 */

/** The usual periods of the reports: this month, each half of the year, the year. */
function presets(today) {
  const year = today.slice(0, 4);
  const month = today.slice(0, 7);
  const monthEnd = new Date(Date.UTC(Number(year), Number(today.slice(5, 7)), 0)).toISOString().slice(0, 10);
  return [
    ['Tháng này', `${month}-01`, monthEnd],
    ['6 tháng đầu năm', `${year}-01-01`, `${year}-06-30`],
    ['6 tháng cuối năm', `${year}-07-01`, `${year}-12-31`],
    ['Cả năm', `${year}-01-01`, `${year}-12-31`],
  ];
}

function downloads(query) {
  const status = h('p', { class: 'download-status', role: 'status' });
  const run = async (format, open = false) => {
    status.className = 'download-status';
    status.textContent = 'Đang lập báo cáo…';
    try {
      const name = await download('/api/directives/report', { ...query, format }, `bao-cao-nhiem-vu-${query.from}-${query.to}.${format}`, { open });
      status.textContent = open ? '' : `Đã tải xuống ${name}`;
    } catch (error) {
      status.className = 'download-status tone-late';
      status.textContent = errorText(error);
    }
  };
  return h(
    'div',
    { class: 'report-downloads', 'data-testid': 'report-downloads' },
    h(
      'div',
      { class: 'download-buttons' },
      h('button', { type: 'button', class: 'button', 'data-download': 'xlsx', onclick: () => run('xlsx') }, 'Tải Excel (XLSX)'),
      h('button', { type: 'button', class: 'button', 'data-download': 'pdf', onclick: () => run('pdf') }, 'Tải PDF'),
      h('button', { type: 'button', class: 'button', 'data-open': 'pdf', onclick: () => run('pdf', true) }, 'Mở PDF để in'),
    ),
    status,
  );
}

export async function render(page, { query }) {
  const today = localDateOf();
  const year = today.slice(0, 4);
  const from = isLocalDate(query.from) ? query.from : `${year}-01-01`;
  const to = isLocalDate(query.to) && query.to >= from ? query.to : `${year}-12-31`;
  const groupBy = GROUP_LABELS[query.groupBy] ? query.groupBy : 'agency';
  const current = { from, to, groupBy };
  const [report, Chart] = await Promise.all([get('/api/directives/report', current), loadChartJs().catch(() => null)]);
  const chart = outcomesChart('chart-outcomes', `Kết quả thực hiện nhiệm vụ theo ${GROUP_LABELS[groupBy].toLowerCase()}`, report.groups, GROUP_LABELS[groupBy]);
  mount(
    page,
    pageTitle('Báo cáo kết quả thực hiện nhiệm vụ', 'Nhiệm vụ do lãnh đạo UBND tỉnh giao có thời hạn trong kỳ: hoàn thành đúng hạn, hoàn thành quá hạn, chưa hoàn thành trong hạn, chưa hoàn thành quá hạn.'),
    h('p', {}, h('a', { href: '/nhiem-vu' }, '‹ Sổ theo dõi nhiệm vụ')),
    h(
      'section',
      { class: 'card' },
      h('p', { class: 'action-buttons' }, presets(today).map(([label, f, t]) => h('a', { class: 'button button-small', href: `/nhiem-vu/bao-cao?from=${f}&to=${t}&groupBy=${groupBy}` }, label))),
      filterForm({
        label: 'Kỳ báo cáo',
        name: 'directive-report',
        query: current,
        submitLabel: 'Xem báo cáo',
        validate: orderedPeriod('from', 'to'),
        submit: (values) => setQuery({ ...current, ...values }),
        fields: [
          { name: 'from', label: 'Hạn từ ngày', kind: 'date' },
          { name: 'to', label: 'Hạn đến ngày', kind: 'date' },
          { name: 'groupBy', label: 'Báo cáo theo', kind: 'select', all: false, options: Object.entries(GROUP_LABELS) },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'report-heading' },
      h(
        'div',
        { class: 'card-heading' },
        h('h2', { id: 'report-heading', 'data-testid': 'report-period', 'data-from': report.period.from, 'data-to': report.period.to }, `Nhiệm vụ có thời hạn từ ${formatDate(report.period.from)} đến ${formatDate(report.period.to)}`),
        downloads(current),
      ),
      h('p', { class: 'hint' }, `Kết quả tính đến ngày ${formatDate(report.asOf)}; nhiệm vụ báo cáo định kỳ tính theo ngày giao; nhiệm vụ đã hủy, đã thay thế không tính.`),
      report.groups.length ? outcomesTable(report) : notice('Không có nhiệm vụ nào có thời hạn trong kỳ.'),
    ),
    report.groups.length && Chart ? h('section', { class: 'report-chart' }, chart.element) : null,
    report.groups.length && !Chart ? notice('Không tải được thư viện biểu đồ; số liệu vẫn có trong bảng.', 'error') : null,
  );
  const instance = report.groups.length && Chart ? chart.draw(Chart) : null;
  return () => instance?.destroy();
}
