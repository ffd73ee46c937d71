import { ALL_STAFF, AUDIT_ROLES, CLERK_ROLES, ISO_ROLES, LEADER_ROLES, REGISTER_ROLES, WORKING_STAFF } from './roles.js';

/**
 * The client routes: path, who may open it (`roles`), the navigation label (`nav`, if it has an
 * entry) and the page module, loaded on demand. Every path here is answered by the server with
 * index.html (SPA fallback).
 */
export const ROUTES = [
  { path: '/dang-nhap', title: 'Đăng nhập', public: true, load: () => import('./pages/login.js') },
  { path: '/tong-quan', title: 'Tổng quan', nav: 'Tổng quan', roles: LEADER_ROLES, load: () => import('./pages/dashboard.js') },
  { path: '/viec-cua-toi', title: 'Việc của tôi', nav: 'Việc của tôi', roles: WORKING_STAFF, load: () => import('./pages/queue.js') },
  { path: '/van-ban', title: 'Văn bản', nav: 'Văn bản', roles: ALL_STAFF, load: () => import('./pages/documents.js') },
  { path: '/van-ban/dang-ky', title: 'Đăng ký văn bản đến', nav: 'Đăng ký văn bản đến', roles: CLERK_ROLES, load: () => import('./pages/register-document.js') },
  { path: '/van-ban/:id', title: 'Văn bản', roles: ALL_STAFF, load: () => import('./pages/document.js') },
  { path: '/so-dang-ky', title: 'Sổ đăng ký văn bản', nav: 'Sổ đăng ký', roles: REGISTER_ROLES, load: () => import('./pages/registers.js') },
  { path: '/kiem-toan', title: 'Kiểm toán', nav: 'Kiểm toán', roles: AUDIT_ROLES, load: () => import('./pages/audit.js') },
  { path: '/kiem-toan/:id', title: 'Kiểm toán văn bản', roles: AUDIT_ROLES, load: () => import('./pages/audit.js') },
  { path: '/iso', title: 'ISO 9001 — tuân thủ quy trình', nav: 'ISO', roles: ISO_ROLES, load: () => import('./pages/iso.js') },
];

/** The route matching `pathname`, with its `:params`; static segments win over parameters. */
export function matchRoute(pathname) {
  const segments = pathname.replace(/\/+$/, '').split('/').filter(Boolean);
  let best = null;
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter(Boolean);
    if (pattern.length !== segments.length) continue;
    const params = {};
    let score = 0;
    const matches = pattern.every((part, i) => {
      if (part.startsWith(':')) {
        params[part.slice(1)] = decodeURIComponent(segments[i]);
        return true;
      }
      score += 1;
      return part === segments[i];
    });
    if (matches && (!best || score > best.score)) best = { route, params, score };
  }
  return best;
}
