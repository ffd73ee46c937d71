import type { InternalAuditState } from './internal-audit.state';
import type { LegalChangeState } from './legal-change.state';
import type { NonconformityState } from './nonconformity.state';

type StatusOf<S extends { status: string }> = Exclude<S['status'], 'none'>;

/** What a refusal tells the user about where a record stands, in Vietnamese. */
export const LEGAL_CHANGE_STATUS_LABELS: Record<StatusOf<LegalChangeState>, string> = {
  registered: 'chờ đánh giá tác động',
  revising: 'đang cập nhật quy trình',
  no_impact: 'không phải cập nhật',
  incorporated: 'đã cập nhật quy trình',
};

export const NONCONFORMITY_STATUS_LABELS: Record<StatusOf<NonconformityState>, string> = {
  raised: 'mới ghi nhận',
  analysed: 'đã phân tích nguyên nhân',
  action_planned: 'đang thực hiện hành động khắc phục',
  implemented: 'chờ kiểm tra hiệu lực',
  verified: 'đã kiểm tra, có hiệu lực',
  closed: 'đã đóng',
};

export const INTERNAL_AUDIT_STATUS_LABELS: Record<StatusOf<InternalAuditState>, string> = {
  planned: 'chờ phê duyệt kế hoạch',
  approved: 'đã phê duyệt kế hoạch',
  conducted: 'đã đánh giá, chờ báo cáo',
  reported: 'đã báo cáo',
  closed: 'đã kết thúc',
};
