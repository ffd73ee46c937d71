import { get } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatNumber } from '../format.js';
import { org } from '../reference.js';
import { allows, DIRECTIVE_REPORT_ROLES, LEADER_ROLES } from '../roles.js';
import { setQuery } from '../router.js';
import { pager } from '../widgets.js';
import { leaders, OUTCOME_LABELS, outcomeFigures, taskTable } from './directive-widgets.js';

const PAGE_SIZE = 20;
const FILTERS = ['leader', 'field', 'agency', 'outcome', 'dueFrom', 'dueTo'];

function tabs(mine) {
  return h(
    'nav',
    { class: 'tabs', 'aria-label': 'Chế độ xem' },
    h('a', { class: 'tab', href: '/nhiem-vu', 'aria-current': mine ? null : 'page' }, 'Sổ theo dõi nhiệm vụ'),
    h('a', { class: 'tab', href: '/nhiem-vu?xem=cua-toi', 'aria-current': mine ? 'page' : null, 'data-testid': 'tab-mine' }, 'Nhiệm vụ của tôi'),
  );
}

/** Sổ theo dõi nhiệm vụ: GET /api/directives, filtered in the address, due soonest first. */
async function register(query) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query[name] || undefined]));
  const list = await get('/api/directives', { ...filters, page: pageNumber, pageSize: PAGE_SIZE });
  return [
    h(
      'section',
      { class: 'card' },
      filterForm({
        label: 'Lọc sổ theo dõi nhiệm vụ',
        name: 'directives',
        query,
        resetHref: '/nhiem-vu',
        validate: orderedPeriod('dueFrom', 'dueTo'),
        fields: [
          { name: 'leader', label: 'Lãnh đạo chỉ đạo', kind: 'select', options: leaders().map((u) => [u.id, u.fullName]) },
          { name: 'field', label: 'Lĩnh vực', kind: 'select', options: org().fields.map((f) => [f.code, f.name]) },
          { name: 'agency', label: 'Cơ quan chủ trì' },
          { name: 'outcome', label: 'Kết quả', kind: 'select', options: Object.entries(OUTCOME_LABELS) },
          { name: 'dueFrom', label: 'Hạn từ ngày', kind: 'date' },
          { name: 'dueTo', label: 'Hạn đến ngày', kind: 'date' },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'register-heading' },
      h('h2', { id: 'register-heading' }, `Nhiệm vụ (${formatNumber(list.total)})`),
      list.items.length ? taskTable('Sổ theo dõi nhiệm vụ, hạn gần nhất lên trước', list.items, 'directive-list') : notice('Không có nhiệm vụ nào phù hợp.'),
      pager(pageNumber, PAGE_SIZE, list.total, 'nhiệm vụ', (n) => setQuery({ ...filters, page: n })),
    ),
  ];
}

/** Nhiệm vụ của tôi (GET /api/me/directives): a leader's directives with the four counts; a specialist's open tasks, overdue first. */
async function mine(user) {
  const { directing, following } = await get('/api/me/directives');
  const leader = allows(user, LEADER_ROLES) || directing.items.length > 0;
  const follower = allows(user, ['specialist']) || following.items.length > 0;
  return [
    leader
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'directing-heading' },
          h('h2', { id: 'directing-heading' }, `Nhiệm vụ tôi chỉ đạo (${formatNumber(directing.items.length)})`),
          outcomeFigures(directing.outcomes, 'my-outcomes'),
          directing.items.length ? taskTable('Nhiệm vụ tôi chỉ đạo', directing.items, 'my-directing') : notice('Chưa có nhiệm vụ nào do bạn chỉ đạo.'),
        )
      : null,
    follower
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'following-heading' },
          h('h2', { id: 'following-heading' }, `Nhiệm vụ tôi theo dõi chưa hoàn thành (${formatNumber(following.items.length)})`),
          h('p', { class: 'hint', 'data-testid': 'following-counts' }, `Quá hạn: ${formatNumber(following.overdue)} · Sắp đến hạn: ${formatNumber(following.dueSoon)} — nhiệm vụ quá hạn lên trước.`),
          following.items.length ? taskTable('Nhiệm vụ tôi theo dõi', following.items, 'my-following') : notice('Không có nhiệm vụ nào đang chờ bạn theo dõi.', 'success'),
        )
      : null,
    !leader && !follower ? notice('Bạn không chỉ đạo hay theo dõi nhiệm vụ nào.') : null,
  ];
}

export async function render(page, { query, user }) {
  const mineView = query.xem === 'cua-toi';
  mount(
    page,
    pageTitle('Sổ theo dõi nhiệm vụ', 'Nhiệm vụ do lãnh đạo UBND tỉnh giao tại cuộc họp, quyết định, công văn (Quy chế làm việc, Điều 12, 13): hạn, đôn đốc, báo cáo và đánh giá kết quả.'),
    h('div', { class: 'directive-tabs' }, tabs(mineView), allows(user, DIRECTIVE_REPORT_ROLES) ? h('a', { href: '/nhiem-vu/bao-cao', class: 'button' }, 'Báo cáo kết quả thực hiện') : null),
    ...(mineView ? await mine(user) : await register(query)),
  );
}
