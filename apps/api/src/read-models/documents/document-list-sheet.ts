import { DOCUMENT_STATUS_LABELS, localDateOf } from '@office/domain';
import { toCsv, vietnameseDate } from '../registers/register-csv';
import type { SummaryAnswer } from './document-summary.mapper';

/** Most rows one export holds: a year of a provincial office fits; more is cut and the sheet says so. */
export const EXPORT_CAP = 5000;

/** The marks as the list page writes them (every value, `normal` included: a sheet is read without the page's legend). */
const URGENCY_WORDS: Record<string, string> = { normal: 'Thường', urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' };
const CONFIDENTIALITY_WORDS: Record<string, string> = { normal: 'Thường', confidential: 'Mật', secret: 'Tối mật', top_secret: 'Tuyệt mật' };

export const DOCUMENT_SHEET_HEADERS = ['Số đến', 'Ngày đến', 'Nơi gửi', 'Số, ký hiệu', 'Trích yếu', 'Độ khẩn', 'Độ mật', 'Lĩnh vực', 'Trạng thái', 'Hạn gần nhất', 'Tình trạng hạn'] as const;

/**
 * The documents list as CSV cells (the sheet is written from them): the page's columns, one row
 * per document in the list's order, and, when the cap cut the list, a last line saying how many
 * of how many were exported.
 */
export function documentListCsv(items: readonly SummaryAnswer[], total: number, dueSoonLimit: string): string {
  const rows: Array<Array<string | number | null>> = items.map((doc) => [
    `${doc.incomingNumber}/${doc.incomingYear}${doc.series === 'confidential' ? ' (sổ mật)' : ''}`,
    vietnameseDate(doc.receivedAt ? localDateOf(new Date(doc.receivedAt)) : null),
    doc.source.agency,
    doc.source.symbol,
    doc.excerpt,
    URGENCY_WORDS[doc.urgency] ?? doc.urgency,
    CONFIDENTIALITY_WORDS[doc.confidentiality] ?? doc.confidentiality,
    doc.fieldCode,
    DOCUMENT_STATUS_LABELS[doc.status] ?? doc.status,
    vietnameseDate(doc.nextDue),
    doc.overdue ? 'Quá hạn' : doc.nextDue !== null && doc.nextDue <= dueSoonLimit ? 'Sắp đến hạn' : '',
  ]);
  if (total > items.length) rows.push([`Chỉ xuất ${items.length} trong ${total} văn bản phù hợp (tối đa ${EXPORT_CAP} dòng một lần): hãy lọc hẹp hơn để xuất phần còn lại.`]);
  return toCsv(DOCUMENT_SHEET_HEADERS, rows);
}
