import type { LocalDate } from '../calendar';
import type { Retention } from '../document';

/*
 * The vocabulary of files and archives (hồ sơ, lưu trữ; DOMAIN.md §9, research/next-domains.md §D).
 * A retention period (thời hạn bảo quản) is `permanent` (vĩnh viễn) or a number of years, as for a
 * document's archive step.
 */

/** Một dòng của bảng thời hạn bảo quản: a kind of record, its minimum period, the item of TT 10/2022 it comes from. */
export type RetentionRule = { category: string; label: string; period: Retention; source: string };

/** Hồ sơ giấy / hồ sơ điện tử: they are deposited on different clocks (1 year / 60 days). */
export const RECORD_MEDIA = ['paper', 'digital'] as const;
export type RecordMedium = (typeof RECORD_MEDIA)[number];

/** What may be filed into a case file: an incoming or outgoing document, a one-stop dossier, a directive (nhiệm vụ). */
export const FILED_ITEM_KINDS = ['document', 'dossier', 'directive'] as const;
export type FiledItemKind = (typeof FILED_ITEM_KINDS)[number];

export const FILED_ITEM_KIND_LABELS: Readonly<Record<FiledItemKind, string>> = { document: 'Văn bản', dossier: 'Hồ sơ TTHC', directive: 'Nhiệm vụ' };

/** Một hồ sơ trong Danh mục hồ sơ: số và ký hiệu (e.g. `KT.01`), tiêu đề, đơn vị và người lập, thời hạn bảo quản. */
export type PlanEntry = {
  code: string;
  title: string;
  departmentId: string;
  responsibleId: string;
  /** The retention table's category the entry's period is checked against. */
  category: string;
  retention: Retention;
};

/** Một dòng của mục lục văn bản trong hồ sơ (ND30 PL V), computed from the items in filing order. */
export type ItemIndexLine = { no: number; kind: FiledItemKind; itemId: string; title: string; filedOn: LocalDate };

/** The half-yearly deposit batch (QC Art. 15.2): `2026-06` (tháng 6) or `2026-12` (tháng 12). */
export type DepositPeriod = string;
