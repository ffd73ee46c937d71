import type { PaperKind } from '@office/domain';

/** What the demo's departments and agencies propose for a month's programme: a title (with the month), who presents, who is in charge, the paper. */
export interface DemoProgrammeItem {
  title: (month: number, year: number) => string;
  /** A department of the Office by its code, or an agency by name. */
  department?: string;
  agency?: string;
  leader: string;
  paperKind: PaperKind;
}

export const DEMO_ITEMS: readonly DemoProgrammeItem[] = [
  { title: (m, y) => `Báo cáo tình hình kinh tế – xã hội tháng ${m}/${y}`, department: 'TH', leader: 'chu.tich', paperKind: 'report' },
  { title: (m, y) => `Tờ trình điều chỉnh kế hoạch đầu tư công (đợt tháng ${m}/${y})`, agency: 'Sở Kế hoạch và Đầu tư', leader: 'pho.chu.tich.kt', paperKind: 'submission' },
  { title: (m) => `Đề án nâng cao chất lượng khám chữa bệnh tuyến cơ sở (giai đoạn ${m})`, agency: 'Sở Y tế', leader: 'pho.chu.tich.vx', paperKind: 'scheme' },
  { title: (m, y) => `Kế hoạch thu ngân sách và quản lý chi tháng ${m}/${y}`, agency: 'Sở Tài chính', leader: 'pho.chu.tich.kt', paperKind: 'plan' },
  { title: (m) => `Dự thảo quyết định quy định giá dịch vụ (đợt ${m})`, department: 'KT', leader: 'pho.chu.tich.kt', paperKind: 'decision_draft' },
];

/** A slip General Affairs returns: the matter is an agency's own. */
export const RETURNED_ITEM: DemoProgrammeItem = { title: (m) => `Báo cáo công tác tuyển sinh (đợt ${m})`, agency: 'Sở Giáo dục và Đào tạo', leader: 'pho.chu.tich.vx', paperKind: 'report' };
