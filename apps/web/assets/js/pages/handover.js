import { download, get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { org } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { HANDOVER_ACTION_LABELS, HELD_STEP_LABELS, handoverStatusBadge } from './handover-widgets.js';

/*
 * One hand-over (GET /api/handovers/:id, read from its stream): who leaves and why, every item the
 * person holds with its outcome, a button per item for exactly the step the API offers the caller
 * on it (giao lại through the item's own step, or bàn giao trên giấy), and a button for exactly each
 * of the hand-over's `actions` (lập lại danh sách, ký biên bản, cho nghỉ). The record prints as PDF.
 */

const ITEM_INTRO = {
  reassign: 'Mục được giao lại qua chính bước của nó (văn bản: trưởng phòng giao lại chuyên viên; hồ sơ một cửa: người đang giữ chuyển hồ sơ), rồi được ghi vào biên bản.',
  'hand-over-on-paper': 'Mục này chưa có bước giao lại trên hệ thống: bàn giao trên giấy cho người nhận, ghi rõ lý do.',
};

const STEP_INTRO = {
  list: { intro: 'Lập lại danh sách từ những gì người bàn giao đang giữ; các mục đã bàn giao được giữ nguyên.', submitLabel: 'Lập lại danh sách' },
  sign: { intro: 'Ký biên bản bàn giao với tư cách của bạn (người bàn giao hoặc trưởng phòng nhận bàn giao).', submitLabel: 'Ký biên bản' },
  release: { intro: 'Cả hai bên đã ký biên bản: giải quyết cho nghỉ việc, chuyển công tác.', submitLabel: 'Cho nghỉ', fields: [{ name: 'note', label: 'Ghi chú', kind: 'textarea', max: 4000 }] },
};

const staffOptions = () => org().users.filter((u) => u.roles.includes('specialist') || u.roles.includes('department_head')).map((u) => ({ value: u.id, label: u.fullName }));

function openItemStep(handover, item) {
  openStepDialog({
    action: item.action,
    title: `${HANDOVER_ACTION_LABELS[item.action]}: ${item.label}`,
    spec: {
      intro: ITEM_INTRO[item.action],
      submitLabel: HANDOVER_ACTION_LABELS[item.action],
      fields: [
        { name: 'receiverId', label: 'Người nhận', kind: 'select', required: true, options: staffOptions(), value: handover.receiver.id, placeholder: false },
        { name: 'reason', label: 'Lý do', kind: 'textarea', required: true, max: 4000, value: `${handover.kindLabel} theo ${handover.decisionRef}` },
      ],
    },
    path: `/api/handovers/${handover.id}/items/${item.key}/${item.action}`,
  });
}

function openStep(handover, action) {
  const { intro, submitLabel, fields = [] } = STEP_INTRO[action];
  openStepDialog({ action, title: HANDOVER_ACTION_LABELS[action], spec: { intro, submitLabel, fields }, path: `/api/handovers/${handover.id}/${action}` });
}

function itemsTable(handover) {
  const headers = ['Loại', 'Công việc, hồ sơ, tài liệu', 'Đang ở bước', 'Hạn', 'Kết quả bàn giao', ''];
  const rows = handover.items.map((item) =>
    row(
      [
        item.kindLabel,
        item.link ? h('a', { href: item.link }, item.label) : item.label,
        HELD_STEP_LABELS[item.step] ?? item.step,
        item.due ? formatDate(item.due) : '—',
        item.handedOver
          ? h('span', {}, h('strong', {}, item.handedOver.outcomeLabel), ` cho ${item.handedOver.receiver.name}. Lý do: ${item.handedOver.reason}`)
          : h('span', { class: 'badge late' }, 'Chưa bàn giao'),
        item.action ? h('button', { type: 'button', class: 'button', 'data-action': item.action, onclick: () => openItemStep(handover, item) }, HANDOVER_ACTION_LABELS[item.action]) : '',
      ],
      { 'data-key': item.key, 'data-outcome': item.handedOver?.outcome ?? 'held' },
    ),
  );
  return scrollTable('Công việc, hồ sơ, tài liệu bàn giao', headers, rows, { 'data-testid': 'handover-items' });
}

const signature = (stamp) => (stamp ? `Đã ký lúc ${formatDateTime(stamp.at)}` : 'Chưa ký');

export async function render(page, { params }) {
  const handover = await get(`/api/handovers/${params.id}`);
  const open = handover.status === 'open';
  const remaining = open && handover.stillHeld > 0;
  mount(
    page,
    pageTitle(`Bàn giao: ${handover.leaver.name}`, `${handover.kindLabel}, ngày làm việc cuối cùng ${formatDate(handover.lastWorkingDay)}, theo ${handover.decisionRef}`),
    h('p', { class: 'badges' }, handoverStatusBadge(handover.status)),
    remaining
      ? notice(`Còn ${formatNumber(handover.stillHeld)} mục chưa bàn giao${handover.unlisted ? ` (trong đó ${formatNumber(handover.unlisted)} mục mới, cần lập lại danh sách)` : ''}: chưa thể ký biên bản và cho nghỉ.`, 'error')
      : null,
    h(
      'section',
      { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
      h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
      h(
        'div',
        { class: 'action-buttons', 'data-testid': 'actions' },
        handover.actions.map((action) => h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openStep(handover, action) }, HANDOVER_ACTION_LABELS[action])),
        h('button', { type: 'button', class: 'button', 'data-action': 'print', onclick: () => download(`/api/handovers/${handover.id}/record`, undefined, 'Biên bản bàn giao.pdf', { open: true }) }, 'In biên bản bàn giao'),
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, 'Thông tin bàn giao'),
      facts(
        [
          ['Người bàn giao', `${handover.leaver.name}${handover.leaver.post ? `, ${handover.leaver.post}` : ''}`],
          ['Người nhận bàn giao', handover.receiver.name],
          ['Trưởng phòng nhận bàn giao', handover.head?.name],
          ['Lý do', handover.reason],
          ['Ghi nhận', `${handover.recordedBy.name}, ${formatDateTime(handover.recordedAt)}`],
          ['Lập danh sách', handover.listedAt ? formatDateTime(handover.listedAt) : null],
          ['Chữ ký người bàn giao', signature(handover.signatures.leaver)],
          ['Chữ ký trưởng phòng', signature(handover.signatures.head)],
          ['Cho nghỉ', handover.release ? formatDateTime(handover.release.at) : null],
        ],
        { 'data-testid': 'summary' },
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'items-heading' },
      h('h2', { id: 'items-heading' }, `Danh sách bàn giao (${formatNumber(handover.items.length)})`),
      handover.items.length ? itemsTable(handover) : notice('Người bàn giao không giữ văn bản, hồ sơ, nhiệm vụ nào.', 'success'),
    ),
  );
}
