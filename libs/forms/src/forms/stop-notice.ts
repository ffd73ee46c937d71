import type { StopNoticeView } from '../form-views';
import { drawSignatures } from '../layout/signatures';
import { asSentence, BLANK } from '../vietnamese-format';
import { ADDRESS_FORM, addressee, LETTER_RECIPIENTS, PARAGRAPH_INDENT, receiptSentence } from './form-parts';
import type { FormLayout } from './form-layout';

/**
 * Thông báo dừng giải quyết hồ sơ: TT 03/2025 Mẫu 05. TT 01/2018 has no such form, yet a dossier
 * received under it can still be stopped: it gets the same notice, printed without a form number
 * (see form-editions.ts).
 */
export const stopNotice: FormLayout<StopNoticeView> = {
  header: (view) => ({ number: view.documentNumber ?? BLANK, datedAt: view.issuedAt }),
  body(canvas, view) {
    addressee(canvas, view.applicant);
    const paragraphs = [
      receiptSentence(view.office, view.receivedAt, view.dossierCode, view.procedure.name),
      `${view.office.fullName} thông báo dừng giải quyết hồ sơ nêu trên. Lý do: ${asSentence(view.reason)}`,
      `Mọi vướng mắc, ${ADDRESS_FORM} liên hệ ${view.office.deskName}, số điện thoại ${view.office.deskPhone}.`,
      `Xin thông báo để ${ADDRESS_FORM} được biết.`,
    ];
    for (const text of paragraphs) canvas.paragraph(text, { firstLineIndent: PARAGRAPH_INDENT });
    canvas.gap(8);
    drawSignatures(canvas, LETTER_RECIPIENTS, { heading: view.signer.position, name: view.signer.name });
  },
};
