import type { LocalDate } from '../calendar';

/** Why the person leaves the post: nghỉ hưu, nghỉ việc, chuyển công tác. */
export const DEPARTURE_KINDS = ['retire', 'resign', 'transfer'] as const;
export type DepartureKind = (typeof DEPARTURE_KINDS)[number];

export const DEPARTURE_KIND_LABELS: Readonly<Record<DepartureKind, string>> = {
  retire: 'Nghỉ hưu',
  resign: 'Nghỉ việc',
  transfer: 'Chuyển công tác',
};

/** What a person may hold (đang giữ): a document's step, a dossier, a directive followed up, an open case file (hồ sơ công việc). */
export const HELD_KINDS = ['document', 'dossier', 'directive', 'case_file'] as const;
export type HeldKind = (typeof HELD_KINDS)[number];

export const HELD_KIND_LABELS: Readonly<Record<HeldKind, string>> = {
  document: 'Văn bản',
  dossier: 'Hồ sơ một cửa',
  directive: 'Nhiệm vụ',
  case_file: 'Hồ sơ công việc',
};

/**
 * One item the leaver holds, as the read models showed it when listed. `key` is the item's stream
 * (`document-<id>`, `dossier-<id>`, …), unique across kinds. `reassignable`: the item's own context
 * has a step that moves it to the receiver now (a document's reassignment, a dossier's transfer);
 * otherwise it is handed over on paper, with a reason.
 */
export type HeldItem = {
  key: string;
  kind: HeldKind;
  label: string;
  /** The step the leaver owes it (appraise, submit, follow_up, …). */
  step: string;
  link: string | null;
  due: LocalDate | null;
  reassignable: boolean;
};

/** How an item left the leaver's hands: through its context's step (reassigned) or on paper, to whom and why. */
export const ITEM_OUTCOMES = ['reassigned', 'on_paper'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

export const ITEM_OUTCOME_LABELS: Readonly<Record<ItemOutcome, string>> = {
  reassigned: 'Đã giao lại trên hệ thống',
  on_paper: 'Bàn giao trên giấy',
};

/** Who signs the hand-over record: the leaving person (bên giao) and the receiving head (bên nhận, thủ trưởng đơn vị). */
export const SIGNING_PARTIES = ['leaver', 'head'] as const;
export type SigningParty = (typeof SIGNING_PARTIES)[number];
