import { h } from './dom.js';
import { formatDate, parseDate } from './format.js';
import { setQuery } from './router.js';

/*
 * A search or filter form whose values live in the address (back and forward work): text,
 * select, date (dd/mm/yyyy ↔ YYYY-MM-DD), month (mm/yyyy ↔ YYYY-MM) and checkbox ('true')
 * fields, each labelled.
 * A value that is not a real date is refused before anything is asked of the API.
 */

const formatMonth = (month) => (month ? `${month.slice(5, 7)}/${month.slice(0, 4)}` : '');

function parseMonth(text) {
  const match = /^\s*(\d{1,2})\/(\d{4})\s*$/.exec(text);
  return match && Number(match[1]) >= 1 && Number(match[1]) <= 12 ? `${match[2]}-${match[1].padStart(2, '0')}` : null;
}

const KINDS = {
  date: { show: formatDate, parse: parseDate, placeholder: 'dd/mm/yyyy', problem: 'phải là ngày có thật, dạng dd/mm/yyyy' },
  month: { show: formatMonth, parse: parseMonth, placeholder: 'mm/yyyy', problem: 'phải có dạng mm/yyyy' },
};

function control(field, id, value) {
  if (field.kind === 'select') {
    return h(
      'select',
      { id, name: field.name },
      field.all === false ? null : h('option', { value: '' }, field.all ?? 'Tất cả'),
      field.options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)),
    );
  }
  if (field.kind === 'checkbox') return h('input', { id, name: field.name, type: 'checkbox', checked: value === 'true' });
  const kind = KINDS[field.kind];
  if (kind) return h('input', { id, name: field.name, inputmode: 'numeric', placeholder: kind.placeholder, value: value ? kind.show(value) : '' });
  return h('input', { id, name: field.name, type: 'search', value: value ?? '' });
}

/**
 * `label` names the form for screen readers; `fields`: `{name, label, kind?: 'text'|'select'|'date'|'month'|'checkbox',
 * options?: [[value, text]], all?}`; `query` the current values; `submit(values)` defaults to
 * putting them in the address; `validate(values)` may answer a message that stops the search.
 */
export function filterForm({ name, label, fields, query, submitLabel = 'Tìm kiếm', resetHref, submit = (values) => setQuery(values), validate = () => null }) {
  const prefix = `filter-${name}`;
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': label },
    fields.map((field) => {
      const id = `${prefix}-${field.name}`;
      const label = h('label', { for: id }, field.label);
      const input = control(field, id, query[field.name]);
      return field.kind === 'checkbox' ? h('div', { class: 'field checkbox' }, input, label) : h('div', { class: 'field' }, label, input);
    }),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'button button-primary' }, submitLabel),
      resetHref ? h('a', { href: resetHref, class: 'button button-quiet' }, 'Xóa bộ lọc') : null,
    ),
    error,
  );
  const fail = (message, input) => {
    error.hidden = false;
    error.textContent = message;
    input?.setAttribute('aria-invalid', 'true');
    input?.focus();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.hidden = true;
    const values = {};
    for (const field of fields) {
      const input = form.elements[field.name];
      input.removeAttribute('aria-invalid');
      if (field.kind === 'checkbox') {
        values[field.name] = input.checked ? 'true' : undefined;
        continue;
      }
      const text = input.value.trim();
      const kind = KINDS[field.kind];
      if (!kind || !text) values[field.name] = text || undefined;
      else if (!(values[field.name] = kind.parse(text))) return fail(`“${field.label}” ${kind.problem}`, input);
    }
    const problem = validate(values);
    if (problem) return fail(problem);
    return submit(values);
  });
  return form;
}

/** "From ≤ to" of two date (or month) fields, for `validate`. */
export const orderedPeriod = (from, to) => (values) => (values[from] && values[to] && values[from] > values[to] ? '“Từ ngày” phải trước hoặc bằng “Đến ngày”' : null);
