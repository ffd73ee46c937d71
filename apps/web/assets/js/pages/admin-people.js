import { get } from '../api.js';
import { h, row, scrollTable } from '../dom.js';
import { org, roleLabel, departmentName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { adminPage, REASON_FIELD, showTemporaryPassword } from './admin-common.js';

/*
 * Người dùng (/quan-tri/nguoi-dung): every person, active or not. The administrator adds a
 * person (a temporary password shown once), changes roles and department, resets a password
 * (the person must change it at the next login), deactivates and reactivates — each with a reason,
 * each an event (GET/POST /api/admin/users…).
 */

/** The role codes of DOMAIN.md §1, in the order a form offers them. */
const ROLE_CODES = ['clerk', 'specialist', 'department_head', 'office_deputy_chief', 'office_chief', 'committee_vice_chairman', 'committee_chairman', 'onestop_officer', 'iso_secretary', 'auditor', 'admin'];

export async function render(page, { user }) {
  const { items } = await get('/api/admin/users');
  const active = items.filter((person) => person.active).length;
  adminPage(
    page,
    { title: 'Quản trị người dùng', subtitle: `${active} người đang làm việc, ${items.length - active} tài khoản đã khóa. Mọi thay đổi được ghi lại cùng lý do và người thực hiện.`, tab: '/quan-tri/nguoi-dung', user },
    h('div', { class: 'form-actions' }, h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'add-user', onclick: () => editUser(null) }, 'Thêm người dùng')),
    scrollTable(
      'Người dùng',
      ['Họ và tên', 'Tên đăng nhập', 'Vai trò', 'Phòng', 'Trạng thái', 'Thao tác'],
      items.map((person) =>
        row(
          [
            h('strong', {}, person.fullName),
            person.username,
            person.roles.map(roleLabel).join(', '),
            person.departmentId ? departmentName(person.departmentId) : '—',
            status(person),
            h('div', { class: 'row-actions' }, actionsFor(person, user)),
          ],
          { 'data-username': person.username, class: person.active ? null : 'inactive' },
        ),
      ),
      { 'data-testid': 'users-table' },
    ),
  );
}

function status(person) {
  if (!person.active) return h('span', { class: 'badge late' }, 'Đã khóa');
  if (person.mustChangePassword) return h('span', { class: 'badge soon' }, 'Chờ đổi mật khẩu');
  return h('span', { class: 'badge step-on_time' }, 'Đang hoạt động');
}

function actionsFor(person, me) {
  const button = (label, action, onclick) => h('button', { type: 'button', class: 'button button-small', 'data-action': action, onclick }, label);
  const simple = (action, title, intro) => () =>
    openStepDialog({ action, title, path: `/api/admin/users/${person.id}/${action}`, spec: { intro, fields: [REASON_FIELD] }, done: () => `${title}: ${person.fullName}` });
  if (!person.active) return [button('Mở khóa', 'reactivate', simple('reactivate', 'Mở khóa tài khoản', `${person.fullName} sẽ đăng nhập lại được bằng mật khẩu cũ.`))];
  return [
    button('Sửa', 'edit', () => editUser(person)),
    button('Đặt lại mật khẩu', 'reset-password', () =>
      openStepDialog({
        action: 'reset-password', title: 'Đặt lại mật khẩu', path: `/api/admin/users/${person.id}/reset-password`,
        spec: { intro: `Một mật khẩu tạm thời sẽ được tạo cho ${person.fullName}; mật khẩu cũ hết hiệu lực ngay.`, fields: [REASON_FIELD] },
        done: () => `Đã đặt lại mật khẩu của ${person.fullName}`,
        then: (result) => showTemporaryPassword(person.username, result.temporaryPassword),
      })),
    person.id === me.id ? null : button('Khóa', 'deactivate', simple('deactivate', 'Khóa tài khoản', `${person.fullName} không đăng nhập được nữa; phiên đang mở hết hiệu lực trong vòng 30 giây. Tài khoản không bị xóa.`)),
  ];
}

/** The person's form: new (with a username) or an existing person's profile. */
function editUser(person) {
  const departments = org().departments.map((d) => ({ value: d.id, label: d.name }));
  const fields = [
    ...(person ? [] : [{ name: 'username', label: 'Tên đăng nhập', required: true, max: 64, hint: 'Chữ thường không dấu, số, dấu chấm; ví dụ cv.kt3' }]),
    { name: 'fullName', label: 'Họ và tên', required: true, max: 200, value: person?.fullName },
    { name: 'departmentId', label: 'Phòng', kind: 'select', options: departments, placeholder: '— Không thuộc phòng —', value: person?.departmentId },
    { name: 'email', label: 'Thư điện tử', max: 254, value: person?.email ?? '' },
    { legend: 'Vai trò', class: 'role-choices', fields: ROLE_CODES.map((code) => ({ name: `roles.${code}`, label: roleLabel(code), kind: 'checkbox', value: person?.roles.includes(code) })) },
    REASON_FIELD,
  ];
  const toBody = (body) => {
    const { roles = {}, ...rest } = body;
    return { ...rest, departmentId: rest.departmentId || null, roles: ROLE_CODES.filter((code) => roles[code]) };
  };
  const validate = (values) => (ROLE_CODES.some((code) => values[`roles.${code}`]) ? [] : [{ field: 'roles', message: 'Cần chọn ít nhất một vai trò' }]);
  openStepDialog({
    action: person ? 'edit-user' : 'create-user',
    title: person ? `Sửa thông tin: ${person.fullName}` : 'Thêm người dùng',
    path: person ? `/api/admin/users/${person.id}/profile` : '/api/admin/users',
    spec: { fields, toBody, validate, submitLabel: person ? 'Lưu thay đổi' : 'Thêm người dùng' },
    done: () => (person ? `Đã lưu thông tin của ${person.fullName}` : 'Đã thêm người dùng'),
    then: person ? undefined : (result) => showTemporaryPassword('người dùng mới', result.temporaryPassword),
  });
}
