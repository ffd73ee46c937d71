import type { Writable } from 'node:stream';
import { TEXT_SIZE, type FormCanvas } from '../layout/form-canvas';
import { drawTable } from '../layout/form-table';
import { drawSignatures } from '../layout/signatures';
import type { PdfFont } from '../pdf-font';
import { slashDate } from '../quality/quality-format';
import { periodText, retentionVi, writeDepositPrintout, type DepositBatchView } from './deposit-printout';

export const DEPOSIT_INVENTORY_TITLE = 'Mục lục hồ sơ, tài liệu nộp lưu';

const COLUMNS = [
  { header: 'Số TT', share: 0.06, align: 'center' as const },
  { header: 'Số, ký hiệu hồ sơ', share: 0.11 },
  { header: 'Tiêu đề hồ sơ', share: 0.33 },
  { header: 'Đơn vị lập', share: 0.14 },
  { header: 'Thời gian tài liệu', share: 0.13, align: 'center' as const },
  { header: 'Thời hạn bảo quản', share: 0.1, align: 'center' as const },
  { header: 'Số tờ / số văn bản', share: 0.13, align: 'center' as const },
];

function inventory(canvas: FormCanvas, view: DepositBatchView): void {
  canvas.paragraph(`Đợt nộp lưu ${periodText(view.period)} vào Lưu trữ cơ quan, ${view.office.fullName}`, { align: 'center', spaceAfter: 8 });
  const rows = view.files.map((f, i) => [
    String(i + 1), f.code, f.title, f.department, `${slashDate(f.startDate)} – ${slashDate(f.endDate)}`, retentionVi(f.retention),
    f.medium === 'paper' ? `${f.sheetCount ?? ''} tờ` : `${f.itemCount} văn bản điện tử`,
  ]);
  drawTable(canvas, COLUMNS, rows, TEXT_SIZE.small);
  const sheets = view.files.reduce((sum, f) => sum + (f.sheetCount ?? 0), 0);
  const digital = view.files.filter((f) => f.medium === 'digital').length;
  canvas.gap(6);
  canvas.paragraph(`Mục lục này gồm ${view.files.length} hồ sơ (${sheets} tờ hồ sơ giấy${digital ? `; ${digital} hồ sơ điện tử` : ''}), lập thành hai bản kèm theo Biên bản giao nhận.`, { spaceAfter: 10 });
  drawSignatures(canvas, { heading: 'NGƯỜI NHẬN', note: '(Ký, ghi rõ họ tên)', name: view.receiver }, { heading: 'NGƯỜI LẬP', note: '(Ký, ghi rõ họ tên)', name: view.giver.name });
}

/** Mục lục hồ sơ, tài liệu nộp lưu (ND30 PL V): one line per file handed over, two copies with the hand-over record. */
export function writeDepositInventory(out: Writable, view: DepositBatchView, font: PdfFont): Promise<void> {
  return writeDepositPrintout(out, view, font, DEPOSIT_INVENTORY_TITLE, inventory);
}
