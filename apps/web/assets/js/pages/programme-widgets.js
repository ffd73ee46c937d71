import { h, row, scrollTable } from '../dom.js';
import { addDays, formatDate, formatNumber, weekdayIndex } from '../format.js';
import { org } from '../reference.js';

/*
 * The words and small pieces of the work programme's page (chương trình công tác, QC Art. 8): the
 * labels of the API's codes, the chips of an item, the weeks of a month and the report's tables.
 */

export const PAPER_KIND_LABELS = {
  submission: 'Tờ trình', scheme: 'Đề án', report: 'Báo cáo', plan: 'Kế hoạch', decision_draft: 'Dự thảo quyết định', other: 'Văn bản khác',
};

export const ITEM_STATUS_LABELS = {
  proposed: 'Phiếu đề xuất chờ xử lý', returned: 'Phiếu bị trả lại', accepted: 'Trong dự thảo', papers_submitted: 'Đã nộp hồ sơ trình', presented: 'Đã trình',
  withdrawn: 'Rút khỏi chương trình',
};

export const STANDING_LABELS = {
  on_time: 'Trình đúng hạn', late: 'Trình trễ hạn', withdrawn: 'Rút khỏi chương trình', not_yet_due: 'Chưa đến hạn', overdue: 'Quá hạn chưa trình',
};
/** Each standing in the colours of the directives' outcomes: green, olive, grey, neutral, red. */
const STANDING_CLASSES = {
  on_time: 'outcome-done_on_time', late: 'outcome-done_late', withdrawn: 'directive-cancelled', not_yet_due: 'status', overdue: 'outcome-not_done_overdue',
};

export const ACTION_LABELS = {
  propose: 'Gửi phiếu đề xuất', accept: 'Nhận vào dự thảo', 'return-slip': 'Trả lại phiếu', 'submit-draft': 'Trình dự thảo', endorse: 'Thẩm tra, trình Chủ tịch',
  'return-draft': 'Trả lại dự thảo', approve: 'Phê duyệt chương trình', papers: 'Ghi nhận hồ sơ trình', withdraw: 'Rút khỏi chương trình', reschedule: 'Điều chỉnh thời gian',
  present: 'Ghi nhận đã trình',
};

/** The chip of an item: where it stands once the programme is approved, else the slip's status. */
export function itemChip(item) {
  if (item.standing) return h('span', { class: `badge ${STANDING_CLASSES[item.standing]}`, 'data-standing': item.standing }, STANDING_LABELS[item.standing]);
  return h('span', { class: `badge status status-${item.status}`, 'data-status': item.status }, ITEM_STATUS_LABELS[item.status] ?? item.status);
}

/** `2026-03` → "tháng 3/2026"; `2026-W11` → "tuần 11/2026"; `2026-Q1` → "quý 1/2026"; `2026` → "năm 2026". */
export function dueText(due) {
  const week = /^(\d{4})-W(\d{2})$/.exec(due);
  if (week) return `tuần ${Number(week[2])}/${week[1]}`;
  const quarter = /^(\d{4})-Q(\d)$/.exec(due);
  if (quarter) return `quý ${quarter[2]}/${quarter[1]}`;
  if (/^\d{4}$/.test(due)) return `năm ${due}`;
  return `tháng ${Number(due.slice(5, 7))}/${due.slice(0, 4)}`;
}

/** The ISO weeks whose Thursday falls in `month` (`2026-03`): the weeks an item of the month may be due in. */
export function weeksOf(month) {
  const first = `${month}-01`;
  const weeks = [];
  for (let monday = addDays(first, -weekdayIndex(first)); addDays(monday, 3).slice(0, 7) <= month; monday = addDays(monday, 7)) {
    const thursday = addDays(monday, 3);
    if (thursday.slice(0, 7) !== month) continue;
    const jan1 = `${thursday.slice(0, 4)}-01-01`;
    const number = Math.floor((Date.parse(thursday) - Date.parse(jan1)) / 86_400_000 / 7) + 1;
    weeks.push({ value: `${thursday.slice(0, 4)}-W${String(number).padStart(2, '0')}`, label: `Tuần ${number} (${formatDate(monday)} – ${formatDate(addDays(monday, 6))})` });
  }
  return weeks;
}

/** The committee's leaders, who may be in charge of an item. */
export function committeeLeaders() {
  return org().users.filter((u) => u.roles.some((role) => role === 'committee_chairman' || role === 'committee_vice_chairman'));
}

const COUNT_COLUMNS = ['on_time', 'late', 'withdrawn', 'not_yet_due', 'overdue'];

/** One table of the report: a line per agency or leader with its five counts and total, the totals last. */
export function reportTable(caption, firstColumn, groups, total, testId) {
  const cells = (g) => [...COUNT_COLUMNS.map((key) => h('td', { 'data-value': String(g[key]), class: 'number' }, formatNumber(g[key]))), h('td', { class: 'number' }, formatNumber(g.total))];
  return scrollTable(
    caption,
    [firstColumn, ...COUNT_COLUMNS.map((key) => STANDING_LABELS[key]), 'Tổng số'],
    [...groups.map((g) => row([g.name, ...cells(g)], { 'data-group': g.key })), row([h('th', { scope: 'row' }, 'Cộng'), ...cells(total)], { class: 'total-row' })],
    { 'data-testid': testId },
  );
}
