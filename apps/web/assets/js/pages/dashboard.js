import { get } from '../api.js';
import { chartFigure, COLOURS, drawChart, loadChartJs } from '../charts.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { addDays, formatDate, formatNumber, isLocalDate, localDateOf, mondayOf, parseDate } from '../format.js';
import { clockLabel, fieldName, statusLabel } from '../reference.js';
import { setQuery } from '../router.js';
import { urgencyBadge } from '../widgets.js';
import { breakdowns, onTimeShare } from './dashboard-breakdowns.js';
import { directivesSection } from './dashboard-directives.js';

/** The period asked for: `from`/`to` of the address, else this week (Monday to Sunday, Hà Nội time). */
function periodOf(query) {
  const monday = mondayOf(localDateOf());
  const from = isLocalDate(query.from) ? query.from : monday;
  const to = isLocalDate(query.to) && query.to >= from ? query.to : addDays(from, 6);
  return { from, to };
}

/** A figure rendered straight from the API's answer: `data-figure` names it, `data-value` is the API's value. */
function figure(name, label, value, formatted, extra) {
  return h(
    'div',
    { class: 'figure', 'data-figure': name, 'data-value': value === null ? 'null' : String(value) },
    h('p', { class: 'figure-value' }, formatted ?? formatNumber(value)),
    h('p', { class: 'figure-label' }, label),
    extra ? h('p', { class: 'figure-extra' }, extra) : null,
  );
}

function periodPicker(period) {
  const week = period.from === mondayOf(period.from) && period.to === addDays(period.from, 6);
  const go = (from, to) => setQuery({ from, to });
  const fromInput = h('input', { id: 'period-from', name: 'from', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: formatDate(period.from) });
  const toInput = h('input', { id: 'period-to', name: 'to', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: formatDate(period.to) });
  const error = h('p', { class: 'field-error', id: 'period-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'period', 'aria-label': 'Chọn kỳ báo cáo' },
    h(
      'div',
      { class: 'period-weeks' },
      h('button', { type: 'button', class: 'button', onclick: () => go(addDays(mondayOf(period.from), -7), addDays(mondayOf(period.from), -1)) }, '‹ Tuần trước'),
      h('button', { type: 'button', class: 'button', onclick: () => setQuery({}) }, 'Tuần này'),
      h('button', { type: 'button', class: 'button', onclick: () => go(addDays(mondayOf(period.from), 7), addDays(mondayOf(period.from), 13)) }, 'Tuần sau ›'),
    ),
    h('div', { class: 'field' }, h('label', { for: 'period-from' }, 'Từ ngày'), fromInput),
    h('div', { class: 'field' }, h('label', { for: 'period-to' }, 'Đến ngày'), toInput),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Xem'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = parseDate(fromInput.value);
    const to = parseDate(toInput.value);
    if (!from || !to || from > to) {
      error.hidden = false;
      error.textContent = !from || !to ? 'Ngày phải là ngày có thật, dạng dd/mm/yyyy' : '“Từ ngày” phải trước hoặc bằng “Đến ngày”';
      fromInput.setAttribute('aria-invalid', String(!from || from > to));
      toInput.setAttribute('aria-invalid', String(!to));
      (from ? toInput : fromInput).focus();
      return;
    }
    go(from, to);
  });
  return h('div', { class: 'card period-card' }, h('p', { class: 'period-label' }, week ? `Tuần từ thứ Hai ${formatDate(period.from)} đến Chủ nhật ${formatDate(period.to)}` : `Từ ${formatDate(period.from)} đến ${formatDate(period.to)}`), form);
}

function figures(b) {
  const u = b.received.byUrgency;
  const urgent = [u.urgent && `khẩn ${u.urgent}`, u.very_urgent && `thượng khẩn ${u.very_urgent}`, u.flash && `hỏa tốc ${u.flash}`].filter(Boolean).join(', ');
  return h(
    'section',
    { class: 'figures', 'aria-label': 'Số liệu giao ban', 'data-testid': 'figures' },
    figure('received', 'Văn bản đến trong kỳ', b.received.total, null, urgent ? `Trong đó ${urgent}` : `Thường ${u.normal}`),
    figure('completed-early', 'Hoàn thành sớm hạn', b.completed.early),
    figure('completed-on-time', 'Hoàn thành đúng hạn', b.completed.onTime),
    figure('completed-late', 'Hoàn thành trễ hạn', b.completed.late),
    figure('in-progress', 'Đang xử lý', b.inProgress.total, null, `Trong hạn ${formatNumber(b.inProgress.withinTime)}`),
    figure('overdue', 'Đang quá hạn', b.inProgress.overdue),
    figure('on-time-rate', 'Tỷ lệ hoàn thành đúng hạn', b.onTimeRate, onTimeShare(b), `Trên ${formatNumber(b.completed.total)} văn bản hoàn thành`),
    figure('awaiting-distribution', 'Chờ phân phối', b.awaitingDistribution),
    figure('outgoing-issued', 'Văn bản đi đã phát hành', b.outgoingIssued.total),
  );
}

/**
 * What the on-time and overdue figures were measured against, as the API names it: a document is late or overdue when any
 * of its clocks is, so every process of `processes` (QT-VB-01, and QT-VB-02 for the issue), each with its version(s) and
 * the steps measured under it, and the working-day calendar.
 */
function basisNote(b) {
  const processes = b.processes.map((p) => {
    const steps = b.steps.filter((s) => s.basis.processCode === p.processCode).map((s) => clockLabel(s.step));
    return `quy trình ${p.processCode} phiên bản ${p.version} (${steps.length > 1 ? 'các bước' : 'bước'} ${steps.join('; ')})`;
  });
  const calendars = [...new Set(b.processes.map((p) => p.calendarVersion))].join(', ');
  return h(
    'p',
    { class: 'hint', 'data-testid': 'basis', 'data-processes': b.processes.map((p) => `${p.processCode}@${p.version}`).join(' ') },
    `Căn cứ tính đúng hạn, quá hạn: ${processes.join(', ')}; lịch làm việc ${calendars}.`,
  );
}

function overdueList(b) {
  const rows = b.overdueList.map((item) =>
    row(
      [
        `${item.incomingNumber}/${item.incomingYear}`,
        h('td', {}, h('a', { href: `/van-ban/${item.documentId}` }, item.excerpt ?? 'Văn bản mật (chỉ người có thẩm quyền xem nội dung)'), ' ', urgencyBadge(item.urgency)),
        fieldName(item.fieldCode),
        statusLabel(item.status),
        item.overdueSteps.map((s) => `${clockLabel(s.step)} (hạn ${formatDate(s.due)})`).join('; '),
        h('td', { class: 'number', 'data-value': String(item.workingDaysLate) }, formatNumber(item.workingDaysLate)),
      ],
      { 'data-document-id': item.documentId },
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'overdue-heading' },
    h('h2', { id: 'overdue-heading' }, `Văn bản đang quá hạn (${b.overdueList.length})`),
    rows.length
      ? scrollTable('Danh sách văn bản quá hạn, trễ nhiều nhất lên trước', ['Số đến', 'Trích yếu', 'Lĩnh vực', 'Trạng thái', 'Bước quá hạn', 'Số ngày làm việc trễ'], rows, { 'data-testid': 'overdue-list' })
      : notice('Không có văn bản nào quá hạn.', 'success'),
  );
}

function departmentsTable(b) {
  const rows = b.byDepartment.map((d) =>
    row([d.name, formatNumber(d.received), formatNumber(d.completed.total), formatNumber(d.completed.late), formatNumber(d.inProgress), formatNumber(d.overdue), onTimeShare(d)], { 'data-department-id': d.departmentId ?? '' }),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'departments-heading' },
    h('h2', { id: 'departments-heading' }, 'Theo phòng'),
    rows.length ? scrollTable('Số liệu theo phòng', ['Phòng', 'Tiếp nhận', 'Hoàn thành', 'Trễ hạn', 'Đang xử lý', 'Quá hạn', 'Tỷ lệ đúng hạn'], rows, { 'data-testid': 'by-department' }) : notice('Chưa có số liệu.'),
  );
}

function charts(b) {
  const overdue = chartFigure('chart-overdue', 'Văn bản quá hạn theo phòng', ['Phòng', 'Quá hạn'], b.byDepartment.map((d) => [d.name, formatNumber(d.overdue)]));
  const trend = chartFigure(
    'chart-trend',
    'Xu hướng theo tuần: tiếp nhận và hoàn thành',
    ['Tuần bắt đầu', 'Tiếp nhận', 'Hoàn thành'],
    b.trend.map((w) => [formatDate(w.weekStart), formatNumber(w.received), formatNumber(w.completed)]),
  );
  const leaders = chartFigure(
    'chart-leaders',
    'Phiếu trình đang chờ lãnh đạo',
    ['Lãnh đạo', 'Chờ ký nháy', 'Chờ ký'],
    b.pendingAtLeaders.map((l) => [l.name ?? 'Chưa xác định', formatNumber(l.toInitial), formatNumber(l.toSign)]),
  );
  const element = h('section', { class: 'charts', 'aria-label': 'Biểu đồ' }, overdue.element, trend.element, leaders.element);
  const draw = (Chart) => [
    drawChart(Chart, overdue.canvas, { type: 'bar', labels: b.byDepartment.map((d) => d.name), datasets: [{ label: 'Quá hạn', data: b.byDepartment.map((d) => d.overdue), backgroundColor: COLOURS.red }] }),
    drawChart(Chart, trend.canvas, {
      type: 'line',
      labels: b.trend.map((w) => formatDate(w.weekStart).slice(0, 5)),
      datasets: [
        { label: 'Tiếp nhận', data: b.trend.map((w) => w.received), borderColor: COLOURS.blue, backgroundColor: COLOURS.blue },
        { label: 'Hoàn thành', data: b.trend.map((w) => w.completed), borderColor: COLOURS.green, backgroundColor: COLOURS.green },
      ],
    }),
    drawChart(Chart, leaders.canvas, {
      type: 'bar',
      horizontal: true,
      stacked: true,
      labels: b.pendingAtLeaders.map((l) => l.name ?? 'Chưa xác định'),
      datasets: [
        { label: 'Chờ ký nháy', data: b.pendingAtLeaders.map((l) => l.toInitial), backgroundColor: COLOURS.amber },
        { label: 'Chờ ký', data: b.pendingAtLeaders.map((l) => l.toSign), backgroundColor: COLOURS.blue },
      ],
    }),
  ];
  return { element, draw };
}

/** Tổng quan (leaders): the weekly-briefing figures of GET /api/stats/briefing, rendered as answered. */
export async function render(page, { query }) {
  const period = periodOf(query);
  const [briefing, Chart] = await Promise.all([get('/api/stats/briefing', period), loadChartJs().catch(() => null)]);
  const drawn = charts(briefing);
  mount(
    page,
    pageTitle('Tổng quan', 'Số liệu giao ban (Quy chế làm việc, Điều 14): tiếp nhận, kết quả giải quyết, quá hạn và phiếu trình đang chờ.'),
    periodPicker(period),
    h('p', { class: 'hint', 'data-testid': 'period', 'data-from': briefing.period.from, 'data-to': briefing.period.to }, `Số liệu từ ${formatDate(briefing.period.from)} đến ${formatDate(briefing.period.to)}; tình trạng đang xử lý, quá hạn tính đến hôm nay ${formatDate(briefing.period.today)}.`),
    figures(briefing),
    basisNote(briefing),
    Chart ? drawn.element : notice('Không tải được thư viện biểu đồ; số liệu vẫn có trong các bảng.', 'error'),
    overdueList(briefing),
    departmentsTable(briefing),
    breakdowns(briefing),
    directivesSection(period),
  );
  const instances = Chart ? drawn.draw(Chart) : [];
  return () => instances.forEach((chart) => chart.destroy());
}
