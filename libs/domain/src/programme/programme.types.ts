/*
 * The words of the Committee's work programme (chương trình công tác, QC Art. 8): the kinds of
 * paper an item is presented as, and the labels the pages and reports print.
 */

/** Hình thức văn bản trình: what the presenting agency brings to the Committee for an item. */
export const PAPER_KINDS = ['submission', 'scheme', 'report', 'plan', 'decision_draft', 'other'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const PAPER_KIND_LABELS: Readonly<Record<PaperKind, string>> = {
  submission: 'Tờ trình',
  scheme: 'Đề án',
  report: 'Báo cáo',
  plan: 'Kế hoạch',
  decision_draft: 'Dự thảo quyết định',
  other: 'Văn bản khác',
};

/**
 * Cơ quan trình: a department of the Office (by id, its name copied) or an agency outside it (a
 * department of the province, a district's committee: by name, as the directives name agencies).
 */
export type PresentingAgency = { departmentId: string | null; name: string };

/**
 * Where an item stands in a report, as of a day (computed by the read model's queries, never stored):
 * hồ sơ trình đúng hạn, trễ hạn, rút khỏi chương trình, chưa đến hạn, quá hạn chưa trình.
 */
export const ITEM_STANDINGS = ['on_time', 'late', 'withdrawn', 'not_yet_due', 'overdue'] as const;
export type ItemStanding = (typeof ITEM_STANDINGS)[number];

export const ITEM_STANDING_LABELS: Readonly<Record<ItemStanding, string>> = {
  on_time: 'Trình đúng hạn',
  late: 'Trình trễ hạn',
  withdrawn: 'Rút khỏi chương trình',
  not_yet_due: 'Chưa đến hạn',
  overdue: 'Quá hạn chưa trình',
};
