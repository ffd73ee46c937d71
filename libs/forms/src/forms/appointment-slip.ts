import type { AppointmentSlipView } from '../form-views';
import { type FormCanvas, TEXT_SIZE } from '../layout/form-canvas';
import { drawTable, type TableColumn } from '../layout/form-table';
import { drawQrCode } from '../layout/qr-code';
import { drawSignatures } from '../layout/signatures';
import { ITEM_FORM_LABELS, longDate, longDateTime, vnd, workingDays } from '../vietnamese-format';
import { applicantFields } from './form-parts';
import type { FormLayout } from './form-layout';

const ITEM_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', share: 0.08, align: 'center' },
  { header: 'Tên giấy tờ', share: 0.55 },
  { header: 'Hình thức', share: 0.23, align: 'center' },
  { header: 'Số lượng', share: 0.14, align: 'center' },
];

const QR_SIZE = 72;

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01, alike in both rule sets): numbered by the dossier code, dated at receipt. */
export const appointmentSlip: FormLayout<AppointmentSlipView> = {
  header: (view) => ({ number: view.dossierCode, datedAt: view.receivedAt }),
  body(canvas, view) {
    const qrBottom = lookupCode(canvas, view);
    const besideQr = { rightIndent: QR_SIZE + 12 };
    canvas.paragraph(`${view.office.deskName} tiếp nhận hồ sơ của:`, { ...besideQr, align: 'left' });
    applicantFields(canvas, view.applicant, 'Họ và tên', besideQr);
    canvas.doc.y = Math.max(canvas.doc.y, qrBottom);
    canvas.field('Nội dung yêu cầu giải quyết', view.procedure.name);
    canvas.paragraph('1. Thành phần hồ sơ nộp gồm:', { align: 'left', spaceAfter: 3 });
    drawTable(
      canvas,
      ITEM_COLUMNS,
      view.items.map((item, i) => [String(i + 1), item.name, ITEM_FORM_LABELS[item.form], String(item.quantity)]),
    );
    canvas.field('2. Số lượng hồ sơ', `${view.sets} bộ`);
    canvas.field('3. Thời gian giải quyết hồ sơ theo quy định', workingDays(view.procedure.statutoryDays));
    canvas.field('4. Thời gian nhận hồ sơ', longDateTime(view.receivedAt));
    canvas.field('5. Thời gian trả kết quả giải quyết hồ sơ', longDate(view.dueDate));
    canvas.field('6. Nơi trả kết quả', `${view.office.deskName}, ${view.office.deskAddress}`);
    canvas.field('7. Phí, lệ phí', view.procedure.feeVnd ? vnd(view.procedure.feeVnd) : 'Không thu');
    canvas.paragraph(`Vào Sổ theo dõi hồ sơ, Quyển số: ${view.registerBook}, Số thứ tự: ${view.sequence}.`, { align: 'left' });
    canvas.paragraph(
      [
        { text: `Tra cứu tình trạng giải quyết hồ sơ: quét mã QR, hoặc vào ${lookupPage(view.lookupBaseUrl)} và nhập mã hồ sơ cùng mã tra cứu `, face: 'italic' },
        { text: view.pin, face: 'boldItalic' },
        { text: ' (chỉ giao cho người nộp hồ sơ).', face: 'italic' },
      ],
      { align: 'left', size: TEXT_SIZE.small, spaceAfter: 8 },
    );
    drawSignatures(
      canvas,
      { heading: 'NGƯỜI NỘP HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: view.applicant.name },
      { heading: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: view.receivedBy },
    );
  },
};

/** The public portal's lookup page (`/tra-cuu`), where the applicant types the code and PIN. */
function lookupPage(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/tra-cuu`;
}

/** The address the QR code carries: the lookup page with the code and PIN filled in. */
export function lookupUrl(baseUrl: string, dossierCode: string, pin: string): string {
  return `${lookupPage(baseUrl)}?ma=${encodeURIComponent(dossierCode)}&pin=${encodeURIComponent(pin)}`;
}

/** The QR code at the right of the applicant's lines, the PIN under it; returns the y below both. */
function lookupCode(canvas: FormCanvas, view: AppointmentSlipView): number {
  const { doc, left, width } = canvas;
  const top = doc.y;
  const x = left + width - QR_SIZE;
  drawQrCode(doc, lookupUrl(view.lookupBaseUrl, view.dossierCode, view.pin), x, top, QR_SIZE);
  // The caption keeps clear of the code's quiet zone (four modules, about 8 points here).
  const captionY = top + QR_SIZE + 8;
  return captionY + canvas.textAt(`Mã tra cứu:\n${view.pin}`, x, captionY, QR_SIZE, 'bold', TEXT_SIZE.small, 'center') + 4;
}
