import type { Writable } from 'node:stream';
import type { FormCanvas } from '../layout/form-canvas';
import { drawSignatures } from '../layout/signatures';
import type { PdfFont } from '../pdf-font';
import { slashDate } from '../quality/quality-format';
import { longDate } from '../vietnamese-format';
import { localDateOf } from '@office/domain';
import { periodText, writeDepositPrintout, type DepositBatchView } from './deposit-printout';

export const DEPOSIT_HANDOVER_TITLE = 'Biên bản giao nhận hồ sơ, tài liệu';

function record(canvas: FormCanvas, view: DepositBatchView): void {
  const files = view.files;
  const from = files.map((f) => f.startDate).sort()[0];
  const to = files.map((f) => f.endDate).sort().at(-1)!;
  const sheets = files.reduce((sum, f) => sum + (f.sheetCount ?? 0), 0);
  const digital = files.filter((f) => f.medium === 'digital').length;
  canvas.gap(4);
  canvas.paragraph('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư; Luật Lưu trữ năm 2024;', { spaceAfter: 1 });
  canvas.paragraph(`Căn cứ Quy chế làm việc của ${view.office.fullName} (Điều 15) về việc nộp lưu hồ sơ, tài liệu định kỳ tháng 6 và tháng 12;`, { spaceAfter: 6 });
  canvas.paragraph(`Hôm nay, ${longDate(localDateOf(view.handedOverAt))}, tại ${view.office.fullName}, chúng tôi gồm:`, { spaceAfter: 4 });
  canvas.field('BÊN GIAO', `${view.giver.name}, ${view.giver.position}`);
  canvas.field('BÊN NHẬN', `${view.receiver}, Lưu trữ cơ quan`);
  canvas.paragraph('Thống nhất lập biên bản giao nhận hồ sơ, tài liệu như sau:', { spaceAfter: 2 });
  canvas.paragraph(`1. Tên khối tài liệu giao nộp: hồ sơ, tài liệu nộp lưu đợt ${periodText(view.period)}.`, { spaceAfter: 1 });
  canvas.paragraph(`2. Thời gian của tài liệu: từ ${slashDate(from)} đến ${slashDate(to)}.`, { spaceAfter: 1 });
  canvas.paragraph(`3. Số lượng tài liệu: ${files.length} hồ sơ (${sheets} tờ hồ sơ giấy${digital ? `; ${digital} hồ sơ điện tử` : ''}).`, { spaceAfter: 1 });
  canvas.paragraph(`4. Tình trạng tài liệu giao nộp: ${view.condition}`, { spaceAfter: 1 });
  canvas.paragraph('5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo (hai bản).', { spaceAfter: 4 });
  canvas.paragraph('Biên bản này được lập thành hai bản có giá trị như nhau; bên giao giữ một bản, bên nhận giữ một bản.', { spaceAfter: 10 });
  drawSignatures(canvas, { heading: 'ĐẠI DIỆN BÊN GIAO', note: '(Ký, ghi rõ họ tên)', name: view.giver.name }, { heading: 'ĐẠI DIỆN BÊN NHẬN', note: '(Ký, ghi rõ họ tên)', name: view.receiver });
}

/** Biên bản giao nhận hồ sơ, tài liệu (ND30 Art. 30.2; PL V): the batch handed to the office archive, two copies. */
export function writeDepositHandover(out: Writable, view: DepositBatchView, font: PdfFont): Promise<void> {
  return writeDepositPrintout(out, view, font, DEPOSIT_HANDOVER_TITLE, record);
}
