import { get } from '../api.js';
import { h, notice, row, scrollTable } from '../dom.js';
import { formatDateTime, parseDateTime } from '../format.js';
import { org } from '../reference.js';
import { setQuery } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { adminPage, REASON_FIELD } from './admin-common.js';

/*
 * Phòng và lĩnh vực (/quan-tri/to-chuc): the departments and who is in charge of each field, now
 * or as on any instant (`?luc=`, GET /api/org?at=), and every change with its reason, who made it
 * and the period it was in force (GET /api/org/history). The administrator reassigns a field from
 * a date; an auditor reads.
 */

const CHANGE_LABELS = {
  DepartmentCreated: 'Thành lập phòng', DepartmentRenamed: 'Đổi tên phòng',
  UserCreated: 'Thêm người dùng', UserChanged: 'Đổi vai trò, phòng', UserDeactivated: 'Khóa tài khoản', UserReactivated: 'Mở khóa tài khoản',
  UserPasswordReset: 'Đặt lại mật khẩu', UserPasswordChanged: 'Tự đổi mật khẩu',
  FieldCreated: 'Thêm lĩnh vực', FieldAssigned: 'Phân công lại lĩnh vực',
};
/** The latest changes shown; the rest stay in GET /api/org/history and the audit timeline. */
const HISTORY_ROWS = 30;
const OFFICE_LEADERS = ['office_chief', 'office_deputy_chief'];
const COMMITTEE_LEADERS = ['committee_chairman', 'committee_vice_chairman'];

export async function render(page, { query, user }) {
  const at = query.luc && parseDateTime(query.luc) ? parseDateTime(query.luc) : undefined;
  const [organisation, history] = await Promise.all([get('/api/org', { at }), get('/api/org/history', { limit: HISTORY_ROWS })]);
  const isAdmin = user.roles.includes('admin') && !at;
  const nameOf = (id) => organisation.users.find((u) => u.id === id)?.fullName ?? org().users.find((u) => u.id === id)?.fullName ?? id;
  const departmentOf = (id) => organisation.departments.find((d) => d.id === id)?.name ?? id;
  adminPage(
    page,
    { title: 'Phòng và lĩnh vực', subtitle: 'Ai phụ trách lĩnh vực nào, từ khi nào: mọi quyết định xử lý văn bản dùng phân công có hiệu lực tại thời điểm đó.', tab: '/quan-tri/to-chuc', user },
    atForm(query),
    at ? notice(`Cơ cấu tổ chức tại ${formatDateTime(at)}.`) : null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'org-fields-title' },
      h('h2', { id: 'org-fields-title' }, 'Lĩnh vực và lãnh đạo phụ trách'),
      scrollTable(
        null,
        ['Mã', 'Lĩnh vực', 'Phòng chủ trì', 'Lãnh đạo Văn phòng phụ trách', 'Lãnh đạo UBND phụ trách', ...(isAdmin ? ['Thao tác'] : [])],
        organisation.fields.map((field) =>
          row([
            field.code, h('strong', {}, field.name), departmentOf(field.departmentId), nameOf(field.officeLeaderId), nameOf(field.committeeLeaderId),
            ...(isAdmin ? [h('button', { type: 'button', class: 'button button-small', 'data-action': 'assign-field', onclick: () => assignField(field, organisation) }, 'Phân công lại')] : []),
          ], { 'data-field': field.code }),
        ),
        { 'data-testid': 'fields-table' },
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'org-departments-title' },
      h('h2', { id: 'org-departments-title' }, 'Phòng'),
      isAdmin ? h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'button', 'data-action': 'create-department', onclick: createDepartment }, 'Thêm phòng')) : null,
      scrollTable(null, ['Mã', 'Tên phòng', 'Số người'], organisation.departments.map((d) => row([d.code, d.name, String(organisation.users.filter((u) => u.departmentId === d.id).length)]))),
    ),
    historyCard(history.items),
  );
}

function atForm(query) {
  const input = h('input', { id: 'org-at', type: 'text', placeholder: 'dd/mm/yyyy HH:mm', value: query.luc ?? '', autocomplete: 'off' });
  return h(
    'form',
    { class: 'card cal-at', 'data-testid': 'org-at', onsubmit: (event) => { event.preventDefault(); setQuery({ luc: input.value.trim() || undefined }); } },
    h('label', { for: 'org-at' }, 'Xem cơ cấu như tại thời điểm (giờ Hà Nội)'),
    h('div', { class: 'cal-at-row' }, input, h('button', { type: 'submit', class: 'button' }, 'Xem'), query.luc ? h('a', { class: 'button button-quiet', href: '/quan-tri/to-chuc' }, 'Hiện tại') : null),
  );
}

function historyCard(changes) {
  const period = (change) => (change.validFrom ? `${formatDateTime(change.validFrom)} → ${change.validTo ? formatDateTime(change.validTo) : 'nay'}` : '—');
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'org-history-title' },
    h('h2', { id: 'org-history-title' }, 'Lịch sử thay đổi'),
    h('p', { class: 'hint' }, `${HISTORY_ROWS} thay đổi gần nhất, mới nhất trước; “Hiệu lực” là khoảng thời gian phiên bản đó được áp dụng.`),
    scrollTable(
      null,
      ['Ghi nhận lúc', 'Thay đổi', 'Đối tượng', 'Hiệu lực', 'Lý do', 'Người thực hiện'],
      changes.map((change) =>
        row([formatDateTime(change.recordedAt), CHANGE_LABELS[change.type] ?? change.type, change.subjectName ?? change.subjectKey, period(change), change.reason, change.actor.name ?? 'Hệ thống']),
      ),
      { 'data-testid': 'org-history' },
    ),
  );
}

function assignField(field, organisation) {
  const people = (roles) => organisation.users.filter((u) => u.roles.some((r) => roles.includes(r))).map((u) => ({ value: u.id, label: u.fullName }));
  openStepDialog({
    action: 'assign-field',
    title: `Phân công lại lĩnh vực ${field.name}`,
    path: `/api/admin/fields/${encodeURIComponent(field.code)}/assign`,
    spec: {
      intro: 'Văn bản đã trình trước thời điểm hiệu lực vẫn do lãnh đạo đã được trình ký; việc trình sau đó phải trình lãnh đạo mới.',
      fields: [
        { name: 'departmentId', label: 'Phòng chủ trì', kind: 'select', required: true, options: organisation.departments.map((d) => ({ value: d.id, label: d.name })), value: field.departmentId },
        { name: 'officeLeaderId', label: 'Lãnh đạo Văn phòng phụ trách', kind: 'select', required: true, options: people(OFFICE_LEADERS), value: field.officeLeaderId },
        { name: 'committeeLeaderId', label: 'Lãnh đạo UBND phụ trách', kind: 'select', required: true, options: people(COMMITTEE_LEADERS), value: field.committeeLeaderId },
        { name: 'effectiveFrom', label: 'Hiệu lực từ', kind: 'datetime', hint: 'Để trống: có hiệu lực ngay. Không được sau thời điểm hiện tại.' },
        REASON_FIELD,
      ],
      submitLabel: 'Phân công',
    },
    done: () => `Đã phân công lại lĩnh vực ${field.name}`,
  });
}

function createDepartment() {
  openStepDialog({
    action: 'create-department',
    title: 'Thêm phòng',
    path: '/api/admin/departments',
    spec: { fields: [{ name: 'code', label: 'Mã phòng', required: true, max: 16, hint: 'Chữ in hoa, ví dụ KHCN' }, { name: 'name', label: 'Tên phòng', required: true, max: 200 }, REASON_FIELD] },
    done: () => 'Đã thêm phòng',
  });
}
