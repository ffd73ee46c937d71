import type { RuleSetCode } from '@office/domain';

/** The printed forms of the one-stop desk, as `GET /api/dossiers/:id/forms/:form` names them. */
export const DOSSIER_FORM_KINDS = ['appointment-slip', 'supplement-request', 'refusal', 'apology', 'stop-notice', 'control-sheet'] as const;
export type DossierFormKind = (typeof DOSSIER_FORM_KINDS)[number];

/** A form as one rule set's circular has it: its number (Mẫu số) and title, in sentence case. */
export type FormEdition = { number: string | null; title: string; circular: string };

const CIRCULARS: Readonly<Record<RuleSetCode, string>> = {
  'nd61-2018': 'Thông tư số 01/2018/TT-VPCP',
  'nd118-2025': 'Thông tư số 03/2025/TT-VPCP',
};

const SLIP = 'Giấy tiếp nhận hồ sơ và hẹn trả kết quả';
const SUPPLEMENT = 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ';
const REFUSAL = 'Phiếu từ chối tiếp nhận giải quyết hồ sơ';
const STOP = 'Thông báo dừng giải quyết hồ sơ';
const CONTROL = 'Phiếu kiểm soát quá trình giải quyết hồ sơ';

/** research/next-domains.md, "Legal currency" §2: TT 01/2018 has six forms, TT 03/2025 seven. */
const EDITIONS: Readonly<Record<RuleSetCode, Readonly<Record<DossierFormKind, readonly [string | null, string]>>>> = {
  'nd61-2018': {
    'appointment-slip': ['01', SLIP],
    'supplement-request': ['02', SUPPLEMENT],
    refusal: ['03', REFUSAL],
    apology: ['04', 'Phiếu xin lỗi và hẹn lại ngày trả kết quả'],
    // TT 01/2018 has no form for stopping: the notice keeps the 2025 title and carries no number.
    'stop-notice': [null, STOP],
    'control-sheet': ['05', CONTROL],
  },
  'nd118-2025': {
    'appointment-slip': ['01', SLIP],
    'supplement-request': ['02', SUPPLEMENT],
    refusal: ['03', REFUSAL],
    apology: ['04', 'Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết'],
    'stop-notice': ['05', STOP],
    'control-sheet': ['06', CONTROL],
  },
};

export function formEdition(kind: DossierFormKind, ruleSet: RuleSetCode): FormEdition {
  const [number, title] = EDITIONS[ruleSet][kind];
  return { number, title, circular: CIRCULARS[ruleSet] };
}

/** The mark printed above the header: "Mẫu số 01 (kèm theo Thông tư số 01/2018/TT-VPCP)"; null for a form without a number. */
export function formMark(edition: FormEdition): string | null {
  return edition.number === null ? null : `Mẫu số ${edition.number} (kèm theo ${edition.circular})`;
}
