import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { org } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { statusBadge } from '../widgets.js';

/*
 * Liên thông văn bản (GET /api/exchange/inbox, /outbox): documents exchanged with other agencies as
 * edXML packages (QCVN 102:2016/BTTTT). The inbox lists packages received, each to be acknowledged
 * the same working day (ND30 Art. 21: the watcher sends "đã đến" at once; one not sent is overdue)
 * and then registered or refused by the clerk; the outbox lists packages sent with each receiver's
 * status trail, and the clerk's recall.
 */

const STATUS_LABELS = { arrived: 'Đã đến', refused: 'Từ chối tiếp nhận', registered: 'Đã tiếp nhận', assigned: 'Đã phân công', in_progress: 'Đang xử lý', done: 'Hoàn thành' };
const INBOX_LABELS = { arrived: 'Chờ vào sổ', registered: 'Đã vào sổ', refused: 'Đã từ chối', rejected: 'Sai cấu trúc edXML' };
const OUTBOX_LABELS = { sent: 'Đã gửi', recalled: 'Đã thu hồi' };
const PRIORITY_LABELS = ['Thường', 'Khẩn', 'Thượng khẩn', 'Hỏa tốc', 'Hỏa tốc hẹn giờ'];

function sendPackage(agencies, issued) {
  openStepDialog({
    action: 'send-package',
    title: 'Gửi liên thông',
    spec: {
      intro: 'Văn bản đã phát hành được đóng gói edXML cùng tệp đã ký và gửi tới hộp thư liên thông của cơ quan nhận.',
      submitLabel: 'Gửi',
      fields: [
        { name: 'documentId', label: 'Văn bản đã phát hành', kind: 'select', required: true, wide: true, options: issued.map((d) => ({ value: d.id, label: `${d.symbol} — ${d.excerpt}` })) },
        { name: 'to', label: 'Cơ quan nhận', kind: 'select', required: true, wide: true, options: agencies.map((a) => ({ value: a.organId, label: `${a.organName} (${a.organId})` })) },
      ],
      toBody: (v) => ({ documentId: v.documentId, to: [v.to] }),
    },
    path: '/api/exchange/outbox',
    done: () => 'Đã gửi liên thông',
  });
}

function registerPackage(item) {
  openStepDialog({
    action: 'register-package',
    title: 'Vào sổ văn bản đến',
    spec: {
      intro: `${item.symbol} của ${item.from?.organName}: nơi gửi, số và ký hiệu, ngày, người ký, trích yếu và tệp đính kèm lấy từ gói tin.`,
      submitLabel: 'Vào sổ',
      fields: [
        { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', required: true, options: org().fields.map((f) => ({ value: f.code, label: f.name })) },
        { name: 'excerpt', label: 'Trích yếu', kind: 'textarea', max: 2000, value: item.subject ?? '' },
      ],
    },
    path: `/api/exchange/inbox/${item.id}/register`,
    done: (result) => `Đã vào sổ văn bản đến số ${formatNumber(result.incomingNumber)}`,
  });
}

function reasonDialog(action, title, path, label) {
  openStepDialog({ action, title, spec: { submitLabel: title, fields: [{ name: 'reason', label, kind: 'textarea', required: true, max: 2000 }] }, path });
}

function acknowledgement(item) {
  if (item.status === 'rejected') return '—';
  if (item.acknowledged) return h('span', { class: 'tone', 'data-ack': 'sent' }, 'Đã báo đã đến');
  if (item.acknowledgeOverdue) return h('span', { class: 'tone tone-late', 'data-ack': 'overdue' }, formatDate(item.acknowledgeDue), h('span', { class: 'badge late' }, 'Quá hạn'));
  return h('span', { class: 'tone tone-warn', 'data-ack': 'due' }, `Hạn ${formatDate(item.acknowledgeDue)}`);
}

function inboxActions(item, clerk) {
  if (!clerk || item.status !== 'arrived' || item.recallReason) return item.recallReason ? h('span', { class: 'badge late' }, 'Đã bị thu hồi') : null;
  return h(
    'span',
    { class: 'actions' },
    h('button', { type: 'button', class: 'button button-primary', 'data-action': 'register-package', onclick: () => registerPackage(item) }, 'Vào sổ'),
    h('button', { type: 'button', class: 'button', 'data-action': 'refuse-package', onclick: () => reasonDialog('refuse-package', 'Từ chối tiếp nhận', `/api/exchange/inbox/${item.id}/refuse`, 'Lý do (gửi lại cơ quan gửi)') }, 'Từ chối'),
  );
}

function inboxTable(items, clerk) {
  const headers = ['Nhận lúc', 'Cơ quan gửi', 'Số, ký hiệu', 'Trích yếu', 'Độ khẩn', 'Tệp', 'Thông báo đã nhận', 'Trạng thái', ''];
  const rows = items.map((item) =>
    row(
      [
        formatDateTime(item.receivedAt),
        item.from?.organName ?? '—',
        item.symbol ?? '—',
        item.status === 'rejected' ? h('span', {}, item.rejectionReason, h('br'), h('small', {}, item.rejectionErrors.join('; '))) : item.documentId ? h('a', { href: `/van-ban/${item.documentId}` }, item.subject) : item.subject,
        item.priority === null ? '—' : PRIORITY_LABELS[item.priority],
        item.files.length ? item.files.map((f) => f.name).join(', ') : '—',
        acknowledgement(item),
        statusBadge(item.status, INBOX_LABELS[item.status]),
        inboxActions(item, clerk),
      ],
      { 'data-id': item.id, 'data-status': item.status },
    ),
  );
  return scrollTable('Văn bản đến qua liên thông', headers, rows, { 'data-testid': 'exchange-inbox' });
}

function trail(item) {
  if (!item.reported.length) return 'Chưa có phản hồi';
  return h('ol', { class: 'trail' }, ...item.reported.map((r) => h('li', { 'data-status': r.status }, `${STATUS_LABELS[r.status] ?? r.status} · ${formatDateTime(r.reportedAt)}`)));
}

function outboxTable(items, clerk) {
  const headers = ['Gửi lúc', 'Số, ký hiệu', 'Trích yếu', 'Nơi nhận', 'Trạng thái xử lý', 'Trạng thái', ''];
  const rows = items.map((item) =>
    row(
      [
        formatDateTime(item.sentAt),
        item.symbol,
        h('a', { href: `/van-ban/${item.documentId}` }, item.subject),
        item.recipients.map((a) => a.organName).join('; '),
        trail(item),
        statusBadge(item.status, item.status === 'recalled' ? `${OUTBOX_LABELS.recalled}: ${item.recallReason}` : OUTBOX_LABELS[item.status]),
        clerk && item.status === 'sent'
          ? h('button', { type: 'button', class: 'button', 'data-action': 'recall-package', onclick: () => reasonDialog('recall-package', 'Thu hồi', `/api/exchange/outbox/${item.id}/recall`, 'Lý do thu hồi') }, 'Thu hồi')
          : null,
      ],
      { 'data-id': item.id },
    ),
  );
  return scrollTable('Văn bản đi đã gửi liên thông', headers, rows, { 'data-testid': 'exchange-outbox' });
}

export async function render(page, { user }) {
  const clerk = user.roles.includes('clerk');
  const [{ self, agencies }, inbox, outbox, issued] = await Promise.all([
    get('/api/exchange/agencies'),
    get('/api/exchange/inbox'),
    get('/api/exchange/outbox'),
    clerk ? get('/api/documents', { status: 'issued', pageSize: 100 }) : Promise.resolve({ items: [] }),
  ]);
  const overdue = inbox.items.filter((i) => i.acknowledgeOverdue).length;
  mount(
    page,
    pageTitle('Liên thông văn bản', `${self.organName} (${self.organId}) — gửi, nhận văn bản điện tử dạng edXML (QCVN 102:2016/BTTTT); thông báo đã nhận trong ngày (Nghị định 30/2020/NĐ-CP, Điều 21).`),
    clerk ? h('p', {}, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'send-package', disabled: !agencies.length || !issued.items.length, onclick: () => sendPackage(agencies, issued.items.filter((d) => d.symbol)) }, 'Gửi liên thông')) : null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'exchange-inbox-heading' },
      h('h2', { id: 'exchange-inbox-heading' }, `Gói tin đến (${formatNumber(inbox.items.length)})`),
      overdue ? notice(`${formatNumber(overdue)} gói tin chưa thông báo đã nhận quá hạn trong ngày`, 'error') : null,
      inbox.items.length ? inboxTable(inbox.items, clerk) : notice('Chưa nhận gói tin liên thông nào.'),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'exchange-outbox-heading' },
      h('h2', { id: 'exchange-outbox-heading' }, `Gói tin đã gửi (${formatNumber(outbox.items.length)})`),
      outbox.items.length ? outboxTable(outbox.items, clerk) : notice('Chưa gửi liên thông văn bản nào.'),
    ),
  );
}
