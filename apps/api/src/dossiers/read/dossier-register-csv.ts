import { localDateOf } from '@office/domain';
import type { DossierRegisterRow } from '@office/read-models';
import { toCsv, vietnameseDate } from '../../read-models/registers/register-csv';

/** The columns of the Sổ theo dõi hồ sơ (DOMAIN.md §6), as printed. */
export const DOSSIER_REGISTER_HEADERS = [
  'STT', 'Mã hồ sơ', 'Tên thủ tục hành chính', 'Số bộ hồ sơ', 'Người nộp', 'Địa chỉ, số điện thoại', 'Cơ quan chủ trì giải quyết', 'Ngày nhận',
  'Ngày hẹn trả', 'Ngày chuyển', 'Ngày nhận kết quả', 'Ngày trả kết quả', 'Phân loại', 'Ghi chú', 'Ký nhận',
] as const;

const CLASSIFICATION_LABELS: Record<string, string> = {
  in_time: 'Đang giải quyết trong hạn', overdue: 'Đang giải quyết quá hạn', early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn',
};

/** An instant as the day it fell on in Hà Nội, written as registers write dates (a date cell in XLSX). */
const day = (instant: string | null) => vietnameseDate(instant ? localDateOf(instant) : null);

/** The register as CSV (UTF-8 with BOM); the XLSX sheet is written from the same cells. */
export function dossierRegisterCsv(rows: readonly DossierRegisterRow[]): string {
  return toCsv(
    DOSSIER_REGISTER_HEADERS,
    rows.map((r) => [
      r.no, r.code, r.procedureName, r.sets, r.applicantName, r.applicantContact, r.handlingUnit, day(r.receivedAt), vietnameseDate(r.dueDate),
      day(r.transferredAt), day(r.resultAtDeskAt), day(r.returnedAt), r.classification ? CLASSIFICATION_LABELS[r.classification] : '', r.note, r.receivedBy,
    ]),
  );
}
