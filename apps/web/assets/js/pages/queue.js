import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDateTime } from '../format.js';
import { actionLabel, fieldName } from '../reference.js';
import { documentLink, incomingNumber, nextDueCell, statusBadge, urgencyBadge } from '../widgets.js';

/** Việc của tôi: GET /api/me/queue — the caller's pending work, most urgent first. */
export async function render(page, { user }) {
  const queue = await get('/api/me/queue');
  const rows = queue.items.map((item) =>
    row(
      [
        h('td', {}, h('span', { class: 'badge action' }, actionLabel(item.action))),
        incomingNumber(item),
        h('td', {}, documentLink(item), h('div', { class: 'cell-sub' }, `${item.source.agency} · ${item.source.symbol}`)),
        fieldName(item.fieldCode),
        h('td', {}, statusBadge(item.status, item.statusLabel), ' ', urgencyBadge(item.urgency)),
        formatDateTime(item.receivedAt),
        h('td', {}, nextDueCell(item)),
      ],
      { 'data-document-id': item.id, 'data-action': item.action },
    ),
  );
  mount(
    page,
    pageTitle('Việc của tôi', `${user.fullName}: những văn bản đang chờ bạn xử lý, việc khẩn và quá hạn lên trước.`),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'queue-heading' },
      h('h2', { id: 'queue-heading' }, `Đang chờ xử lý (${queue.total})`),
      queue.items.length
        ? scrollTable('Danh sách việc đang chờ', ['Việc cần làm', 'Số đến', 'Trích yếu', 'Lĩnh vực', 'Trạng thái', 'Ngày đến', 'Hạn gần nhất'], rows, { 'data-testid': 'queue' })
        : notice('Hiện không có văn bản nào chờ bạn xử lý.'),
    ),
  );
}
