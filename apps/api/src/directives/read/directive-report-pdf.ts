import { PassThrough, type Readable } from 'node:stream';
import type { LocalDate } from '@office/domain';
import { DEMO_OFFICE, resolvePdfFont } from '@office/forms';
import { FormCanvas, TEXT_SIZE } from '@office/forms/layout/form-canvas';
import { openFormDocument } from '@office/forms/layout/form-document';
import { drawTable, type TableColumn } from '@office/forms/layout/form-table';
import { drawNationalHeader } from '@office/forms/layout/national-header';
import { toNfc } from '@office/forms/nfc';
import { vietnameseDate } from '../../read-models/registers/register-csv';

const TITLE = 'Báo cáo kết quả thực hiện nhiệm vụ do lãnh đạo UBND tỉnh giao';
/** The group's name is the wide column; the counts share the rest. */
const SHARES = [0.06, 0.3, 0.1, 0.11, 0.11, 0.11, 0.11, 0.1];

/**
 * The outcome report as a printed page (A4, the national header of the Office, NĐ 30/2020): the
 * period, the day the figures stand at, and the table of the spreadsheet. Throws
 * PdfFontMissingError, before anything is written, when no font with Vietnamese letters is found.
 */
export function directiveReportPdf(report: { period: { from: LocalDate; to: LocalDate }; asOf: LocalDate }, table: { headers: string[]; rows: string[][] }, printedAt: string): Readable {
  const { headers, rows } = toNfc(table);
  const doc = openFormDocument(resolvePdfFont(process.env, 'serif'), { title: TITLE, author: DEMO_OFFICE.fullName, datedAt: printedAt });
  const out = new PassThrough();
  doc.once('error', (error: Error) => out.destroy(error));
  doc.pipe(out);
  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office: DEMO_OFFICE, number: null, datedAt: printedAt, mark: null });
  canvas.paragraph([{ text: TITLE.toLocaleUpperCase('vi'), face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 4 });
  canvas.paragraph(`Nhiệm vụ có thời hạn từ ngày ${vietnameseDate(report.period.from)} đến ngày ${vietnameseDate(report.period.to)}; số liệu tính đến ngày ${vietnameseDate(report.asOf)}`, { align: 'center', spaceAfter: 10 });
  const columns: TableColumn[] = headers.map((header, i) => ({ header, share: SHARES[i], align: i >= 2 ? 'center' : 'left' }));
  drawTable(canvas, columns, rows, TEXT_SIZE.small);
  doc.end();
  return out;
}
