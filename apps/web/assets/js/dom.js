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

/** Replaces everything inside `parent`. */
export function mount(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A short status message for screen readers and sighted users alike. */
export function notice(text, kind = 'info') {
  return h('p', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/** A table that scrolls sideways on narrow screens instead of breaking the layout. */
export function scrollTable(caption, headers, rows, props = {}) {
  const table = h(
    'table',
    { class: 'data-table', ...props },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows),
  );
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': caption || headers.join(', '), tabindex: '0' }, table);
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
