import { ruleViolation } from '../shared';

/**
 * Tên loại văn bản hành chính (ND30 Art. 7) with the abbreviation of ND30 Appendix III.
 * `abbreviation: null`: công văn and thư công carry no type abbreviation; their symbol is the
 * organ plus the drafting unit (`12/UBND-KT`).
 */
export interface DocumentTypeInfo {
  code: string;
  name: string;
  abbreviation: string | null;
}

export const DOCUMENT_TYPES = [
  { code: 'resolution', name: 'Nghị quyết (cá biệt)', abbreviation: 'NQ' },
  { code: 'decision', name: 'Quyết định (cá biệt)', abbreviation: 'QĐ' },
  { code: 'directive', name: 'Chỉ thị', abbreviation: 'CT' },
  { code: 'regulation', name: 'Quy chế', abbreviation: 'QC' },
  { code: 'rules', name: 'Quy định', abbreviation: 'QyĐ' },
  { code: 'communique', name: 'Thông cáo', abbreviation: 'TC' },
  { code: 'notice', name: 'Thông báo', abbreviation: 'TB' },
  { code: 'guidance', name: 'Hướng dẫn', abbreviation: 'HD' },
  { code: 'programme', name: 'Chương trình', abbreviation: 'CTr' },
  { code: 'plan', name: 'Kế hoạch', abbreviation: 'KH' },
  { code: 'option_plan', name: 'Phương án', abbreviation: 'PA' },
  { code: 'scheme', name: 'Đề án', abbreviation: 'ĐA' },
  { code: 'project', name: 'Dự án', abbreviation: 'DA' },
  { code: 'report', name: 'Báo cáo', abbreviation: 'BC' },
  { code: 'minutes', name: 'Biên bản', abbreviation: 'BB' },
  { code: 'proposal', name: 'Tờ trình', abbreviation: 'TTr' },
  { code: 'contract', name: 'Hợp đồng', abbreviation: 'HĐ' },
  { code: 'official_letter', name: 'Công văn', abbreviation: null },
  { code: 'official_telegram', name: 'Công điện', abbreviation: 'CĐ' },
  { code: 'memorandum', name: 'Bản ghi nhớ', abbreviation: 'BGN' },
  { code: 'agreement', name: 'Bản thỏa thuận', abbreviation: 'BTT' },
  { code: 'power_of_attorney', name: 'Giấy ủy quyền', abbreviation: 'GUQ' },
  { code: 'invitation', name: 'Giấy mời', abbreviation: 'GM' },
  { code: 'introduction_letter', name: 'Giấy giới thiệu', abbreviation: 'GGT' },
  { code: 'leave_permit', name: 'Giấy nghỉ phép', abbreviation: 'GNP' },
  { code: 'sending_slip', name: 'Phiếu gửi', abbreviation: 'PG' },
  { code: 'transfer_slip', name: 'Phiếu chuyển', abbreviation: 'PC' },
  { code: 'notification_slip', name: 'Phiếu báo', abbreviation: 'PB' },
  { code: 'public_letter', name: 'Thư công', abbreviation: null },
] as const satisfies readonly DocumentTypeInfo[];

export type DocumentTypeCode = (typeof DOCUMENT_TYPES)[number]['code'];

export function findDocumentType(code: string): DocumentTypeInfo | undefined {
  return DOCUMENT_TYPES.find((type) => type.code === code);
}

export function isDocumentTypeCode(code: unknown): code is DocumentTypeCode {
  return typeof code === 'string' && findDocumentType(code) !== undefined;
}

/** Who signs decides the organ in the symbol: the Committee (UBND) or its Office (VPUBND). */
export type SigningOrgan = 'committee' | 'office';

export const ORGAN_ABBREVIATIONS: Readonly<Record<SigningOrgan, string>> = { committee: 'UBND', office: 'VPUBND' };

export interface OutgoingSymbolInput {
  number: number;
  /** A `DOCUMENT_TYPES` code. */
  documentType: string;
  signedBy: SigningOrgan;
  /** Drafting department's code (`KT`); required for types without an abbreviation (công văn). */
  unitCode?: string | null;
}

/**
 * Số và ký hiệu (ND30 Appendix I, II.3): `15/QĐ-UBND`, `15/QĐ-VPUBND`, `12/UBND-KT`, `12/VPUBND-KT`.
 * Numbers below 10 carry a leading zero (`05/QĐ-UBND`); no spaces.
 */
export function formatOutgoingSymbol({ number, ...mark }: OutgoingSymbolInput): string {
  return numberedOutgoingSymbol(number, outgoingSymbolMark(mark));
}

/**
 * Ký hiệu, the symbol after its number (`QĐ-UBND`, `VPUBND-KT`): everything the number does not
 * decide, so that a step settles it, and refuses a symbol that cannot be made, before it takes
 * its number from the register.
 */
export function outgoingSymbolMark(input: Omit<OutgoingSymbolInput, 'number'>): string {
  const type = findDocumentType(input.documentType);
  if (!type) throw ruleViolation('UNKNOWN_DOCUMENT_TYPE', `Không có loại văn bản "${input.documentType}" theo Nghị định 30/2020/NĐ-CP`, 'documentType');
  const organ = ORGAN_ABBREVIATIONS[input.signedBy];
  if (type.abbreviation !== null) return `${type.abbreviation}-${organ}`;
  const unit = input.unitCode?.trim();
  if (!unit || /\s/.test(unit)) {
    throw ruleViolation('UNIT_CODE_REQUIRED', `${type.name} cần ký hiệu đơn vị soạn thảo (ví dụ KT)`, 'unitCode');
  }
  return `${organ}-${unit}`;
}

/** The number the register gave, before the mark (`outgoingSymbolMark`): `05/TB-UBND`. */
export function numberedOutgoingSymbol(number: number, mark: string): string {
  if (!Number.isInteger(number) || number < 1) {
    throw ruleViolation('INVALID_NUMBER', 'Số văn bản phải là số nguyên dương', 'number');
  }
  return `${String(number).padStart(2, '0')}/${mark}`;
}

/** The number a symbol starts with (`05/QĐ-UBND` → 5), or null if it does not start with one. */
export function symbolNumber(symbol: string): number | null {
  const match = /^(\d+)\//.exec(symbol);
  return match ? Number(match[1]) : null;
}
