import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, parseDate } from '../format.js';
import { fieldName, org, ref } from '../reference.js';
import { allows, CLERK_ROLES } from '../roles.js';
import { setQuery } from '../router.js';
import { documentLink, incomingNumber, nextDueCell, pager, statusBadge, urgencyBadge } from '../widgets.js';

const PAGE_SIZE = 20;

function filterForm(query) {
  const { departments, fields } = org();
  const id = (name) => `filter-${name}`;
  const labelled = (name, text, control) => h('div', { class: 'field' }, h('label', { for: id(name) }, text), control);
  const select = (name, options, value) =>
    h('select', { id: id(name), name }, h('option', { value: '' }, 'Tất cả'), options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Tìm kiếm và lọc văn bản' },
    labelled('q', 'Từ khóa (trích yếu, số ký hiệu, nơi gửi)', h('input', { id: id('q'), name: 'q', type: 'search', value: query.q ?? '' })),
    labelled('status', 'Trạng thái', select('status', Object.entries(ref().statusLabels).filter(([k]) => k !== 'none'), query.status)),
    labelled('fieldCode', 'Lĩnh vực', select('fieldCode', fields.map((f) => [f.code, f.name]), query.fieldCode)),
    labelled('departmentId', 'Phòng xử lý', select('departmentId', departments.map((d) => [d.id, d.name]), query.departmentId)),
    labelled('receivedFrom', 'Đến từ ngày (dd/mm/yyyy)', h('input', { id: id('receivedFrom'), name: 'receivedFrom', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: query.receivedFrom ? formatDate(query.receivedFrom) : '' })),
    labelled('receivedTo', 'Đến ngày (dd/mm/yyyy)', h('input', { id: id('receivedTo'), name: 'receivedTo', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: query.receivedTo ? formatDate(query.receivedTo) : '' })),
    h('div', { class: 'field checkbox' }, h('input', { id: id('overdue'), name: 'overdue', type: 'checkbox', checked: query.overdue === 'true' }), h('label', { for: id('overdue') }, 'Chỉ văn bản quá hạn')),
    h('div', { class: 'filter-actions' }, h('button', { type: 'submit', class: 'button button-primary' }, 'Tìm kiếm'), h('a', { href: '/van-ban', class: 'button button-quiet' }, 'Xóa bộ lọc')),
    h('p', { class: 'field-error', id: 'filter-error', role: 'alert', hidden: true }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const values = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v).trim()]));
    const dates = {};
    for (const name of ['receivedFrom', 'receivedTo']) {
      if (!values[name]) continue;
      dates[name] = parseDate(values[name]);
      if (!dates[name]) {
        const error = form.querySelector('#filter-error');
        error.hidden = false;
        error.textContent = 'Ngày lọc phải là ngày có thật, dạng dd/mm/yyyy';
        form.querySelector(`#${id(name)}`).focus();
        return;
      }
    }
    setQuery({ ...values, ...dates, overdue: data.get('overdue') ? 'true' : undefined, page: undefined });
  });
  return form;
}

/** Văn bản: GET /api/documents — searchable, filterable, paged. Filters live in the address (back/forward work). */
export async function render(page, { query, user }) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const filters = { q: query.q, status: query.status, fieldCode: query.fieldCode, departmentId: query.departmentId, overdue: query.overdue, receivedFrom: query.receivedFrom, receivedTo: query.receivedTo };
  const title = pageTitle('Văn bản đến', 'Tra cứu văn bản đến và công việc phát sinh; bấm vào trích yếu để mở văn bản.');
  const actions = allows(user, CLERK_ROLES) ? h('p', {}, h('a', { href: '/van-ban/dang-ky', class: 'button button-primary' }, '+ Đăng ký văn bản đến')) : null;
  let list;
  try {
    list = await get('/api/documents', { ...filters, page: pageNumber, pageSize: PAGE_SIZE });
  } catch (error) {
    mount(page, title, actions, h('section', { class: 'card' }, filterForm(query)), notice(error.message, 'error'));
    return;
  }
  const pages = pager(pageNumber, PAGE_SIZE, list.total, 'văn bản', (page) => setQuery({ ...filters, page }));
  const rows = list.items.map((doc) =>
    row(
      [
        incomingNumber(doc),
        formatDateTime(doc.receivedAt),
        h('td', {}, doc.source.agency, h('div', { class: 'cell-sub' }, doc.source.symbol)),
        h('td', {}, documentLink(doc), ' ', urgencyBadge(doc.urgency)),
        fieldName(doc.fieldCode),
        h('td', {}, statusBadge(doc.status, doc.statusLabel)),
        h('td', {}, nextDueCell(doc)),
      ],
      { 'data-document-id': doc.id },
    ),
  );
  mount(
    page,
    title,
    actions,
    h('section', { class: 'card' }, filterForm(query)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'list-heading' },
      h('h2', { id: 'list-heading' }, 'Kết quả'),
      list.items.length
        ? scrollTable('Danh sách văn bản', ['Số đến', 'Ngày đến', 'Nơi gửi, số ký hiệu', 'Trích yếu', 'Lĩnh vực', 'Trạng thái', 'Hạn gần nhất'], rows, { 'data-testid': 'document-list' })
        : notice('Không có văn bản nào phù hợp.'),
      pages,
    ),
  );
}
