import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatDateTime } from '../format.js';
import { fieldName, org, ref } from '../reference.js';
import { allows, CLERK_ROLES } from '../roles.js';
import { setQuery } from '../router.js';
import { documentLink, incomingNumber, nextDueCell, pager, statusBadge, urgencyBadge } from '../widgets.js';

const PAGE_SIZE = 20;

function searchForm(query) {
  const { departments, fields } = org();
  return filterForm({
    label: 'Tìm kiếm và lọc văn bản',
    name: 'documents',
    query,
    resetHref: '/van-ban',
    validate: orderedPeriod('receivedFrom', 'receivedTo'),
    fields: [
      { name: 'q', label: 'Từ khóa (trích yếu, số ký hiệu, nơi gửi)' },
      { name: 'status', label: 'Trạng thái', kind: 'select', options: Object.entries(ref().statusLabels).filter(([k]) => k !== 'none') },
      { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', options: fields.map((f) => [f.code, f.name]) },
      { name: 'departmentId', label: 'Phòng xử lý', kind: 'select', options: departments.map((d) => [d.id, d.name]) },
      { name: 'receivedFrom', label: 'Đến từ ngày (dd/mm/yyyy)', kind: 'date' },
      { name: 'receivedTo', label: 'Đến ngày (dd/mm/yyyy)', kind: 'date' },
      { name: 'overdue', label: 'Chỉ văn bản quá hạn', kind: 'checkbox' },
    ],
  });
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
    mount(page, title, actions, h('section', { class: 'card' }, searchForm(query)), notice(error.message, 'error'));
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
    h('section', { class: 'card' }, searchForm(query)),
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
