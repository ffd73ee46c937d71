import { ApiError, get } from '../api.js';
import { h, mount, pageTitle } from '../dom.js';
import { formatDate, formatDateTime, localDateOf } from '../format.js';
import { QUALITY_CLOCK_LABELS, RULE_MESSAGES } from '../labels.js';
import { departmentName, fieldName, org, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';

/*
 * What the pages of the ISO quality management system share (DOMAIN.md §7, /api/quality): the
 * tabs, clocks and badges, the history of a record (folded from its state's stamps: the API
 * serves no event list for quality records), pickers of procedures and people, and the step
 * dialog. After a step the page is drawn again: its reads wait for the step's log position
 * (read-your-writes, api.js).
 */

export const ISO_TABS = [
  ['/iso', 'Hàng việc'],
  ['/iso/thay-doi-phap-ly', 'Thay đổi pháp lý'],
  ['/iso/khong-phu-hop', 'Không phù hợp'],
  ['/iso/danh-gia-noi-bo', 'Đánh giá nội bộ'],
  ['/iso/xem-xet', 'Xem xét và công bố'],
];

/** The page heading, then the tabs of the quality system with `tab` marked current. */
export function isoPage(page, { title, subtitle, tab }, ...content) {
  return mount(
    page,
    pageTitle(title, subtitle),
    h('nav', { class: 'tabs iso-tabs', 'aria-label': 'Hệ thống quản lý chất lượng' }, ISO_TABS.map(([href, text]) => h('a', { href, class: 'tab', 'aria-current': href === tab ? 'page' : null }, text))),
    content,
  );
}

export const card = (id, title, ...content) => h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), content);

const dayNumber = (day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** The ISO clocks count calendar days (the law says "3 tháng", "mỗi năm"), not working days. */
export function clockText(clock, today = localDateOf()) {
  const left = dayNumber(clock.dueOn) - dayNumber(today);
  switch (clock.state) {
    case 'overdue':
      return { text: `Quá hạn ${clock.daysLate} ngày`, tone: 'late' };
    case 'due_soon':
      return { text: left === 0 ? 'Đến hạn hôm nay' : `Còn ${left} ngày`, tone: 'warn' };
    case 'pending':
      return { text: `Còn ${left} ngày`, tone: 'ok' };
    case 'late':
      return { text: `Hoàn thành trễ ${clock.daysLate} ngày (${formatDate(clock.doneOn)})`, tone: 'late' };
    default:
      return { text: `Hoàn thành đúng hạn (${formatDate(clock.doneOn)})`, tone: 'ok' };
  }
}

/** Where the clock stands as a badge: amber when due soon, red when overdue. */
export function clockBadge(clock, today) {
  const { text, tone } = clockText(clock, today);
  return h('span', { class: `tone tone-${tone}` }, h('span', { class: `badge clock-badge clock-${clock.state}`, title: QUALITY_CLOCK_LABELS[clock.state], 'data-clock': clock.state }, text));
}

/** "dd/mm/yyyy" of the due day over its badge, as a table cell. */
export function clockCell(clock, today) {
  return h('td', { class: `clock clock-${clock.state}` }, h('div', {}, formatDate(clock.dueOn)), clockBadge(clock, today));
}

export function statusBadgeOf(status, labels) {
  return h('span', { class: `badge quality-status quality-${status}`, 'data-status': status }, labels[status] ?? status);
}

/* ---------------------------------------------------------------- history */

/**
 * A record's history from the stamps of its state: `[{at, what, by?, detail?}]` in the order its
 * steps follow one another (some are stamped with a day only, so sorting by time would misplace
 * them); steps not taken (no `at`) are left out.
 */
export function historyList(entries) {
  const known = entries.filter((entry) => entry && entry.at);
  return h(
    'ol',
    { class: 'timeline', 'data-testid': 'history' },
    known.map((entry) =>
      h(
        'li',
        { class: 'timeline-item', 'data-what': entry.what },
        h('div', { class: 'timeline-when' }, h('time', { datetime: entry.at }, entry.at.length === 10 ? formatDate(entry.at) : formatDateTime(entry.at))),
        h(
          'div',
          { class: 'timeline-body' },
          h('p', { class: 'timeline-what' }, entry.what),
          entry.by ? h('p', { class: 'timeline-who' }, userName(entry.by)) : null,
          entry.detail ? h('p', { class: 'timeline-detail' }, entry.detail) : null,
        ),
      ),
    ),
  );
}

export const historyCard = (entries) => card('history-heading', 'Lịch sử', historyList(entries));

/* ---------------------------------------------------------------- actions */

/**
 * "Việc bạn có thể làm": one button per step the user may take now. The quality reads answer no
 * `actions`; each page derives them from the role and the status as the API's decider does (a
 * 403 or 409 step is not offered; a 422 rule is left to the API to explain).
 */
export function actionsCard(steps) {
  return h(
    'section',
    { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
    h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
    steps.length
      ? h('div', { class: 'action-buttons', 'data-testid': 'actions' }, steps.map((step) => h('button', { type: 'button', class: `button ${step.quiet ? '' : 'button-primary'}`, 'data-action': step.action, onclick: step.open }, step.label)))
      : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở hồ sơ này.'),
  );
}

/** The API's refusal, worded by RULE_MESSAGES when its rule says what to do next. */
export function explained(error) {
  const rule = error instanceof ApiError ? error.details?.rule : undefined;
  if (rule && RULE_MESSAGES[rule]) error.message = RULE_MESSAGES[rule];
  return error;
}

/** A step in a dialog (openStepDialog), its refusals worded by RULE_MESSAGES and its pickers searchable. */
export function openQualityStep(options) {
  openStepDialog({ ...options, explain: explained, prepare: addPickerFilters });
}

/* ---------------------------------------------------------------- pickers */

/** The procedure catalogue (the process register), each procedure with its code and name. */
export async function catalogue() {
  return (await get('/api/procedures')).items;
}

export const procedureText = (procedures, code) => {
  const found = procedures.find((p) => p.code === code);
  return found ? `${code} — ${found.name}` : code;
};

/**
 * Checkboxes named `<prefix>.<value>` (kept out of the body: `local`), in a scrolling group of
 * sub-groups; `chosen(values, prefix)` answers the values ticked.
 */
function pickerGroup({ legend, hint, prefix, groups, checked = [] }) {
  return {
    legend,
    hint,
    class: 'iso-picker',
    fields: groups.map(([title, options]) => ({
      legend: title,
      class: 'checklist',
      fields: options.map(([value, label]) => ({ name: `${prefix}.${value}`, label, kind: 'checkbox', local: true, value: checked.includes(value) })),
    })),
  };
}

let filterCounter = 0;

/** A search box over each picker of `form` (134 procedures are too many to scroll through): it hides the boxes whose label does not match. */
function addPickerFilters(form) {
  for (const picker of form.querySelectorAll('fieldset.iso-picker')) {
    const id = `picker-filter-${++filterCounter}`;
    const input = h('input', { id, type: 'search', autocomplete: 'off', placeholder: 'Gõ mã hoặc tên' });
    input.addEventListener('input', () => {
      const words = input.value.trim().toLocaleLowerCase('vi');
      for (const option of picker.querySelectorAll('.field.checkbox')) option.hidden = !!words && !option.textContent.toLocaleLowerCase('vi').includes(words);
      for (const group of picker.querySelectorAll('fieldset.checklist')) group.hidden = ![...group.querySelectorAll('.field.checkbox')].some((option) => !option.hidden);
    });
    // Enter in the search box filters; it does not send the form.
    input.addEventListener('keydown', (event) => event.key === 'Enter' && event.preventDefault());
    picker.querySelector(':scope > .group-fields').before(h('div', { class: 'field picker-filter' }, h('label', { for: id }, 'Lọc danh sách'), input));
  }
}

export const chosen = (values, prefix) => Object.entries(values).filter(([name, ticked]) => ticked === true && name.startsWith(`${prefix}.`)).map(([name]) => name.slice(prefix.length + 1));

/** The catalogue's procedures by field, or only those `codes`. */
export function procedurePicker(procedures, { prefix = 'procedureCodes', legend = 'Thủ tục (quy trình)', hint, codes, checked } = {}) {
  const offered = codes ? procedures.filter((p) => codes.includes(p.code)) : procedures;
  const byField = Map.groupBy(offered, (p) => p.fieldCode);
  return pickerGroup({ legend, hint, prefix, checked, groups: [...byField].map(([fieldCode, list]) => [fieldName(fieldCode), list.map((p) => [p.code, `${p.code} — ${p.name}`])]) });
}

/** Members of staff who take part in the quality system (not the administrator). */
export const staff = () => org().users.filter((user) => !user.roles.includes('admin'));

export function peoplePicker({ prefix, legend, hint }) {
  const byDepartment = Map.groupBy(staff(), (user) => user.departmentId ?? '');
  return pickerGroup({ legend, hint, prefix, groups: [...byDepartment].map(([id, users]) => [id ? departmentName(id) : 'Lãnh đạo', users.map((user) => [user.id, user.fullName])]) });
}

/** `<select>` options of people, by department. */
export const peopleOptions = (users = staff()) => users.map((user) => ({ value: user.id, label: user.fullName, group: user.departmentId ? departmentName(user.departmentId) : 'Lãnh đạo' }));

export const labelOptions = (labels, only) => Object.entries(labels).filter(([value]) => !only || only.includes(value)).map(([value, label]) => ({ value, label }));

/** `{field, message}` when none of `prefix` is ticked, for a form's `validate`. */
export const pickOne = (values, prefix, message) => (chosen(values, prefix).length ? [] : [{ field: prefix, message }]);

export const yearOf = (day = localDateOf()) => Number(day.slice(0, 4));
