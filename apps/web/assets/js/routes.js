import {
  ALL_STAFF, AUDIT_ROLES, CATALOGUE_ROLES, CLERK_ROLES, DESK_ROLES, DOSSIER_NAV_ROLES, DOSSIER_ROLES, ISO_ROLES, LEADER_ROLES, ONESTOP_STATS_ROLES, REGISTER_ROLES,
  WORKING_STAFF,
} from './roles.js';
import { DIRECTIVE_REPORT_ROLES, DIRECTIVE_ROLES } from './roles.js';
import { CALENDAR_ROLES } from './roles.js';
import { HANDOVER_NAV_ROLES } from './roles.js';
import { ADMIN_ROLES, ORGANISATION_READER_ROLES } from './roles.js';
import { DELEGATION_NAV_ROLES } from './roles.js';
import { RECORDS_ROLES } from './roles.js';
import { EXCHANGE_ROLES } from './roles.js';
import { SCHEDULE_NAV_ROLES } from './roles.js';

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
  { path: '/cuoc-hop', title: 'Cuộc họp', nav: 'Cuộc họp', roles: DIRECTIVE_ROLES, load: () => import('./pages/meetings.js') },
  { path: '/cuoc-hop/:id', title: 'Cuộc họp', roles: DIRECTIVE_ROLES, load: () => import('./pages/meeting.js') },
  { path: '/nhiem-vu', title: 'Sổ theo dõi nhiệm vụ', nav: 'Nhiệm vụ', roles: DIRECTIVE_ROLES, load: () => import('./pages/directives.js') },
  { path: '/nhiem-vu/bao-cao', title: 'Báo cáo kết quả thực hiện nhiệm vụ', roles: DIRECTIVE_REPORT_ROLES, load: () => import('./pages/directive-report.js') },
  { path: '/nhiem-vu/:id', title: 'Nhiệm vụ', roles: DIRECTIVE_ROLES, load: () => import('./pages/directive.js') },
  { path: '/lich-cong-tac', title: 'Lịch công tác tuần', nav: 'Lịch công tác', roles: ALL_STAFF, navRoles: SCHEDULE_NAV_ROLES, load: () => import('./pages/schedule.js') },
  { path: '/chuong-trinh-cong-tac', title: 'Chương trình công tác', nav: 'Chương trình công tác', roles: DIRECTIVE_ROLES, load: () => import('./pages/programme.js') },
  { path: '/kiem-toan', title: 'Kiểm toán', nav: 'Kiểm toán', roles: AUDIT_ROLES, load: () => import('./pages/audit.js') },
  { path: '/kiem-toan/:id', title: 'Kiểm toán văn bản', roles: AUDIT_ROLES, load: () => import('./pages/audit.js') },
  { path: '/iso', title: 'ISO 9001 — tuân thủ quy trình', nav: 'ISO', roles: ISO_ROLES, load: () => import('./pages/iso.js') },
  { path: '/iso/thay-doi-phap-ly', title: 'Thay đổi văn bản pháp luật', roles: ISO_ROLES, load: () => import('./pages/iso-legal-changes.js') },
  { path: '/iso/thay-doi-phap-ly/:id', title: 'Thay đổi văn bản pháp luật', roles: ISO_ROLES, load: () => import('./pages/iso-legal-changes.js') },
  { path: '/iso/khong-phu-hop', title: 'Điểm không phù hợp và hành động khắc phục', roles: ISO_ROLES, load: () => import('./pages/iso-nonconformities.js') },
  { path: '/iso/khong-phu-hop/:id', title: 'Điểm không phù hợp', roles: ISO_ROLES, load: () => import('./pages/iso-nonconformities.js') },
  { path: '/iso/danh-gia-noi-bo', title: 'Đánh giá nội bộ', roles: ISO_ROLES, load: () => import('./pages/iso-audits.js') },
  { path: '/iso/danh-gia-noi-bo/:id', title: 'Cuộc đánh giá nội bộ', roles: ISO_ROLES, load: () => import('./pages/iso-audits.js') },
  { path: '/iso/xem-xet', title: 'Xem xét của lãnh đạo và công bố', roles: ISO_ROLES, load: () => import('./pages/iso-reviews.js') },
  { path: '/iso/xem-xet/:id', title: 'Cuộc xem xét của lãnh đạo', roles: ISO_ROLES, load: () => import('./pages/iso-reviews.js') },
  { path: '/iso/cong-bo/:id', title: 'Công bố hệ thống quản lý chất lượng', roles: ISO_ROLES, load: () => import('./pages/iso-reviews.js') },
  { path: '/iso/tu-kiem-tra', title: 'Tự kiểm tra hệ thống quản lý chất lượng', roles: ISO_ROLES, load: () => import('./pages/iso-self-check.js') },
  { path: '/mot-cua', title: 'Một cửa', nav: 'Một cửa', roles: DESK_ROLES, load: () => import('./pages/desk.js') },
  { path: '/mot-cua/tiep-nhan', title: 'Tiếp nhận hồ sơ', roles: DESK_ROLES, load: () => import('./pages/reception.js') },
  { path: '/ho-so', title: 'Hồ sơ một cửa', nav: 'Hồ sơ một cửa', roles: DOSSIER_ROLES, navRoles: DOSSIER_NAV_ROLES, load: () => import('./pages/dossiers.js') },
  { path: '/ho-so/:id', title: 'Hồ sơ một cửa', roles: DOSSIER_ROLES, load: () => import('./pages/dossier.js') },
  { path: '/danh-muc-tthc', title: 'Danh mục thủ tục hành chính', nav: 'Danh mục TTHC', roles: CATALOGUE_ROLES, load: () => import('./pages/procedures.js') },
  { path: '/danh-muc-tthc/thu-tuc', title: 'Thủ tục hành chính', roles: CATALOGUE_ROLES, load: () => import('./pages/procedure.js') },
  { path: '/thong-ke-mot-cua', title: 'Thống kê một cửa', nav: 'Thống kê một cửa', roles: ONESTOP_STATS_ROLES, load: () => import('./pages/onestop-stats.js') },
  { path: '/quan-tri/nguoi-dung', title: 'Quản trị người dùng', nav: 'Quản trị', roles: ADMIN_ROLES, load: () => import('./pages/admin-people.js') },
  { path: '/quan-tri/to-chuc', title: 'Phòng và lĩnh vực', nav: 'Tổ chức', roles: ORGANISATION_READER_ROLES, navRoles: ['auditor'], load: () => import('./pages/admin-organisation.js') },
  { path: '/doi-mat-khau', title: 'Đổi mật khẩu', roles: ALL_STAFF, load: () => import('./pages/account-password.js') },
  { path: '/quan-tri/lich-lam-viec', title: 'Lịch làm việc', roles: CALENDAR_ROLES, load: () => import('./pages/admin-calendar.js') },
  { path: '/ban-giao', title: 'Bàn giao công việc', nav: 'Bàn giao', roles: ALL_STAFF, navRoles: HANDOVER_NAV_ROLES, load: () => import('./pages/handovers.js') },
  { path: '/ban-giao/:id', title: 'Bàn giao công việc', roles: ALL_STAFF, load: () => import('./pages/handover.js') },
  { path: '/uy-quyen', title: 'Ủy quyền ký', nav: 'Ủy quyền ký', roles: ALL_STAFF, navRoles: DELEGATION_NAV_ROLES, load: () => import('./pages/delegations.js') },
  { path: '/vang-mat', title: 'Nghỉ phép, công tác', nav: 'Nghỉ phép, công tác', roles: ALL_STAFF, navRoles: WORKING_STAFF, load: () => import('./pages/absences.js') },
  { path: '/ho-so-luu-tru', title: 'Hồ sơ lưu trữ', nav: 'Hồ sơ lưu trữ', roles: RECORDS_ROLES, load: () => import('./pages/records.js') },
  { path: '/ho-so-luu-tru/ho-so/:id', title: 'Hồ sơ công việc', roles: RECORDS_ROLES, load: () => import('./pages/records-case-file.js') },
  { path: '/ho-so-luu-tru/nop-luu/:period', title: 'Đợt nộp lưu', roles: RECORDS_ROLES, load: () => import('./pages/records-deposit.js') },
  { path: '/lien-thong', title: 'Liên thông văn bản', nav: 'Liên thông', roles: EXCHANGE_ROLES, load: () => import('./pages/exchange.js') },
  { path: '/cai-dat-thong-bao', title: 'Cài đặt thông báo', roles: ALL_STAFF, load: () => import('./pages/notice-settings.js') },
  { path: '/tra-cuu', title: 'Tra cứu hồ sơ', public: true, load: () => import('./pages/public-lookup.js') },
  { path: '/lich-tuan', title: 'Lịch công tác tuần', public: true, load: () => import('./pages/schedule-public.js') },
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
