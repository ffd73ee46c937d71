import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { filterForm, orderedPeriod } from '../filters.js';
import { formatDate, formatDateTime } from '../format.js';
import { org, userName, fieldName } from '../reference.js';
import { allows } from '../roles.js';
import { navigate, setQuery } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { pager } from '../widgets.js';
import { leaders, MEETING_STATUS_LABELS, meetingStatusBadge, noticeClock } from './directive-widgets.js';
import { conveneSession } from './meeting-convene.js';
import { canConvene, papersSummary } from './meeting-session.js';

const PAGE_SIZE = 20;
const FILTERS = ['status', 'presidingLeaderId', 'fieldCode', 'from', 'to'];
/** The list's status filter: the papers' clock of a session, the notice's clock while it is not drafted, then the statuses of the path. */
const STATUS_OPTIONS = [
  ['papers_overdue', 'Tài liệu quá hạn chưa gửi'], ['papers_late', 'Có tài liệu gửi muộn'], ['notice_due', 'Chưa dự thảo, còn hạn'], ['notice_overdue', 'Chưa dự thảo, quá hạn'],
  ...Object.entries(MEETING_STATUS_LABELS),
];

/** "Ghi cuộc họp" (specialists): POST /api/meetings; the notice is then due 3 working days later. */
function recordMeeting() {
  openStepDialog({
    action: 'record-meeting',
    title: 'Ghi cuộc họp',
    spec: {
      intro: 'Chuyên viên ghi cuộc họp sẽ dự thảo và trình ký thông báo kết luận, hạn 3 ngày làm việc sau cuộc họp.',
      submitLabel: 'Ghi cuộc họp',
      fields: [
        { name: 'title', label: 'Tên cuộc họp', required: true, max: 300, wide: true },
        { name: 'heldOn', label: 'Ngày họp', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
        { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', required: true, options: org().fields.map((f) => ({ value: f.code, label: f.name })) },
        { name: 'presidingLeaderId', label: 'Lãnh đạo chủ trì', kind: 'select', required: true, options: leaders().map((u) => ({ value: u.id, label: u.fullName })) },
        { name: 'attendees', label: 'Thành phần dự họp', kind: 'lines', required: true, maxItems: 200, itemMax: 300, hint: 'Mỗi dòng một cơ quan, đơn vị, ví dụ “Sở Kế hoạch và Đầu tư”' },
      ],
    },
    path: '/api/meetings',
    done: () => 'Đã ghi cuộc họp',
    then: (result) => navigate(`/cuoc-hop/${result.id}`),
  });
}

function meetingTable(meetings) {
  return scrollTable(
    'Danh sách cuộc họp, mới nhất lên trước',
    ['Cuộc họp', 'Ngày họp', 'Lĩnh vực', 'Lãnh đạo chủ trì', 'Tài liệu, thông báo kết luận', 'Trạng thái'],
    meetings.map((m) =>
      row(
        [
          h('td', {}, h('a', { href: `/cuoc-hop/${m.id}` }, m.title)),
          formatDate(m.heldOn),
          fieldName(m.fieldCode),
          userName(m.presidingLeaderId),
          m.status === 'convened'
            ? h('td', {}, `Họp lúc ${formatDateTime(m.session.startsAt)}`, papersSummary(m.session))
            : h('td', {}, m.conclusion.symbol ?? `Hạn ${formatDate(m.conclusion.due)}`, h('div', { class: 'cell-sub' }, noticeClock(m).text), papersSummary(m.session)),
          h('td', {}, meetingStatusBadge(m.status)),
        ],
        { 'data-meeting-id': m.id, 'data-clock': m.conclusion.clock, 'data-papers-overdue': String(!!m.session?.papersOverdue) },
      ),
    ),
    { 'data-testid': 'meeting-list', class: 'data-table meetings' },
  );
}

/** Cuộc họp: GET /api/meetings, filtered in the address; "Triệu tập phiên họp" for the office's leaders, "Ghi cuộc họp" for specialists. */
export async function render(page, { query, user }) {
  const pageNumber = Math.max(1, Number(query.page) || 1);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query[name] || undefined]));
  const list = await get('/api/meetings', { ...filters, page: pageNumber, pageSize: PAGE_SIZE });
  mount(
    page,
    pageTitle('Cuộc họp', 'Cuộc họp do lãnh đạo chủ trì và thông báo kết luận (Quy chế làm việc, Điều 9): dự thảo trong 3 ngày làm việc, lãnh đạo chủ trì thông qua trước khi ký ban hành.'),
    allows(user, ['specialist']) || canConvene(user)
      ? h(
          'p',
          { class: 'action-buttons' },
          canConvene(user) ? h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'convene-session', onclick: conveneSession }, 'Triệu tập phiên họp') : null,
          allows(user, ['specialist']) ? h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'record-meeting', onclick: recordMeeting }, 'Ghi cuộc họp') : null,
        )
      : null,
    h(
      'section',
      { class: 'card' },
      filterForm({
        label: 'Lọc cuộc họp',
        name: 'meetings',
        query,
        resetHref: '/cuoc-hop',
        validate: orderedPeriod('from', 'to'),
        fields: [
          { name: 'status', label: 'Tình trạng', kind: 'select', options: STATUS_OPTIONS },
          { name: 'presidingLeaderId', label: 'Lãnh đạo chủ trì', kind: 'select', options: leaders().map((u) => [u.id, u.fullName]) },
          { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', options: org().fields.map((f) => [f.code, f.name]) },
          { name: 'from', label: 'Họp từ ngày', kind: 'date' },
          { name: 'to', label: 'Họp đến ngày', kind: 'date' },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'meetings-heading' },
      h('h2', { id: 'meetings-heading' }, 'Cuộc họp'),
      list.items.length ? meetingTable(list.items) : notice('Không có cuộc họp nào phù hợp.'),
      pager(pageNumber, PAGE_SIZE, list.total, 'cuộc họp', (n) => setQuery({ ...filters, page: n })),
    ),
  );
}
