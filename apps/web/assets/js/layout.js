import { showCounters } from './counters.js';
import { h, mount } from './dom.js';
import { mountNoticeBell, stopNotices } from './notices.js';
import { allows } from './roles.js';
import { roleLabel } from './reference.js';

/**
 * The header: brand, navigation by role (the `routes` with a `nav` label the user may open, or
 * is meant to find there: `navRoles`), who is signed in and a sign-out button. On a phone the
 * navigation folds behind a "Menu" button. The routes are handed in (main.js) rather than
 * imported, so that pages can use the toast without an import circle through the routes.
 */
export function renderHeader(header, { user, pathname, routes, onSignOut }) {
  if (!user) {
    header.hidden = true;
    stopNotices();
    mount(header);
    return;
  }
  header.hidden = false;
  const entries = routes.filter((route) => route.nav && allows(user, route.navRoles ?? route.roles));
  const current = entries.filter((route) => pathname === route.path || pathname.startsWith(`${route.path}/`)).sort((a, b) => b.path.length - a.path.length)[0];
  const nav = h(
    'nav',
    { id: 'main-nav', class: 'main-nav', 'aria-label': 'Điều hướng chính' },
    h('ul', {}, entries.map((route) => h('li', {}, h('a', { href: route.path, 'aria-current': route === current ? 'page' : null }, route.nav)))),
  );
  const toggle = h('button', { type: 'button', class: 'nav-toggle', 'aria-expanded': 'false', 'aria-controls': 'main-nav' }, 'Menu');
  toggle.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    nav.classList.toggle('open', open);
  });
  const roles = user.roles.map((role) => roleLabel(role)).join(', ');
  // Pending work finds the person: the bell with its live notices, and counters on the navigation.
  const bell = h('div', { class: 'notice-slot' });
  mountNoticeBell(bell, { toast });
  void showCounters(nav);
  mount(
    header,
    h(
      'div',
      { class: 'header-bar' },
      h('a', { class: 'brand', href: '/' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '★'), h('span', {}, h('strong', {}, 'Văn phòng UBND tỉnh'), h('small', {}, 'Quản lý văn bản và hồ sơ công việc'))),
      toggle,
      h(
        'div',
        { class: 'user-box' },
        bell,
        // The name opens the person's own account page (Đổi mật khẩu), for everyone.
        h('a', { class: 'user-name', href: '/doi-mat-khau', title: 'Đổi mật khẩu', 'data-testid': 'current-user' }, user.fullName, h('small', {}, roles)),
        h('button', { type: 'button', class: 'button button-quiet', onclick: onSignOut }, 'Đăng xuất'),
      ),
    ),
    nav,
  );
}

let toastTimer = null;

/** A short confirmation after an action, read out by screen readers (role=status). */
export function toast(message, kind = 'success') {
  const element = document.getElementById('toast');
  element.textContent = message;
  element.dataset.kind = kind;
  element.classList.add('visible');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => element.classList.remove('visible'), 6000);
}
