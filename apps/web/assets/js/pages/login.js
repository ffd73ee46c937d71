import { post } from '../api.js';
import { h, mount, notice } from '../dom.js';
import { createForm } from '../forms.js';
import { forgetOrganisation } from '../reference.js';
import { homeFor } from '../roles.js';
import { navigate } from '../router.js';
import { currentSession, saveSession } from '../session.js';

/** Đăng nhập: POST /api/auth/login; the token is kept in sessionStorage (this tab only). */
export async function render(page, { query }) {
  const session = currentSession();
  const next = query.next && query.next.startsWith('/') && !query.next.startsWith('//') ? query.next : null;
  if (session) return navigate(next ?? homeFor(session.user), { replace: true });
  const form = createForm({
    testId: 'login-form',
    submitLabel: 'Đăng nhập',
    fields: [
      { name: 'username', label: 'Tên đăng nhập', required: true, max: 64, autocomplete: 'username' },
      { name: 'password', label: 'Mật khẩu', required: true, max: 200, autocomplete: 'current-password' },
    ],
    async onSubmit(body) {
      const answer = await post('/api/auth/login', body);
      forgetOrganisation();
      saveSession(answer.accessToken, answer.user);
      // After a reset the password is changed first: every other page would be refused (403 PASSWORD_CHANGE_REQUIRED).
      await navigate(answer.mustChangePassword ? '/doi-mat-khau?bat-buoc=1' : (next ?? homeFor(answer.user)), { replace: true });
    },
  });
  form.querySelector('input[name="password"]').type = 'password';
  mount(
    page,
    h(
      'section',
      { class: 'login' },
      h('div', { class: 'login-brand', 'aria-hidden': 'true' }, '★'),
      h('h1', { tabindex: '-1' }, 'Đăng nhập'),
      h('p', { class: 'subtitle' }, 'Hệ thống quản lý văn bản và hồ sơ công việc — Văn phòng Ủy ban nhân dân tỉnh'),
      next ? notice('Hãy đăng nhập để tiếp tục.') : null,
      form,
    ),
  );
}
