import { errorText, get } from '../api.js';
import { h, mount, notice, row, scrollTable } from '../dom.js';
import { formatDate, formatNumber } from '../format.js';
import { figureCards, outcomesTable } from './directive-widgets.js';

/*
 * The weekly briefing's directives section (Tổng quan): tasks given in the period, due in it and
 * not done, overdue by lead agency, closed (GET /api/directives/briefing), and the four outcomes
 * per lead agency of the tasks due in it (GET /api/directives/report). The section fills itself,
 * so that the rest of the dashboard does not wait for it.
 */

function overdueByAgency(groups) {
  if (!groups.length) return notice('Không có nhiệm vụ nào quá hạn.', 'success');
  return scrollTable(
    'Nhiệm vụ quá hạn theo cơ quan chủ trì, nhiều nhất lên trước',
    ['Cơ quan chủ trì', 'Số nhiệm vụ quá hạn', 'Nhiệm vụ'],
    groups.map((g) =>
      row(
        [
          h('th', { scope: 'row' }, g.agency),
          h('td', { class: 'number', 'data-value': String(g.count) }, formatNumber(g.count)),
          h('td', {}, h('ul', { class: 'plain' }, g.items.map((t) => h('li', {}, h('a', { href: `/nhiem-vu/${t.id}` }, t.content), ` — hạn ${formatDate(t.dueDate)}, quá ${formatNumber(t.daysLate)} ngày`)))),
        ],
        { 'data-agency': g.agency },
      ),
    ),
    { 'data-testid': 'directives-overdue' },
  );
}

async function fill(section, period) {
  try {
    const [briefing, report] = await Promise.all([get('/api/directives/briefing', period), get('/api/directives/report', { ...period, groupBy: 'agency' })]);
    const overdue = briefing.overdueByAgency.reduce((sum, g) => sum + g.count, 0);
    mount(
      section,
      h('div', { class: 'card-heading' }, h('h2', { id: 'directives-heading' }, 'Nhiệm vụ lãnh đạo giao'), h('a', { href: `/nhiem-vu/bao-cao?from=${period.from}&to=${period.to}` }, 'Báo cáo chi tiết ›')),
      figureCards(
        [
          { name: 'new', label: 'Giao mới trong kỳ', value: briefing.new.length },
          { name: 'due', label: 'Đến hạn trong kỳ, chưa hoàn thành', value: briefing.dueInPeriod.length },
          { name: 'overdue', label: 'Đang quá hạn', value: overdue },
          { name: 'closed', label: 'Hoàn thành trong kỳ', value: briefing.closed.length },
        ],
        'Số liệu nhiệm vụ giao ban',
        'directives-figures',
      ),
      h('h3', {}, 'Quá hạn theo cơ quan chủ trì'),
      overdueByAgency(briefing.overdueByAgency),
      h('h3', {}, 'Kết quả theo cơ quan chủ trì (nhiệm vụ có hạn trong kỳ)'),
      report.groups.length ? outcomesTable(report, 'directives-by-agency') : notice('Không có nhiệm vụ nào có thời hạn trong kỳ.'),
    );
    section.dataset.ready = 'true';
  } catch (error) {
    mount(section, h('h2', { id: 'directives-heading' }, 'Nhiệm vụ lãnh đạo giao'), notice(errorText(error), 'error'));
    section.dataset.ready = 'error';
  }
}

/** The section for the dashboard's period (`{from, to}`): an element that fills itself once the answers are in. */
export function directivesSection(period) {
  const section = h('section', { class: 'card directives-briefing', 'aria-labelledby': 'directives-heading', 'data-testid': 'directives-briefing' }, h('h2', { id: 'directives-heading' }, 'Nhiệm vụ lãnh đạo giao'), h('p', { class: 'loading', role: 'status' }, 'Đang tải…'));
  fill(section, period);
  return section;
}
