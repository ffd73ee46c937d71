import { DOCUMENT_STATUS_LABELS, type DocumentStatus } from '@office/domain';

/** Vai trò: the Vietnamese name of each role code of DOMAIN.md §1 (and the system account). */
export const ROLE_LABELS: Readonly<Record<string, string>> = {
  clerk: 'Văn thư',
  specialist: 'Chuyên viên',
  department_head: 'Trưởng phòng',
  office_deputy_chief: 'Phó Chánh Văn phòng',
  office_chief: 'Chánh Văn phòng',
  committee_vice_chairman: 'Phó Chủ tịch UBND tỉnh',
  committee_chairman: 'Chủ tịch UBND tỉnh',
  onestop_officer: 'Cán bộ một cửa',
  iso_secretary: 'Thư ký ISO',
  auditor: 'Kiểm toán viên',
  admin: 'Quản trị hệ thống',
  system: 'Hệ thống',
};

/** Bước: what each event type means as a step of office work, in Vietnamese. */
export const STEP_LABELS: Readonly<Record<string, string>> = {
  DocumentReceived: 'Tiếp nhận, đăng ký văn bản đến',
  DocumentDistributed: 'Phân phối, cho ý kiến chỉ đạo',
  DocumentAssigned: 'Giao chuyên viên xử lý',
  DocumentReturned: 'Trả lại văn thư do chuyển sai',
  DocumentAppraised: 'Thẩm định hồ sơ',
  SupplementRequested: 'Yêu cầu bổ sung hồ sơ',
  SupplementReceived: 'Nhận hồ sơ bổ sung',
  DocumentSubmitted: 'Trình lãnh đạo (phiếu trình)',
  SubmissionInitialled: 'Ký nháy phiếu trình',
  SubmissionReturned: 'Không đồng ý, trả lại phiếu trình',
  DocumentSigned: 'Ký ban hành',
  SubmissionRejected: 'Lãnh đạo không ký, trả lại',
  DocumentIssued: 'Phát hành văn bản đi',
  DocumentArchived: 'Lập hồ sơ, lưu trữ',
  DeadlineExtended: 'Gia hạn thời hạn giải quyết',
  DocumentFileAttached: 'Đính kèm tệp',
  DossierFileAttached: 'Đính kèm tệp vào hồ sơ',
  DocumentViewed: 'Xem văn bản (được ghi nhận)',
  AuditRecordViewed: 'Kiểm toán viên xem dữ liệu',
  DigestPublished: 'Công bố bản tóm lược nhật ký',
  NumbersReserved: 'Giữ số',
  NumberUsed: 'Sử dụng số',
  NumberVoided: 'Hủy số',
};

export const roleLabel = (role: string): string => ROLE_LABELS[role] ?? role;
export const stepLabel = (type: string): string => STEP_LABELS[type] ?? type;
export const statusLabel = (status: DocumentStatus | 'none'): string => DOCUMENT_STATUS_LABELS[status] ?? status;

const HANOI_OFFSET_MS = 7 * 3_600_000;
const two = (n: number) => String(n).padStart(2, '0');

/** '2026-03-05T02:07:00Z' → '05/03/2026 09:07' (Asia/Ho_Chi_Minh, UTC+7 all year: no daylight saving). */
export function hanoiDateTime(instant: string | Date): string {
  const ms = (instant instanceof Date ? instant.getTime() : Date.parse(instant)) + HANOI_OFFSET_MS;
  if (Number.isNaN(ms)) return String(instant);
  const t = new Date(ms);
  return `${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
}

/** '2026-03-05' → '05/03/2026'. */
export function vietnameseDay(day: string | null | undefined): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** The clocks of DOMAIN.md §3 in Vietnamese. */
export const CLOCK_LABELS: Readonly<Record<string, string>> = {
  distribute: 'Phân phối',
  supplement: 'Yêu cầu bổ sung',
  submit: 'Thẩm định, trình',
  issue: 'Phát hành',
  leader: 'Hạn lãnh đạo giao',
};

export const DEADLINE_STATE_LABELS: Readonly<Record<string, string>> = { pending: 'đang chờ', on_time: 'đúng hạn', late: 'trễ hạn' };
