import type { RuleSetCode } from '@office/domain';
import type { ApologyView } from '../form-views';
import { drawSignatures } from '../layout/signatures';
import { asSentence, BLANK, longDate } from '../vietnamese-format';
import { ADDRESS_FORM, addressee, LETTER_RECIPIENTS, PARAGRAPH_INDENT, receiptSentence } from './form-parts';
import type { FormLayout } from './form-layout';

/**
 * Mẫu 04. TT 01/2018 apologises and sets a new date (Phiếu xin lỗi và hẹn lại ngày trả kết quả);
 * TT 03/2025 apologises and asks the applicant to extend the time (Văn bản xin lỗi và đề nghị
 * gia hạn thời gian giải quyết). Either way the original due date stays the yardstick.
 */
export const apology: FormLayout<ApologyView> = {
  header: (view) => ({ number: view.documentNumber ?? BLANK, datedAt: view.issuedAt }),
  body(canvas, view) {
    const office = view.office.fullName;
    addressee(canvas, view.applicant);
    const paragraphs = [
      `${receiptSentence(view.office, view.receivedAt, view.dossierCode, view.procedure.name)} Thời gian hẹn trả kết quả giải quyết hồ sơ: ${longDate(view.previousDueDate)}.`,
      ...CLOSING[view.ruleSet](office, view),
    ];
    for (const text of paragraphs) canvas.paragraph(text, { firstLineIndent: PARAGRAPH_INDENT });
    canvas.gap(8);
    drawSignatures(canvas, LETTER_RECIPIENTS, { heading: view.signer.position, name: view.signer.name });
  },
};

/** The paragraphs after the receipt: the delay, its reason, the apology and the new date, as each rule set words them. */
const CLOSING: Readonly<Record<RuleSetCode, (office: string, view: ApologyView) => string[]>> = {
  'nd61-2018': (office, view) => [
    `Tuy nhiên đến nay, ${office} chưa trả kết quả giải quyết hồ sơ cho ${ADDRESS_FORM} đúng hẹn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả. Lý do: ${asSentence(view.reason)}`,
    `Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ${ADDRESS_FORM}. ${office} xin lỗi ${ADDRESS_FORM} vì sự bất tiện này và hẹn lại thời gian trả kết quả giải quyết hồ sơ vào ${longDate(view.newDueDate)}.`,
    `Xin trân trọng cảm ơn ${ADDRESS_FORM}!`,
  ],
  'nd118-2025': (office, view) => [
    `Đến nay, ${office} chưa giải quyết xong hồ sơ của ${ADDRESS_FORM} trong thời hạn nêu trên. Lý do: ${asSentence(view.reason)}`,
    `${office} trân trọng xin lỗi ${ADDRESS_FORM} vì sự chậm trễ này và đề nghị ${ADDRESS_FORM} đồng ý gia hạn thời gian giải quyết hồ sơ đến ${longDate(view.newDueDate)}.`,
    `Kính mong ${ADDRESS_FORM} thông cảm. Trân trọng cảm ơn!`,
  ],
};
