import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable, facts } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatNumber, localDateOf } from '../format.js';
import { departmentName, org, userName } from '../reference.js';
import { setQuery } from '../router.js';
import { pager } from '../widgets.js';
import { CASE_FILE_STATUS_LABELS, caseFilesTable, periodText, retentionText, STANDING_LABELS } from './records-widgets.js';

/*
 * Hồ sơ lưu trữ (DOMAIN.md §9): the case files of the office, filtered in the address (year,
 * department, open / closed / deposited, deposit due soon or overdue); the year's file plan
 * (Danh mục hồ sơ); and the June / December deposit batches with their printed records.
 */

const PAGE_SIZE = 50;
const FILTERS = ['year', 'departmentId', 'status', 'standing'];

function tabs(view) {
  const tab = (key, href, label) => h('a', { class: 'tab', href, 'aria-current': view === key ? 'page' : null, 'data-testid': `tab-${key}` }, label);
  return h('nav', { class: 'tabs', 'aria-label': 'Chế độ xem' }, tab('files', '/ho-so-luu-tru', 'Hồ sơ công việc'), tab('plan', '/ho-so-luu-tru?xem=danh-muc', 'Danh mục hồ sơ'), tab('deposits', '/ho-so-luu-tru?xem=nop-luu', 'Nộp lưu'));
}

const thisYear = () => Number(localDateOf().slice(0, 4));

async function caseFiles(query) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query[name] || undefined]));
  const list = await get('/api/records/case-files', { ...filters, page: pageNumber, pageSize: PAGE_SIZE });
  const years = Array.from({ length: 4 }, (_, i) => String(thisYear() - i));
  return [
    h(
      'section',
      { class: 'card' },
      filterForm({
        label: 'Lọc hồ sơ công việc',
        name: 'case-files',
        query,
        resetHref: '/ho-so-luu-tru',
        fields: [
          { name: 'year', label: 'Năm', kind: 'select', options: years.map((y) => [y, y]) },
          { name: 'departmentId', label: 'Đơn vị', kind: 'select', options: org().departments.map((d) => [d.id, d.name]) },
          { name: 'status', label: 'Trạng thái', kind: 'select', options: Object.entries(CASE_FILE_STATUS_LABELS) },
          { name: 'standing', label: 'Hạn nộp lưu', kind: 'select', options: Object.entries(STANDING_LABELS) },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'files-heading' },
      h('h2', { id: 'files-heading' }, `Hồ sơ công việc (${formatNumber(list.total)})`),
      list.items.length ? caseFilesTable('Hồ sơ công việc theo năm và số, ký hiệu', list.items, 'case-file-list') : notice('Không có hồ sơ nào phù hợp.'),
      pager(pageNumber, PAGE_SIZE, list.total, 'hồ sơ', (n) => setQuery({ ...filters, page: n })),
    ),
  ];
}

async function plan(query) {
  const year = Number(query.year) || thisYear();
  const p = await get(`/api/records/plans/${year}`);
  const years = Array.from({ length: 3 }, (_, i) => thisYear() + 1 - i);
  const statusText = { none: 'Chưa lập', drafted: 'Dự thảo, chờ Chánh Văn phòng phê duyệt', approved: `Đã phê duyệt (${p.decisionRef})` }[p.status];
  const rows = p.entries.map((e) => row([e.code, e.title, departmentName(e.departmentId), userName(e.responsibleId), retentionText(e.retention)], { 'data-code': e.code }));
  return [
    h('nav', { class: 'tabs', 'aria-label': 'Năm' }, years.map((y) => h('a', { class: 'tab', href: `/ho-so-luu-tru?xem=danh-muc&year=${y}`, 'aria-current': y === year ? 'page' : null }, `Năm ${y}`))),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'plan-heading' },
      h('h2', { id: 'plan-heading' }, `Danh mục hồ sơ năm ${year}`),
      facts([['Tình trạng', statusText], ['Số hồ sơ', formatNumber(p.entries.length)]], { 'data-testid': 'plan-facts' }),
      rows.length ? scrollTable(`Danh mục hồ sơ năm ${year}`, ['Số, ký hiệu', 'Tiêu đề hồ sơ', 'Đơn vị lập', 'Người lập', 'Thời hạn bảo quản'], rows, { 'data-testid': 'plan-entries' }) : notice('Chưa có Danh mục hồ sơ của năm này.'),
      p.additions.length ? h('ul', { class: 'hint' }, p.additions.map((a) => h('li', {}, `Bổ sung ${a.code} ngày ${formatDate(localDateOf(a.at))}: ${a.reason}`))) : null,
    ),
  ];
}

function deposits() {
  const year = thisYear();
  const periods = [`${year}-12`, `${year}-06`, `${year - 1}-12`, `${year - 1}-06`];
  return [
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'deposits-heading' },
      h('h2', { id: 'deposits-heading' }, 'Các đợt nộp lưu vào Lưu trữ cơ quan'),
      h('p', { class: 'hint' }, 'Hằng năm vào tháng 6 và tháng 12, các đơn vị nộp lưu hồ sơ đã kết thúc: hồ sơ giấy trong 1 năm, hồ sơ điện tử trong 60 ngày kể từ ngày kết thúc.'),
      h('ul', { class: 'link-list', 'data-testid': 'deposit-periods' }, periods.map((period) => h('li', {}, h('a', { href: `/ho-so-luu-tru/nop-luu/${period}` }, `Đợt nộp lưu ${periodText(period).toLowerCase()}`)))),
    ),
  ];
}

export async function render(page, { query }) {
  const view = query.xem === 'danh-muc' ? 'plan' : query.xem === 'nop-luu' ? 'deposits' : 'files';
  const body = view === 'plan' ? await plan(query) : view === 'deposits' ? deposits() : await caseFiles(query);
  mount(page, pageTitle('Hồ sơ lưu trữ', 'Danh mục hồ sơ, hồ sơ công việc và nộp lưu vào Lưu trữ cơ quan'), tabs(view), ...body);
}
