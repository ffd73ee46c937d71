import {
  ALL_STAFF, AUDIT_ROLES, CATALOGUE_ROLES, CLERK_ROLES, DESK_ROLES, DOSSIER_NAV_ROLES, DOSSIER_ROLES, ISO_ROLES, LEADER_ROLES, ONESTOP_STATS_ROLES, REGISTER_ROLES,
  WORKING_STAFF,
} from './roles.js';

/**
 * The client routes: path, who may open it (`roles`), the navigation label (`nav`, if it has an
 * entry; `navRoles` when it is offered to fewer roles than may open it) and the page module,
 * loaded on demand. Every path here is answered by the server with index.html (SPA fallback);
 * a `public` route needs no login (the applicant's lookup opened by the slip's QR code).
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
  { path: '/mot-cua', title: 'Một cửa', nav: 'Một cửa', roles: DESK_ROLES, load: () => import('./pages/desk.js') },
  { path: '/mot-cua/tiep-nhan', title: 'Tiếp nhận hồ sơ', roles: DESK_ROLES, load: () => import('./pages/reception.js') },
  { path: '/ho-so', title: 'Hồ sơ một cửa', nav: 'Hồ sơ một cửa', roles: DOSSIER_ROLES, navRoles: DOSSIER_NAV_ROLES, load: () => import('./pages/dossiers.js') },
  { path: '/ho-so/:id', title: 'Hồ sơ một cửa', roles: DOSSIER_ROLES, load: () => import('./pages/dossier.js') },
  { path: '/danh-muc-tthc', title: 'Danh mục thủ tục hành chính', nav: 'Danh mục TTHC', roles: CATALOGUE_ROLES, load: () => import('./pages/procedures.js') },
  { path: '/danh-muc-tthc/thu-tuc', title: 'Thủ tục hành chính', roles: CATALOGUE_ROLES, load: () => import('./pages/procedure.js') },
  { path: '/thong-ke-mot-cua', title: 'Thống kê một cửa', nav: 'Thống kê một cửa', roles: ONESTOP_STATS_ROLES, load: () => import('./pages/onestop-stats.js') },
  { path: '/tra-cuu', title: 'Tra cứu hồ sơ', public: true, load: () => import('./pages/public-lookup.js') },
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
