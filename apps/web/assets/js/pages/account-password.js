import { post } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { createForm } from '../forms.js';
import { toast } from '../layout.js';
import { homeFor } from '../roles.js';
import { navigate } from '../router.js';

/** Đổi mật khẩu (/doi-mat-khau): POST /api/auth/password for everyone; after a reset, the only page that opens. */
export async function render(page, { query, user }) {
  const forced = query['bat-buoc'] === '1';
  const form = createForm({
    testId: 'password-form',
    submitLabel: 'Đổi mật khẩu',
    fields: [
      { name: 'currentPassword', label: forced ? 'Mật khẩu tạm thời' : 'Mật khẩu hiện tại', required: true, max: 200, autocomplete: 'current-password' },
      { name: 'newPassword', label: 'Mật khẩu mới', required: true, max: 200, autocomplete: 'new-password', hint: 'Ít nhất 10 ký tự, không chứa tên đăng nhập, không dùng mật khẩu phổ biến. Nên dùng một câu dễ nhớ.' },
      { name: 'confirm', label: 'Nhập lại mật khẩu mới', required: true, max: 200, autocomplete: 'new-password' },
    ],
    validate: (values) => (values.newPassword && values.confirm !== values.newPassword ? [{ field: 'confirm', message: 'Hai lần nhập mật khẩu mới không khớp' }] : []),
    toBody: ({ confirm: _confirm, ...body }) => body,
    async onSubmit(body) {
      await post('/api/auth/password', body);
      toast('Đã đổi mật khẩu');
      await navigate(homeFor(user), { replace: true });
    },
  });
  for (const input of form.querySelectorAll('input')) input.type = 'password';
  mount(
    page,
    pageTitle('Đổi mật khẩu', `Tài khoản ${user.username}`),
    forced ? notice('Bạn đang dùng mật khẩu tạm thời do quản trị hệ thống cấp. Hãy đặt mật khẩu mới trước khi tiếp tục làm việc.', 'error') : null,
    h('section', { class: 'card account-password' }, form),
  );
}
