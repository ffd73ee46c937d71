import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { org } from '../reference.js';
import { navigate } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { DEPARTURE_KIND_LABELS, handoverStatusBadge } from './handover-widgets.js';

/*
 * Bàn giao khi nghỉ việc, chuyển công tác (GET /api/handovers): the departures, open first, with
 * what is still held and the signatures; the HCTC head and the office chief record a new one
 * (the API's rule PERSONNEL_OFFICER_ONLY decides; the button is offered to them only).
 */

const staffOptions = () =>
  org()
    .users.filter((u) => !u.roles.includes('admin') && !u.roles.includes('auditor'))
    .map((u) => ({ value: u.id, label: u.fullName, group: org().departments.find((d) => d.id === u.departmentId)?.name ?? 'Lãnh đạo' }));

function mayRecord(user) {
  const hctc = org().departments.find((d) => d.code === 'HCTC');
  return user.roles.includes('office_chief') || (user.roles.includes('department_head') && user.departmentId === hctc?.id);
}

function recordDeparture() {
  openStepDialog({
    action: 'record',
    title: 'Ghi nhận nghỉ việc, chuyển công tác',
    spec: {
      intro: 'Danh sách công việc, hồ sơ, tài liệu người đó đang giữ được lập ngay từ hệ thống; từng mục được giao lại hoặc bàn giao trên giấy trước khi ký biên bản.',
      submitLabel: 'Ghi nhận',
      fields: [
        { name: 'userId', label: 'Người nghỉ việc, chuyển công tác', kind: 'select', required: true, options: staffOptions(), wide: true },
        { name: 'kind', label: 'Hình thức', kind: 'choice', required: true, options: Object.entries(DEPARTURE_KIND_LABELS).map(([value, label]) => ({ value, label })) },
        { name: 'lastWorkingDay', label: 'Ngày làm việc cuối cùng', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
        { name: 'receiverId', label: 'Người nhận bàn giao', kind: 'select', required: true, options: staffOptions(), wide: true, hint: 'Mặc định cho từng mục; có thể chọn người khác cho từng mục' },
        { name: 'decisionRef', label: 'Quyết định, văn bản', required: true, max: 300, hint: 'Số, ký hiệu, ví dụ 45/QĐ-VP' },
        { name: 'reason', label: 'Lý do', kind: 'textarea', max: 4000 },
      ],
      validate: (v) => (v.userId && v.userId === v.receiverId ? [{ field: 'receiverId', message: 'Người nhận bàn giao phải là người khác người bàn giao' }] : []),
    },
    path: '/api/handovers',
    then: (result) => navigate(`/ban-giao/${result.id}`),
  });
}

function table(items) {
  const headers = ['Người bàn giao', 'Hình thức', 'Ngày làm việc cuối', 'Người nhận', 'Còn giữ', 'Chữ ký', 'Trạng thái', 'Ghi nhận lúc'];
  const rows = items.map((item) =>
    row(
      [
        h('a', { href: `/ban-giao/${item.id}` }, item.userName),
        DEPARTURE_KIND_LABELS[item.kind] ?? item.kind,
        formatDate(item.lastWorkingDay),
        item.receiverName,
        h('td', { class: 'number', 'data-value': String(item.stillHeld) }, `${formatNumber(item.stillHeld)}/${formatNumber(item.items)}`),
        [item.signedByLeaver ? 'Người bàn giao' : null, item.signedByHead ? 'Trưởng phòng' : null].filter(Boolean).join(', ') || 'Chưa ký',
        handoverStatusBadge(item.status),
        formatDateTime(item.recordedAt),
      ],
      { 'data-id': item.id },
    ),
  );
  return scrollTable('Sổ theo dõi bàn giao khi thay đổi nhân sự', headers, rows, { 'data-testid': 'handover-list' });
}

export async function render(page, { user }) {
  const { items, total } = await get('/api/handovers');
  mount(
    page,
    pageTitle('Bàn giao công việc', 'Người nghỉ hưu, nghỉ việc, chuyển công tác phải bàn giao toàn bộ văn bản, hồ sơ, nhiệm vụ đang giữ trước khi được cho nghỉ (Quy chế làm việc, Điều 15).'),
    mayRecord(user) ? h('p', {}, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'record', onclick: recordDeparture }, 'Ghi nhận nghỉ việc, chuyển công tác')) : null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'handovers-heading' },
      h('h2', { id: 'handovers-heading' }, `Việc bàn giao (${formatNumber(total)})`),
      items.length ? table(items) : notice('Chưa có việc bàn giao nào.'),
    ),
  );
}
