import { openDialog } from '../dialog.js';
import { h, mount, pageTitle } from '../dom.js';
import { reload } from '../router.js';

/** The administration pages, as tabs under one heading; the working calendar is one of them. */
const ADMIN_TABS = [
  ['/quan-tri/nguoi-dung', 'Người dùng', ['admin']],
  ['/quan-tri/to-chuc', 'Phòng và lĩnh vực', ['admin', 'auditor']],
  ['/quan-tri/lich-lam-viec', 'Lịch làm việc', ['admin', 'auditor']],
];

export function adminPage(page, { title, subtitle, tab, user }, ...content) {
  const tabs = ADMIN_TABS.filter(([, , roles]) => user.roles.some((role) => roles.includes(role)));
  return mount(
    page,
    pageTitle(title, subtitle),
    h('nav', { class: 'tabs', 'aria-label': 'Quản trị' }, tabs.map(([href, text]) => h('a', { href, class: 'tab', 'aria-current': href === tab ? 'page' : null }, text))),
    content,
  );
}

/** Every change of the organisation says why: a decision's number, a transfer, a request. */
export const REASON_FIELD = { name: 'reason', label: 'Lý do (số quyết định, đề nghị…)', kind: 'textarea', required: true, max: 4000, wide: true };

/** A temporary password is shown once, here, for the administrator to hand over; the server keeps only its hash. */
export function showTemporaryPassword(username, password) {
  const { dialog } = openDialog(
    'Mật khẩu tạm thời',
    h(
      'div',
      { class: 'temporary-password', 'data-testid': 'temporary-password' },
      h('p', {}, `Mật khẩu tạm thời của ${username} (chỉ hiển thị một lần; người dùng phải đổi mật khẩu ngay khi đăng nhập):`),
      h('p', { class: 'password-once' }, h('code', {}, password)),
    ),
    { testId: 'dialog-temporary-password' },
  );
  // The list behind shows the change once the password has been read.
  dialog.addEventListener('close', () => reload());
}
