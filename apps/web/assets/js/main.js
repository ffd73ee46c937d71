import { ApiError } from './api.js';
import { h, mount, notice, pageTitle } from './dom.js';
import { renderHeader, toast } from './layout.js';
import { forgetOrganisation, loadOrganisation, loadReference } from './reference.js';
import { allows, homeFor } from './roles.js';
import { matchRoute, ROUTES } from './routes.js';
import { navigate, queryOf, startRouter } from './router.js';
import { clearSession, currentSession } from './session.js';

const TITLE = 'Văn phòng UBND tỉnh';
const main = document.getElementById('main');
const header = document.getElementById('app-header');
let cleanup = null;
let generation = 0;

function signOut() {
  clearSession();
  forgetOrganisation();
  navigate('/dang-nhap');
}

function refused(route) {
  return [
    pageTitle('Không có quyền truy cập'),
    h('div', { class: 'card', 'data-testid': 'forbidden' }, notice(`Trang “${route.title}” không dành cho vai trò của bạn. Hãy chọn một mục trong thanh điều hướng.`, 'error')),
  ];
}

function notFound() {
  return [pageTitle('Không tìm thấy trang'), h('div', { class: 'card' }, notice('Địa chỉ này không có trong ứng dụng.', 'error'), h('a', { href: '/' }, 'Về trang đầu'))];
}

function failure(error) {
  const message = error instanceof ApiError ? error.message : 'Đã xảy ra lỗi khi hiển thị trang; hãy tải lại.';
  if (!(error instanceof ApiError)) console.error(error);
  return [pageTitle(error?.status === 404 ? 'Không tìm thấy' : 'Không hiển thị được trang'), h('div', { class: 'card' }, notice(message, 'error'))];
}

/** Renders one location: checks the session and the role, then hands over to the page module. */
async function render(url) {
  const mine = ++generation;
  cleanup?.();
  cleanup = null;
  // A step's dialog belongs to the page it was opened on (and a 401 sends the user to the login page).
  for (const dialog of document.querySelectorAll('dialog[open]')) dialog.close();
  const session = currentSession();
  if (url.pathname === '/' || url.pathname === '') return navigate(session ? homeFor(session.user) : '/dang-nhap', { replace: true });
  const found = matchRoute(url.pathname);
  if (found && !found.route.public && !session) return navigate(`/dang-nhap?next=${encodeURIComponent(url.pathname + url.search)}`, { replace: true });
  renderHeader(header, { user: session?.user, pathname: url.pathname, routes: ROUTES, onSignOut: signOut });
  const view = h('div', { class: 'view', 'data-generation': String(mine) });
  mount(main, view);
  document.title = found ? `${found.route.title} — ${TITLE}` : TITLE;
  try {
    if (!found) mount(view, ...notFound());
    else if (!found.route.public && !allows(session.user, found.route.roles)) mount(view, ...refused(found.route));
    else {
      const page = h('div', { class: 'page' }, h('p', { class: 'loading', role: 'status' }, 'Đang tải…'));
      mount(view, page);
      if (session) await loadOrganisation();
      const module = await found.route.load();
      if (mine !== generation) return;
      // The page fills its own element; if the user has navigated away meanwhile it is simply detached.
      const result = await module.render(page, { params: found.params, query: queryOf(url), url, user: session?.user ?? null });
      if (mine !== generation) return typeof result === 'function' ? result() : undefined;
      cleanup = typeof result === 'function' ? result : null;
    }
  } catch (error) {
    if (mine === generation) mount(view, ...failure(error));
  }
  if (mine === generation) {
    view.dataset.ready = 'true';
    main.dataset.route = found?.route.path ?? 'not-found';
    (main.querySelector('h1') ?? main).focus({ preventScroll: true });
  }
}

window.addEventListener('session:expired', (event) => {
  toast(event.detail ?? 'Phiên đăng nhập đã hết hạn', 'error');
  navigate(`/dang-nhap?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
});

loadReference()
  .then(() => startRouter(render))
  .catch((error) => mount(main, notice(error.message, 'error')));
