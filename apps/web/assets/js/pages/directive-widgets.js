import { chartFigure, drawChart } from '../charts.js';
import { h, row, scrollTable } from '../dom.js';
import { addDays, formatDate, formatDateTime, formatNumber, formatRate, localDateOf } from '../format.js';
import { org, userName } from '../reference.js';
import { LEADER_ROLES } from '../roles.js';
import { deadlineText } from '../widgets.js';

/*
 * What the meeting and task pages (DOMAIN.md §8) share: the Vietnamese wording of statuses,
 * outcomes and steps (the server sends codes), badges and the task table.
 */

/** The four outcomes of Vietnamese task reports. */
export const OUTCOMES = ['done_on_time', 'done_late', 'not_done_in_time', 'not_done_overdue'];
export const OUTCOME_LABELS = {
  done_on_time: 'Hoàn thành đúng hạn',
  done_late: 'Hoàn thành quá hạn',
  not_done_in_time: 'Chưa hoàn thành trong hạn',
  not_done_overdue: 'Chưa hoàn thành quá hạn',
};
/** The outcomes' colours in charts: done (greens), not done (amber, red). */
export const OUTCOME_COLOURS = { done_on_time: '#2e7d32', done_late: '#7cb342', not_done_in_time: '#b26a00', not_done_overdue: '#b3261e' };

export const DIRECTIVE_STATUS_LABELS = {
  assigned: 'Đã giao',
  in_progress: 'Đang thực hiện',
  reported_done: 'Đã báo cáo hoàn thành, chờ đánh giá',
  done: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
  superseded: 'Đã được thay thế',
};

export const MEETING_STATUS_LABELS = {
  convened: 'Đã triệu tập, chưa họp',
  held: 'Đã họp, chờ dự thảo thông báo kết luận',
  drafted: 'Đã dự thảo, chờ lãnh đạo chủ trì thông qua',
  approved: 'Đã thông qua, chờ trình ký',
  submitted: 'Đã trình, chờ ký nháy',
  initialled: 'Đã ký nháy, chờ lãnh đạo ký',
  signed: 'Đã ký, chờ phát hành',
  issued: 'Đã phát hành thông báo kết luận',
};

/** The steps of a meeting's notice (`actions` of GET /api/meetings/:id, POST /api/meetings/:id/<step>). */
export const MEETING_ACTION_LABELS = {
  conclusion: 'Dự thảo thông báo kết luận',
  'approve-conclusion': 'Thông qua thông báo kết luận',
  submit: 'Trình ký',
  initial: 'Ký nháy',
  sign: 'Ký thông báo kết luận',
  issue: 'Phát hành',
};

/** The steps of a task (`actions` of GET /api/directives/:id, POST /api/directives/:id/<step>). */
export const DIRECTIVE_ACTION_LABELS = {
  chase: 'Đôn đốc',
  report: 'Ghi nhận báo cáo',
  accept: 'Công nhận hoàn thành',
  reject: 'Không công nhận hoàn thành',
  extend: 'Gia hạn',
  escalate: 'Báo cáo vướng mắc',
  cancel: 'Hủy nhiệm vụ',
  supersede: 'Thay thế nhiệm vụ',
};

export const REPORTING_LABELS = { weekly: 'Báo cáo hằng tuần', monthly: 'Báo cáo hằng tháng', quarterly: 'Báo cáo hằng quý' };
export const CHASE_CHANNEL_LABELS = { phone: 'Điện thoại', letter: 'Văn bản đôn đốc', meeting: 'Tại cuộc họp', system: 'Qua hệ thống' };
export const SOURCE_KIND_LABELS = { conclusion_notice: 'Thông báo kết luận', decision: 'Quyết định', official_letter: 'Công văn', leader_instruction: 'Ý kiến chỉ đạo' };
export const GROUP_LABELS = { agency: 'Cơ quan chủ trì', leader: 'Lãnh đạo chỉ đạo', field: 'Lĩnh vực' };

/** Tasks due within this many calendar days are marked "sắp đến hạn" (the API's follow-up queue flags the same). */
const DUE_SOON_DAYS = 3;

export function outcomeBadge(outcome) {
  if (!outcome) return null;
  return h('span', { class: `badge outcome outcome-${outcome}`, 'data-outcome': outcome }, OUTCOME_LABELS[outcome] ?? outcome);
}

export function directiveStatusBadge(status) {
  return h('span', { class: `badge status directive-${status}`, 'data-status': status }, DIRECTIVE_STATUS_LABELS[status] ?? status);
}

export function meetingStatusBadge(status) {
  return h('span', { class: `badge status status-${status}`, 'data-status': status }, MEETING_STATUS_LABELS[status] ?? status);
}

/**
 * The clock of a meeting's conclusion notice (3 working days): drafted on time or late, or still to
 * draft with the working days left or past.
 */
export function noticeClock(meeting, today = localDateOf()) {
  const { due, clock, draftedAt } = meeting.conclusion;
  if (draftedAt) return clock === 'late' ? { text: `Dự thảo quá hạn (${formatDateTime(draftedAt)})`, tone: 'late' } : { text: `Dự thảo đúng hạn (${formatDateTime(draftedAt)})`, tone: 'ok' };
  const { text, tone } = deadlineText({ due, state: 'pending' }, today);
  return { text: `Chưa dự thảo: ${text.charAt(0).toLowerCase()}${text.slice(1)}`, tone };
}

/** Leaders who preside meetings and direct tasks, grouped as the forms show them. */
export const leaders = () => org().users.filter((u) => u.roles.some((r) => LEADER_ROLES.includes(r)));
export const specialists = () => org().users.filter((u) => u.roles.includes('specialist'));

/** A task's due date, or its periodic reporting; "sắp đến hạn" and "quá hạn N ngày" marks for a task not done. */
export function dueCell(task, today = localDateOf()) {
  if (!task.dueDate) return h('td', {}, REPORTING_LABELS[task.reporting] ?? '—');
  const soon = task.outcome === 'not_done_in_time' && task.dueDate <= addDays(today, DUE_SOON_DAYS);
  return h(
    'td',
    { 'data-due': task.dueDate },
    formatDate(task.dueDate),
    task.originalDueDate && task.originalDueDate !== task.dueDate ? h('div', { class: 'cell-sub' }, `Gia hạn từ ${formatDate(task.originalDueDate)}`) : null,
    task.outcome === 'not_done_overdue' ? h('span', { class: 'badge late', 'data-mark': 'overdue' }, `Quá hạn ${formatNumber(task.daysLate)} ngày`) : null,
    soon ? h('span', { class: 'badge due-soon', 'data-mark': 'due-soon' }, 'Sắp đến hạn') : null,
  );
}

/** The task register's table: content, source, lead agency, leader, follow-up, due date, status and outcome. */
export function taskTable(caption, tasks, testId) {
  return scrollTable(
    caption,
    ['Nội dung nhiệm vụ', 'Nguồn giao', 'Cơ quan chủ trì', 'Lãnh đạo chỉ đạo', 'Chuyên viên theo dõi', 'Thời hạn', 'Tình trạng'],
    tasks.map((task) =>
      row(
        [
          h('td', {}, h('a', { href: `/nhiem-vu/${task.id}` }, task.content)),
          h('td', {}, task.source.symbol, h('div', { class: 'cell-sub' }, SOURCE_KIND_LABELS[task.source.kind] ?? task.source.kind)),
          h('td', {}, task.leadAgency, task.coAgencies?.length ? h('div', { class: 'cell-sub' }, `Phối hợp: ${task.coAgencies.join('; ')}`) : null),
          userName(task.directingLeaderId),
          userName(task.followUpSpecialistId),
          dueCell(task),
          h('td', {}, directiveStatusBadge(task.status), ' ', outcomeBadge(task.outcome)),
        ],
        { 'data-directive-id': task.id, 'data-outcome': task.outcome ?? '' },
      ),
    ),
    { 'data-testid': testId, class: 'data-table directives' },
  );
}

/** Figure cards (`{name, label, value}`), each rendered as the API answered it (`data-figure`, `data-value`). */
export function figureCards(entries, label, testId) {
  return h(
    'section',
    { class: 'figures', 'aria-label': label, 'data-testid': testId },
    entries.map(({ name, label: text, value }) =>
      h('div', { class: `figure figure-${name}`, 'data-figure': name, 'data-value': String(value) }, h('p', { class: 'figure-value' }, formatNumber(value)), h('p', { class: 'figure-label' }, text)),
    ),
  );
}

/** Four figures: how many tasks have each outcome. */
export function outcomeFigures(counts, testId) {
  return figureCards(OUTCOMES.map((o) => ({ name: o, label: OUTCOME_LABELS[o], value: counts[o] ?? 0 })), 'Kết quả thực hiện nhiệm vụ', testId);
}

const figureCell = (value, text = formatNumber(value)) => h('td', { class: 'number', 'data-value': String(value) }, text);

/** The four outcomes per group of GET /api/directives/report (or its total), figures as answered (`data-value`). */
export function outcomesTable(report, testId = 'outcomes-report') {
  const line = (g, label, props) =>
    h('tr', props, h('th', { scope: 'row' }, label), figureCell(g.total), OUTCOMES.map((o) => figureCell(g[o])), figureCell(g.onTimeRate, formatRate(g.onTimeRate)));
  const table = h(
    'table',
    { class: 'data-table outcomes-report', 'data-testid': testId },
    h('caption', {}, `Kết quả thực hiện nhiệm vụ theo ${GROUP_LABELS[report.groupBy].toLowerCase()}, tính đến ngày ${formatDate(report.asOf)}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, GROUP_LABELS[report.groupBy]), h('th', { scope: 'col' }, 'Tổng số'), OUTCOMES.map((o) => h('th', { scope: 'col' }, OUTCOME_LABELS[o])), h('th', { scope: 'col' }, 'Tỷ lệ đúng hạn'))),
    h('tbody', {}, report.groups.map((g) => line(g, g.name, { 'data-key': g.key }))),
    h('tfoot', {}, line(report.total, 'Tổng cộng', { 'data-key': 'total' })),
  );
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': 'Bảng kết quả thực hiện nhiệm vụ', tabindex: '0' }, table);
}

/** The four outcomes of each group as one stacked bar. */
export function outcomesChart(id, title, groups, groupLabel) {
  const chart = chartFigure(id, title, [groupLabel, ...OUTCOMES.map((o) => OUTCOME_LABELS[o])], groups.map((g) => [g.name, ...OUTCOMES.map((o) => formatNumber(g[o]))]));
  const draw = (Chart) =>
    drawChart(Chart, chart.canvas, {
      type: 'bar',
      horizontal: true,
      stacked: true,
      labels: groups.map((g) => g.name),
      datasets: OUTCOMES.map((o) => ({ label: OUTCOME_LABELS[o], data: groups.map((g) => g[o]), backgroundColor: OUTCOME_COLOURS[o] })),
    });
  return { element: chart.element, draw };
}
