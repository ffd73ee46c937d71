import { get } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { filterForm } from '../filters.js';
import { dossierTable } from '../onestop.js';
import { navigate } from '../router.js';

/** Một cửa (one-stop officer): receive a dossier, find one, and the desk's queue (GET /api/onestop/queue). */
export async function render(page) {
  const queue = await get('/api/onestop/queue');
  const find = filterForm({
    label: 'Tìm hồ sơ',
    name: 'desk',
    query: {},
    submitLabel: 'Tìm hồ sơ',
    fields: [{ name: 'q', label: 'Mã hồ sơ hoặc tên người nộp' }],
    submit: ({ q }) => navigate(`/ho-so${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  });
  mount(
    page,
    pageTitle('Một cửa', 'Bộ phận tiếp nhận và trả kết quả: tiếp nhận hồ sơ theo danh mục thủ tục, nhận kết quả, trả kết quả cho người nộp.'),
    h('section', { class: 'card desk-actions' }, h('a', { href: '/mot-cua/tiep-nhan', class: 'button button-primary', 'data-testid': 'new-reception' }, '+ Tiếp nhận hồ sơ'), find),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'queue-heading' },
      h('h2', { id: 'queue-heading' }, `Hồ sơ đang chờ Bộ phận một cửa (${queue.total})`),
      queue.items.length ? dossierTable('Hồ sơ chờ xử lý tại Bộ phận một cửa', queue.items, 'desk-queue', { withAction: true }) : notice('Không có hồ sơ nào chờ Bộ phận một cửa.'),
    ),
  );
}
