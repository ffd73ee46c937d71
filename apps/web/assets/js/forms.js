import { ApiError } from './api.js';
import { h, mount } from './dom.js';
import { parseDate, parseDateTime } from './format.js';

/*
 * Forms described as data. Each field names its place in the JSON body (`name`, a dotted path
 * such as `source.agency` — the very `field` the API's errors name), its label, its kind and the
 * rules of the API's request DTO: required, maximum length, real dates, integer ranges, lists.
 * The API stays the judge: its 400 field errors and 409/422 rule messages are shown as well.
 *
 * kinds: text, textarea, select, date (dd/mm/yyyy), datetime (dd/mm/yyyy HH:mm), int, lines
 * (one item a line → string[]), choice (radio group), checkbox.
 */

let formCounter = 0;

const quoted = (spec) => `“${spec.label}”`;

function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) node[key] = value;
    else node = node[key] ??= /^\d+$/.test(keys[i + 1]) ? [] : {};
  });
}

function renderControl(spec, id, describedBy) {
  const common = { id, name: spec.name, 'aria-describedby': describedBy || null, 'aria-required': spec.required ? 'true' : null, autocomplete: spec.autocomplete ?? 'off' };
  switch (spec.kind) {
    case 'textarea':
    case 'lines':
      return h('textarea', { ...common, rows: spec.rows ?? (spec.kind === 'lines' ? 4 : 3), placeholder: spec.placeholder }, spec.value ?? '');
    case 'select': {
      const select = h('select', common, spec.placeholder !== false ? h('option', { value: '' }, spec.placeholder ?? '— Chọn —') : null);
      const groups = new Map();
      for (const option of spec.options) {
        const element = h('option', { value: String(option.value) }, option.label);
        if (!option.group) select.append(element);
        else {
          if (!groups.has(option.group)) select.append(groups.set(option.group, h('optgroup', { label: option.group })).get(option.group));
          groups.get(option.group).append(element);
        }
      }
      if (spec.value !== undefined && spec.value !== null) select.value = String(spec.value);
      return select;
    }
    case 'date':
      return h('input', { ...common, type: 'text', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: spec.value ?? '' });
    case 'datetime':
      return h('input', { ...common, type: 'text', placeholder: 'dd/mm/yyyy HH:mm', value: spec.value ?? '' });
    case 'int':
      return h('input', { ...common, type: 'number', inputmode: 'numeric', step: '1', min: spec.min, max: spec.max, value: spec.value ?? '' });
    case 'checkbox':
      return h('input', { ...common, type: 'checkbox', checked: !!spec.value });
    default:
      return h('input', { ...common, type: 'text', placeholder: spec.placeholder, value: spec.value ?? '', autocomplete: spec.autocomplete ?? 'off' });
  }
}

function label(spec, forId) {
  return h('label', { for: forId }, spec.label, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
}

/** One field: label, control, hint and a place for its error, wired with for/id and aria-describedby. */
function renderField(spec, prefix) {
  const id = `${prefix}-${spec.name.replace(/[^A-Za-z0-9]/g, '-')}`;
  const hintId = spec.hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const hint = spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  if (spec.kind === 'choice') {
    const inputs = spec.options.map((option, i) =>
      h('input', { type: 'radio', id: `${id}-${i}`, name: `${prefix}-${spec.name}`, value: String(i), checked: spec.value !== undefined && option.value === spec.value }),
    );
    const wrapper = h(
      'fieldset',
      { class: 'field choice', 'aria-describedby': [hintId, errorId].filter(Boolean).join(' '), 'data-field': spec.name },
      h('legend', {}, spec.label, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
      hint,
      h('div', { class: 'choice-options' }, spec.options.map((option, i) => h('div', { class: 'choice-option' }, inputs[i], h('label', { for: `${id}-${i}` }, option.label)))),
      error,
    );
    return { spec, wrapper, inputs, focusTarget: inputs[0], error, id: inputs[0].id };
  }
  const input = renderControl(spec, id, [hintId].filter(Boolean).join(' '));
  const wrapper =
    spec.kind === 'checkbox'
      ? h('div', { class: 'field checkbox', 'data-field': spec.name }, input, label(spec, id), hint, error)
      : h('div', { class: `field field-${spec.kind ?? 'text'}${spec.wide ? ' wide' : ''}`, 'data-field': spec.name }, label(spec, id), hint, input, error);
  return { spec, wrapper, inputs: [input], focusTarget: input, error, id };
}

function rawValue(control) {
  const { spec, inputs } = control;
  if (spec.kind === 'choice') {
    const checked = inputs.find((input) => input.checked);
    return checked ? spec.options[Number(checked.value)].value : undefined;
  }
  if (spec.kind === 'checkbox') return inputs[0].checked;
  return inputs[0].value;
}

/** The field's value as the API wants it, or the problem with it. */
function convert(spec, raw) {
  const text = typeof raw === 'string' ? raw.trim() : raw;
  if (text === '' || text === undefined || text === null) return {};
  switch (spec.kind) {
    case 'date': {
      const value = parseDate(text);
      return value ? { value } : { problem: `${quoted(spec)} phải là ngày có thật, dạng dd/mm/yyyy` };
    }
    case 'datetime': {
      const value = parseDateTime(text);
      return value ? { value } : { problem: `${quoted(spec)} phải có dạng dd/mm/yyyy HH:mm (giờ Hà Nội)` };
    }
    case 'int': {
      const value = Number(text);
      const inRange = /^-?\d+$/.test(text) && (spec.min === undefined || value >= spec.min) && (spec.max === undefined || value <= spec.max);
      return inRange ? { value } : { problem: `${quoted(spec)} phải là số nguyên từ ${spec.min ?? 0} đến ${spec.max ?? '…'}` };
    }
    case 'lines': {
      const items = text.split('\n').map((line) => line.trim()).filter(Boolean);
      if (spec.maxItems && items.length > spec.maxItems) return { problem: `${quoted(spec)} có tối đa ${spec.maxItems} dòng (hiện có ${items.length})` };
      const long = items.find((item) => spec.itemMax && item.length > spec.itemMax);
      if (long) return { problem: `${quoted(spec)}: mỗi dòng dài tối đa ${spec.itemMax} ký tự (dòng “${long.slice(0, 30)}…” có ${long.length})` };
      return items.length ? { value: items } : {};
    }
    case 'choice':
    case 'checkbox':
    case 'select':
      return { value: raw };
    default:
      if (spec.max && text.length > spec.max) return { problem: `${quoted(spec)} dài tối đa ${spec.max} ký tự (hiện có ${text.length})` };
      return { value: text };
  }
}

/**
 * A form element built from `fields` (field specs, or `{legend, fields, hint?, class?}` groups). On submit it
 * validates like the API, then calls `onSubmit(body, values)`; an ApiError thrown from there is
 * shown in the form (field errors next to their field, the message in the summary).
 */
export function createForm({ fields, submitLabel, onSubmit, toBody = (body) => body, validate = () => [], actions = [], testId }) {
  const prefix = `f${++formCounter}`;
  const controls = [];
  const renderGroup = (items) =>
    items.map((item) => {
      if (item.fields) return h('fieldset', { class: item.class ? `group ${item.class}` : 'group' }, h('legend', {}, item.legend), item.hint ? h('p', { class: 'hint' }, item.hint) : null, h('div', { class: 'group-fields' }, renderGroup(item.fields)));
      const control = renderField(item, prefix);
      controls.push(control);
      return control.wrapper;
    });
  const summary = h('div', { class: 'error-summary', tabindex: '-1', hidden: true, 'data-testid': 'error-summary' });
  const submit = h('button', { type: 'submit', class: 'button button-primary' }, submitLabel);
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'data-testid': testId },
    h('p', { class: 'hint form-hint' }, 'Các mục có dấu * là bắt buộc.'),
    summary,
    h('div', { class: 'form-fields' }, renderGroup(fields)),
    h('div', { class: 'form-actions' }, submit, actions),
  );

  const currentValues = () => Object.fromEntries(controls.map((c) => [c.spec.name, convert(c.spec, rawValue(c)).value]));
  const refreshVisibility = () => {
    const values = currentValues();
    for (const c of controls) if (c.spec.showIf) c.wrapper.hidden = !c.spec.showIf(values);
  };
  form.addEventListener('change', refreshVisibility);
  refreshVisibility();

  const controlFor = (field) =>
    controls.find((c) => c.spec.name === field || c.spec.aliases?.includes(field)) ??
    controls.find((c) => c.spec.name.startsWith(`${field}.`) || field.startsWith(`${c.spec.name}.`));

  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    for (const c of controls) {
      c.error.hidden = true;
      c.error.textContent = '';
      c.wrapper.classList.remove('invalid');
      for (const input of c.inputs) input.removeAttribute('aria-invalid');
      if (c.spec.kind !== 'choice') c.inputs[0].setAttribute('aria-describedby', c.spec.hint ? `${c.id}-hint` : '');
    }
  }

  function markField(control, message) {
    control.error.hidden = false;
    control.error.textContent = control.error.textContent ? `${control.error.textContent} ${message}` : message;
    control.wrapper.classList.add('invalid');
    for (const input of control.inputs) input.setAttribute('aria-invalid', 'true');
    if (control.spec.kind !== 'choice') control.inputs[0].setAttribute('aria-describedby', [control.spec.hint ? `${control.id}-hint` : null, control.error.id].filter(Boolean).join(' '));
  }

  function showSummary(title, problems) {
    summary.hidden = false;
    summary.setAttribute('role', 'alert');
    mount(
      summary,
      h('p', { class: 'error-title' }, title),
      problems.length
        ? h(
            'ul',
            {},
            problems.map(({ control, message }) =>
              h('li', {}, control ? h('a', { href: `#${control.id}`, onclick: (event) => (event.preventDefault(), control.focusTarget.focus()) }, message) : message),
            ),
          )
        : null,
    );
  }

  function showApiError(error) {
    const problems = error.fieldProblems.map(({ field, message }) => ({ control: controlFor(field), message }));
    for (const { control, message } of problems) if (control) markField(control, message);
    const title = error.status === 400 ? `Máy chủ từ chối dữ liệu: ${error.message}` : error.message;
    showSummary(title, error.status === 400 ? problems : []);
    summary.dataset.code = error.code;
    summary.focus();
  }

  function setBusy(busy) {
    submit.disabled = busy;
    form.setAttribute('aria-busy', String(busy));
    submit.textContent = busy ? 'Đang gửi…' : submitLabel;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const visible = controls.filter((c) => !c.wrapper.hidden);
    const converted = new Map(visible.map((c) => [c, convert(c.spec, rawValue(c))]));
    const values = Object.fromEntries([...converted].map(([c, v]) => [c.spec.name, v.value]));
    const problems = [];
    for (const [control, { value, problem }] of converted) {
      const required = control.spec.required || control.spec.requiredIf?.(values);
      const empty = value === undefined || (Array.isArray(value) && value.length === 0);
      if (problem) problems.push({ control, message: problem });
      else if (required && empty) {
        const verb = ['select', 'choice'].includes(control.spec.kind) ? 'Chưa chọn' : 'Chưa nhập';
        problems.push({ control, message: control.spec.requiredMessage ?? `${verb} ${quoted(control.spec)}` });
      }
    }
    for (const { field, message } of validate(values)) problems.push({ control: controlFor(field), message });
    if (problems.length) {
      for (const { control, message } of problems) if (control) markField(control, message);
      showSummary(`Chưa gửi được: có ${problems.length} lỗi cần sửa`, problems);
      (problems[0].control?.focusTarget ?? summary).focus();
      return;
    }
    const body = {};
    for (const [name, value] of Object.entries(values)) if (value !== undefined && !controls.find((c) => c.spec.name === name).spec.local) setPath(body, name, value);
    setBusy(true);
    try {
      await onSubmit(toBody(body, values), values);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showApiError(error);
    } finally {
      if (form.isConnected) setBusy(false);
    }
  });
  return form;
}
