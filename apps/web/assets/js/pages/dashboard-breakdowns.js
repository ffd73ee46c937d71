import { h, notice, row, scrollTable } from '../dom.js';
import { formatNumber, formatShare } from '../format.js';

/**
 * Tổng quan: the briefing's figures by field (lĩnh vực) and by specialist (chuyên viên), as
 * GET /api/stats/briefing answers them (`byField`, `bySpecialist`), beside its figures by department.
 */

/** Completed early or on time, of all completed: the share shown, computed once from the counts. */
export function onTimeShare(figures) {
  const completed = figures.completed;
  return formatShare(completed.early + completed.onTime, completed.total);
}

const COLUMNS = ['Tiếp nhận', 'Hoàn thành', 'Trễ hạn', 'Đang xử lý', 'Quá hạn', 'Tỷ lệ đúng hạn'];

function breakdownCard({ id, title, nameHeader, caption, entries, key, attribute }) {
  const rows = entries.map((entry) =>
    row(
      [
        entry.name,
        // Aligned as "Theo phòng" above (left), so that the three tables read alike.
        formatNumber(entry.received),
        formatNumber(entry.completed.total),
        formatNumber(entry.completed.late),
        formatNumber(entry.inProgress),
        h('td', { class: entry.overdue ? 'tone-late' : null }, formatNumber(entry.overdue)),
        h('td', { title: `${formatNumber(entry.completed.early + entry.completed.onTime)}/${formatNumber(entry.completed.total)} văn bản hoàn thành đúng hạn` }, onTimeShare(entry)),
      ],
      { [attribute]: entry[key] ?? '' },
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading` }, title),
    rows.length ? scrollTable(caption, [nameHeader, ...COLUMNS], rows, { 'data-testid': id }) : notice('Chưa có số liệu.'),
  );
}

/** The two cards, in the order a briefing reads them: fields, then the specialists' own work. */
export function breakdowns(briefing) {
  return [
    breakdownCard({ id: 'by-field', title: 'Theo lĩnh vực', nameHeader: 'Lĩnh vực', caption: 'Số liệu theo lĩnh vực', entries: briefing.byField ?? [], key: 'fieldCode', attribute: 'data-field-code' }),
    breakdownCard({ id: 'by-specialist', title: 'Theo chuyên viên', nameHeader: 'Chuyên viên', caption: 'Số liệu theo chuyên viên được giao xử lý', entries: briefing.bySpecialist ?? [], key: 'specialistId', attribute: 'data-specialist-id' }),
  ];
}
