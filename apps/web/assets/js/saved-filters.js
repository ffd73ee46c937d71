import { errorText, get, request } from './api.js';
import { h } from './dom.js';
import { setQuery } from './router.js';

/*
 * Bộ lọc đã lưu: a person's few named filters of a list (GET/PUT/DELETE /api/me/saved-filters),
 * each the list's query string. "Lưu bộ lọc" keeps the filters and sort now in the address under
 * a name (the same name again replaces it); the picker's "Áp dụng" puts a saved one back in the address.
 */

/** `current`: the list's query now (page left out: a saved filter starts at the first page). */
export function savedFilters({ list, current }) {
  const status = h('p', { class: 'download-status', role: 'status' });
  const picker = h('select', { id: `saved-${list}`, name: 'saved', disabled: true }, h('option', { value: '' }, 'Đang tải…'));
  const name = h('input', { id: `saved-${list}-name`, name: 'savedName', maxlength: '60', autocomplete: 'off' });
  const queryString = () => new URLSearchParams(Object.entries(current).filter(([key, value]) => key !== 'page' && value !== undefined && value !== null && value !== '')).toString();
  let items = [];

  const say = (text, failed = false) => {
    status.textContent = text;
    status.className = failed ? 'download-status tone-late' : 'download-status';
  };
  const fill = (chosen = '') => {
    const here = queryString();
    picker.replaceChildren(
      h('option', { value: '' }, items.length ? '— Chọn bộ lọc đã lưu —' : 'Chưa có bộ lọc nào được lưu'),
      ...items.map((f) => h('option', { value: f.name, selected: f.name === chosen || (!chosen && f.query === here) }, f.name)),
    );
    picker.disabled = items.length === 0;
  };
  const load = async (chosen) => {
    try {
      items = (await get('/api/me/saved-filters', { list })).items;
      fill(chosen);
    } catch (error) {
      say(`Chưa tải được các bộ lọc đã lưu — ${errorText(error)}`, true);
    }
  };

  // Applied by its button, not on change: choosing in a list must not move the person to another page (WCAG 3.2.2).
  const apply = () => {
    const saved = items.find((f) => f.name === picker.value);
    if (!saved) return say('Hãy chọn bộ lọc cần áp dụng', true);
    return setQuery(Object.fromEntries(new URLSearchParams(saved.query)));
  };
  const save = async (event) => {
    event.preventDefault();
    const text = name.value.trim();
    name.removeAttribute('aria-invalid');
    if (!text) {
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return say('Hãy đặt tên cho bộ lọc trước khi lưu', true);
    }
    try {
      await request(`/api/me/saved-filters/${list}`, { method: 'PUT', body: { name: text, query: queryString() } });
      name.value = '';
      say(`Đã lưu bộ lọc “${text}”.`);
      await load(text);
    } catch (error) {
      say(`Chưa lưu được bộ lọc — ${errorText(error)}`, true);
    }
  };
  const remove = async () => {
    const chosen = picker.value;
    if (!chosen) return say('Hãy chọn bộ lọc cần xóa', true);
    try {
      await request(`/api/me/saved-filters/${list}/${encodeURIComponent(chosen)}`, { method: 'DELETE' });
      say(`Đã xóa bộ lọc “${chosen}”.`);
      await load();
    } catch (error) {
      say(`Chưa xóa được bộ lọc — ${errorText(error)}`, true);
    }
  };

  void load();
  return h(
    'form',
    { class: 'saved-filters', 'aria-label': 'Lưu và chọn bộ lọc', 'data-testid': `saved-filters-${list}`, onsubmit: save },
    h('div', { class: 'field' }, h('label', { for: picker.id }, 'Bộ lọc đã lưu'), picker),
    h('div', { class: 'filter-actions' }, h('button', { type: 'button', class: 'button', onclick: apply }, 'Áp dụng'), h('button', { type: 'button', class: 'button button-quiet', onclick: remove }, 'Xóa bộ lọc đã chọn')),
    h('div', { class: 'field' }, h('label', { for: name.id }, 'Tên bộ lọc mới'), name),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button' }, 'Lưu bộ lọc')),
    status,
  );
}
