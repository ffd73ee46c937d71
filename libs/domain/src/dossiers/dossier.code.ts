import { localDateOf } from '../calendar';
import { ruleViolation } from '../shared';

/** Mã cơ quan in the dossier code: Văn phòng UBND tỉnh. */
export const OFFICE_CODE = 'VPUB';

/** The daily sequence has four digits. */
const MAX_DAILY_SEQUENCE = 9999;

/**
 * Mã hồ sơ `<officeCode>-<yymmdd>-<0001>`: the day of receipt in Asia/Ho_Chi_Minh and the
 * day's gapless sequence (`VPUB-250424-0001`).
 */
export function dossierCode(officeCode: string, receivedAt: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE) {
    throw ruleViolation('INVALID_SEQUENCE', `Số thứ tự trong ngày phải là số nguyên từ 1 đến ${MAX_DAILY_SEQUENCE}`, 'sequence');
  }
  const day = localDateOf(receivedAt);
  return `${officeCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence).padStart(4, '0')}`;
}
