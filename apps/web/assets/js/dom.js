/**
 * Builds DOM elements. Text is always set as text (never parsed as HTML), so data from the API
 * cannot inject markup.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'text') element.textContent = String(value);
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

/** Appends strings, numbers and nodes; skips null, undefined and false; flattens arrays. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces everything inside `parent` (search forms with several filters fold on phones: see `foldFilters`). */
export function mount(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
  foldFilters(parent);
  return parent;
}

let folds = 0;

/**
 * On a phone a search form with several filters would fill the first screen: its first field
 * (the keywords) and its buttons stay, the other filters fold behind a "Bộ lọc" button that says
 * how many of them are in use. Only the stylesheet's phone layout hides anything (`data-fold`).
 */
export function foldFilters(root) {
  for (const form of root.querySelectorAll('form.filters[role="search"]:not([data-fold])')) {
    const fields = [...form.querySelectorAll(':scope > .field')];
    if (fields.length < 3) continue;
    form.id ||= `filters-${++folds}`;
    form.dataset.fold = 'closed';
    const inUse = fields.slice(1).filter((field) => {
      const input = field.querySelector('input, select, textarea');
      return input && (input.type === 'checkbox' ? input.checked : input.value.trim() !== '');
    }).length;
    const toggle = h('button', { type: 'button', class: 'button filter-toggle', 'aria-expanded': 'false', 'aria-controls': form.id }, inUse ? `Bộ lọc (${inUse} đang áp dụng)` : 'Bộ lọc');
    toggle.addEventListener('click', () => {
      const open = form.dataset.fold === 'closed';
      form.dataset.fold = open ? 'open' : 'closed';
      toggle.setAttribute('aria-expanded', String(open));
    });
    form.before(toggle);
  }
}

/** A short status message for screen readers and sighted users alike. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * Names each cell of `rows` after its column (`data-label`), unless it has its own: on a phone the
 * stylesheet shows each row as a card, every value under its column's name.
 */
export function labelCells(headers, rows) {
  const names = headers.map((header) => (header instanceof Node ? header.textContent : String(header ?? '')).trim());
  for (const tr of [rows].flat(Infinity)) {
    if (!(tr instanceof Element)) continue;
    let column = 0;
    for (const cell of tr.children) {
      const span = Number(cell.getAttribute('colspan')) || 1;
      // A cell across several columns (a group's heading) is a heading of its own, not one column's value.
      if (span === 1 && !cell.hasAttribute('data-label') && names[column]) cell.dataset.label = names[column];
      column += span;
    }
  }
}

/**
 * A table that scrolls sideways on wide-enough screens instead of breaking the layout, and becomes
 * cards on a phone. `sorting` (optional): `{columns: [key or null per header], sort, order,
 * href(key, order), firstOrder?(key)}` makes those headers links that sort by their column (the
 * sorted one says so with aria-sort); following the sorted column's link again reverses it.
 */
export function scrollTable(caption, headers, rows, props = {}, sorting = null) {
  labelCells(headers, rows);
  const table = h(
    'table',
    { class: 'data-table', ...props },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map((header, i) => headerCell(header, sorting?.columns?.[i] ? { ...sorting, key: sorting.columns[i] } : null)))),
    h('tbody', {}, rows),
  );
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption || headers.join(', '), tabindex: '0' }, table);
}

function headerCell(header, sorting) {
  if (!sorting) return h('th', { scope: 'col' }, header);
  const current = sorting.sort === sorting.key;
  const next = current && sorting.order === 'asc' ? 'desc' : current ? 'asc' : (sorting.firstOrder?.(sorting.key) ?? 'asc');
  const name = header instanceof Node ? header.textContent : String(header);
  // A link to the sorted list, not a button: the router follows it, it opens in a new tab too, and it prints as the column's name.
  const link = h(
    'a',
    // Named by the column alone (aria-sort on the header tells the order); the title says what a click does.
    { href: sorting.href(sorting.key, next), class: 'sort-link', 'data-sort': sorting.key, title: `Sắp xếp theo “${name}”, ${next === 'asc' ? 'tăng dần' : 'giảm dần'}` },
    header,
    h('span', { class: 'sort-mark', 'aria-hidden': 'true' }, current ? (sorting.order === 'asc' ? '▲' : '▼') : '↕'),
  );
  return h('th', { scope: 'col', 'aria-sort': current ? (sorting.order === 'asc' ? 'ascending' : 'descending') : null }, link);
}

/** One row of data cells. */
export function row(cells, props = {}) {
  return h('tr', props, cells.map((cell) => (cell instanceof Node && (cell.nodeName === 'TD' || cell.nodeName === 'TH') ? cell : h('td', {}, cell ?? '—'))));
}

/** A definition list from [term, description] pairs; pairs without a description are left out. */
export function facts(pairs, props = {}) {
  return h(
    'dl',
    { class: 'facts', ...props },
    pairs.filter(([, value]) => value !== null && value !== undefined && value !== '').map(([term, value]) => h('div', { class: 'fact' }, h('dt', {}, term), h('dd', {}, value))),
  );
}

/** A page heading that receives focus after navigation (keyboard and screen-reader users start there). */
export function pageTitle(text, subtitle) {
  return h('div', { class: 'page-title' }, h('h1', { tabindex: '-1' }, text), subtitle ? h('p', { class: 'subtitle' }, subtitle) : null);
}
