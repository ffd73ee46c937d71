import type { Writable } from 'node:stream';
import type { LocalDate } from '@office/domain';
import { FormCanvas, TEXT_SIZE } from '../layout/form-canvas';
import { openFormDocument } from '../layout/form-document';
import { drawNationalHeader } from '../layout/national-header';
import { toNfc } from '../nfc';
import type { OfficeIdentity } from '../office';
import type { PdfFont } from '../pdf-font';

/** One file of a deposit batch as printed: its department's name and its people already resolved. */
export interface DepositedFileView {
  code: string;
  title: string;
  department: string;
  startDate: LocalDate;
  endDate: LocalDate;
  retention: 'permanent' | number;
  medium: 'paper' | 'digital';
  sheetCount: number | null;
  itemCount: number;
}

/** What both printouts of a batch know: the office, the batch, who gave and received, the files. */
export interface DepositBatchView {
  office: OfficeIdentity;
  /** e.g. 2026-12 */
  period: string;
  handedOverAt: string;
  giver: { name: string; position: string };
  receiver: string;
  condition: string;
  files: DepositedFileView[];
}

/** 2026-12 → 'tháng 12 năm 2026'. */
export function periodText(period: string): string {
  const [year, month] = period.split('-');
  return `tháng ${Number(month)} năm ${year}`;
}

export function retentionVi(retention: 'permanent' | number): string {
  return retention === 'permanent' ? 'Vĩnh viễn' : `${retention} năm`;
}

/**
 * A printed page of a batch (A4, the national header of the Office, NĐ 30/2020): `body` draws
 * what follows the header. Piped into `out`; resolves when the file is written.
 */
export async function writeDepositPrintout(out: Writable, raw: DepositBatchView, font: PdfFont, title: string, body: (canvas: FormCanvas, view: DepositBatchView) => void): Promise<void> {
  const view = toNfc(raw);
  const doc = openFormDocument(font, { title, author: view.office.fullName, datedAt: view.handedOverAt });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office: view.office, number: null, datedAt: view.handedOverAt, mark: null });
  canvas.paragraph([{ text: title.toLocaleUpperCase('vi'), face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 2 });
  body(canvas, view);
  doc.end();
  await finished;
}
