import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDateTime } from '../format.js';
import { actionLabel, fieldName } from '../reference.js';
import { documentLink, incomingNumber, nextDueCell, statusBadge, urgencyBadge } from '../widgets.js';

/**
 * "Hạn gần nhất" of a queue item: the due day of the step that waits for you (`stepDue`), never a deadline someone
 * else owes on the same document; while a supplement is awaited the submit clock is paused.
 */
function myDueCell(item) {
  const paused = item.deadlines?.submit?.state === 'paused';
  const due = nextDueCell({ nextDue: item.stepDue, overdue: item.stepOverdue });
  return paused ? h('span', {}, due, h('div', { class: 'cell-sub', 'data-due': 'paused' }, 'Hạn trình tạm dừng chờ bổ sung')) : due;
}

/** Việc của tôi: GET /api/me/queue — the caller's pending work, most urgent first. */
/** Văn bản để biết: sent to the caller or their department for information; nothing to do, so apart from the queue. */
function toldCard(told) {
  const rows = told.items.map((item) =>
    row(
      [incomingNumber(item), h('td', {}, documentLink(item), h('div', { class: 'cell-sub' }, `${item.source.agency} · ${item.source.symbol}`)), fieldName(item.fieldCode), h('td', {}, statusBadge(item.status, item.statusLabel)), formatDateTime(item.receivedAt)],
      { 'data-document-id': item.id },
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'told-heading' },
    h('h2', { id: 'told-heading' }, `Văn bản để biết (${told.total})`),
    h('p', { class: 'hint' }, 'Lãnh đạo gửi để bạn hoặc phòng của bạn biết: xem nội dung và ý kiến chỉ đạo, không phải xử lý, không tính hạn.'),
    told.items.length ? scrollTable('Danh sách văn bản để biết', ['Số đến', 'Trích yếu', 'Lĩnh vực', 'Trạng thái', 'Ngày đến'], rows, { 'data-testid': 'told' }) : notice('Chưa có văn bản nào gửi để bạn biết.'),
  );
}

export async function render(page, { user }) {
  const [queue, told] = await Promise.all([get('/api/me/queue'), get('/api/documents?forInformation=me&pageSize=20')]);
  const rows = queue.items.map((item) =>
    row(
      [
        // A deputy's signature under a delegation says in which capacity (ký thay, thừa ủy quyền…: "KT. CHỦ TỊCH").
        h('td', {}, h('span', { class: 'badge action' }, actionLabel(item.action)), item.signingCapacity ? h('div', { class: 'cell-sub' }, `Thẩm quyền: ${item.signingCapacity}`) : null),
        incomingNumber(item),
        h('td', {}, documentLink(item), h('div', { class: 'cell-sub' }, `${item.source.agency} · ${item.source.symbol}`)),
        fieldName(item.fieldCode),
        h('td', {}, statusBadge(item.status, item.statusLabel), ' ', urgencyBadge(item.urgency)),
        formatDateTime(item.receivedAt),
        h('td', {}, myDueCell(item)),
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
    toldCard(told),
  );
}
