import { download, errorText, get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatDateTime } from '../format.js';
import { CONFIDENTIALITY_LABELS, URGENCY_LABELS } from '../labels.js';
import { fieldName, org, ref } from '../reference.js';
import { allows, CLERK_ROLES, LEADER_ROLES } from '../roles.js';
import { setQuery } from '../router.js';
import { savedFilters } from '../saved-filters.js';
import { documentLink, incomingNumber, nextDueCell, pager, statusBadge, urgencyBadge } from '../widgets.js';

const PAGE_SIZE = 20;

/** The filters of GET /api/documents the page offers, and the sort: what the address, a saved filter and the export carry. */
const FILTER_KEYS = ['q', 'status', 'urgency', 'confidentiality', 'fieldCode', 'departmentId', 'leaderId', 'receivedFrom', 'receivedTo', 'overdue', 'dueSoon'];
const SORT_KEYS = ['sort', 'order'];

/** The columns shown, with the `sort` of the API each one sorts by. */
const COLUMNS = [
  ['Số đến', 'incomingNumber'],
  ['Ngày đến', 'receivedAt'],
  ['Nơi gửi, số ký hiệu', 'source'],
  ['Trích yếu', 'excerpt'],
  ['Lĩnh vực', 'fieldCode'],
  ['Trạng thái', 'status'],
  ['Hạn gần nhất', 'nextDue'],
];

/** Newest first is how the list opens; a date or number column clicked first also shows the latest first. */
const firstOrder = (key) => (key === 'receivedAt' || key === 'incomingNumber' ? 'desc' : 'asc');

const pick = (query, keys) => Object.fromEntries(keys.map((key) => [key, query[key]]).filter(([, value]) => value !== undefined && value !== ''));

function searchForm(query) {
  const { departments, fields, users } = org();
  const leaders = users.filter((u) => u.roles.some((role) => LEADER_ROLES.includes(role)));
  return filterForm({
    label: 'Tìm kiếm và lọc văn bản',
    name: 'documents',
    query,
    resetHref: '/van-ban',
    validate: orderedPeriod('receivedFrom', 'receivedTo'),
    fields: [
      { name: 'q', label: 'Từ khóa (trích yếu, số ký hiệu, nơi gửi)' },
      { name: 'status', label: 'Trạng thái (bước xử lý)', kind: 'select', options: Object.entries(ref().statusLabels).filter(([k]) => k !== 'none') },
      { name: 'urgency', label: 'Độ khẩn', kind: 'select', options: Object.entries(URGENCY_LABELS) },
      { name: 'confidentiality', label: 'Độ mật', kind: 'select', options: Object.entries(CONFIDENTIALITY_LABELS) },
      { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', options: fields.map((f) => [f.code, f.name]) },
      { name: 'departmentId', label: 'Phòng xử lý', kind: 'select', options: departments.map((d) => [d.id, d.name]) },
      // API.md: the leader named in the submission, before it the office leader in charge of the field.
      { name: 'leaderId', label: 'Lãnh đạo (trình ký hoặc phân phối)', kind: 'select', options: leaders.map((u) => [u.id, u.fullName]) },
      { name: 'receivedFrom', label: 'Đến từ ngày (dd/mm/yyyy)', kind: 'date' },
      { name: 'receivedTo', label: 'Đến ngày (dd/mm/yyyy)', kind: 'date' },
      { name: 'overdue', label: 'Chỉ văn bản quá hạn', kind: 'checkbox' },
      { name: 'dueSoon', label: 'Chỉ văn bản sắp đến hạn (trong 1 ngày làm việc)', kind: 'checkbox' },
      // The column headers sort too; on a phone (cards, no headers) these are the way.
      { name: 'sort', label: 'Sắp xếp theo', kind: 'select', all: 'Ngày đến (mới nhất trước)', options: COLUMNS.map(([name, key]) => [key, name]) },
      { name: 'order', label: 'Thứ tự', kind: 'select', all: 'Mặc định', options: [['asc', 'Tăng dần'], ['desc', 'Giảm dần']] },
    ],
  });
}

/** "Xuất Excel": the same filters and sort, every row (the API caps it and says so); a link to the file, fetched with the session's token. */
function exportLink(shown, total) {
  const query = { ...shown, format: 'xlsx' };
  const href = `/api/documents?${new URLSearchParams(query)}`;
  const status = h('span', { class: 'download-status', role: 'status' });
  const link = h('a', { href, class: 'button', download: 'van-ban-den.xlsx', 'data-testid': 'export-xlsx' }, 'Xuất Excel');
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    status.className = 'download-status';
    status.textContent = 'Đang tạo tệp Excel…';
    try {
      const name = await download('/api/documents', query, 'van-ban-den.xlsx');
      status.textContent = total > 5000 ? `Đã tải ${name}: 5.000 trong ${total} văn bản (hãy lọc hẹp hơn để xuất phần còn lại)` : `Đã tải ${name}`;
    } catch (error) {
      status.className = 'download-status tone-late';
      status.textContent = `Chưa tải được tệp Excel — ${errorText(error)}`;
    }
  });
  return h('div', { class: 'download-buttons' }, link, status);
}

/** Văn bản: GET /api/documents — searchable, filterable, sortable, paged, exported. Filters and sort live in the address (back/forward work). */
export async function render(page, { query, user }) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const shown = { ...pick(query, FILTER_KEYS), ...pick(query, SORT_KEYS) };
  const title = pageTitle('Văn bản đến', 'Tra cứu văn bản đến và công việc phát sinh; bấm vào trích yếu để mở văn bản, vào tên cột để sắp xếp.');
  const actions = allows(user, CLERK_ROLES) ? h('p', {}, h('a', { href: '/van-ban/dang-ky', class: 'button button-primary' }, '+ Đăng ký văn bản đến')) : null;
  const filtersCard = h('section', { class: 'card' }, searchForm(query), savedFilters({ list: 'documents', current: shown }));
  let list;
  try {
    list = await get('/api/documents', { ...shown, page: pageNumber, pageSize: PAGE_SIZE });
  } catch (error) {
    mount(page, title, actions, filtersCard, notice(error.message, 'error'));
    return;
  }
  const pages = pager(pageNumber, PAGE_SIZE, list.total, 'văn bản', (page) => setQuery({ ...shown, page }));
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
  const sorting = {
    columns: COLUMNS.map(([, key]) => key),
    // Without a sort the list is newest first: "Ngày đến" shows it.
    sort: query.sort ?? 'receivedAt',
    order: query.order ?? (query.sort ? firstOrder(query.sort) : 'desc'),
    firstOrder,
    href: (sort, order) => `/van-ban?${new URLSearchParams({ ...pick(query, FILTER_KEYS), sort, order })}`,
  };
  mount(
    page,
    title,
    actions,
    filtersCard,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'list-heading' },
      h('h2', { id: 'list-heading' }, 'Kết quả'),
      list.items.length ? exportLink(shown, list.total) : null,
      list.items.length
        ? scrollTable('Danh sách văn bản', COLUMNS.map(([name]) => name), rows, { 'data-testid': 'document-list' }, sorting)
        : notice('Không có văn bản nào phù hợp.'),
      pages,
    ),
  );
}
