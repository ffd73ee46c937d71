import { get } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { CLASSIFICATION_LABELS } from '../labels.js';
import { dossierTable } from '../onestop.js';
import { dossierStatuses, org } from '../reference.js';
import { setQuery } from '../router.js';
import { pager } from '../widgets.js';

const PAGE_SIZE = 20;
const FILTERS = ['q', 'status', 'procedureCode', 'fieldCode', 'classification', 'receivedFrom', 'receivedTo'];

/** Hồ sơ một cửa: GET /api/dossiers — searchable, filterable, paged; the filters live in the address. */
export async function render(page, { query }) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query[name] || undefined]));
  const form = filterForm({
    label: 'Tìm kiếm và lọc hồ sơ',
    name: 'dossiers',
    query,
    resetHref: '/ho-so',
    validate: orderedPeriod('receivedFrom', 'receivedTo'),
    fields: [
      { name: 'q', label: 'Từ khóa (mã hồ sơ, người nộp, tên thủ tục)' },
      { name: 'status', label: 'Trạng thái', kind: 'select', options: dossierStatuses() },
      { name: 'classification', label: 'Phân loại', kind: 'select', options: Object.entries(CLASSIFICATION_LABELS) },
      { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', options: org().fields.map((f) => [f.code, f.name]) },
      { name: 'procedureCode', label: 'Mã thủ tục' },
      { name: 'receivedFrom', label: 'Nhận từ ngày', kind: 'date' },
      { name: 'receivedTo', label: 'Nhận đến ngày', kind: 'date' },
    ],
  });
  const title = pageTitle('Hồ sơ một cửa', 'Hồ sơ thủ tục hành chính tiếp nhận tại Bộ phận một cửa; bấm vào mã hồ sơ để mở.');
  const [list, queue] = await Promise.all([get('/api/dossiers', { ...filters, page: pageNumber, pageSize: PAGE_SIZE }), get('/api/onestop/queue')]);
  const waiting = queue.items.filter((d) => d.action !== 'monitor');
  mount(
    page,
    title,
    waiting.length
      ? h('section', { class: 'card', 'aria-labelledby': 'waiting-heading' }, h('h2', { id: 'waiting-heading' }, `Hồ sơ chờ bạn xử lý (${waiting.length})`), dossierTable('Hồ sơ chờ bạn xử lý', waiting, 'dossier-queue', { withAction: true }))
      : null,
    h('section', { class: 'card' }, form),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'list-heading' },
      h('h2', { id: 'list-heading' }, 'Kết quả'),
      list.items.length ? dossierTable('Danh sách hồ sơ', list.items, 'dossier-list') : notice('Không có hồ sơ nào phù hợp.'),
      pager(pageNumber, PAGE_SIZE, list.total, 'hồ sơ', (n) => setQuery({ ...filters, page: n })),
    ),
  );
}
