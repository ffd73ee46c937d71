import type { Applicant } from '@office/domain';
import type { FormCanvas, ParagraphOptions } from '../layout/form-canvas';
import type { Recipients } from '../layout/signatures';
import type { OfficeIdentity } from '../office';
import { BLANK, longDateTime } from '../vietnamese-format';

/** How forms address an applicant whose sex they do not record. */
export const ADDRESS_FORM = 'Ông/Bà';

/** The applicant's name, address, phone and e-mail, one field a line (phone and e-mail share one). */
export function applicantFields(canvas: FormCanvas, applicant: Applicant, nameLabel = 'Họ và tên', options: ParagraphOptions = {}): void {
  canvas.field(nameLabel, applicant.name, options);
  canvas.field('Địa chỉ', applicant.address, options);
  canvas.paragraph(
    [
      { text: 'Số điện thoại: ' },
      applicant.phone ? { text: applicant.phone, face: 'bold' } : { text: BLANK },
      { text: '          Email: ' },
      applicant.email ? { text: applicant.email, face: 'bold' } : { text: BLANK },
    ],
    { ...options, align: 'left' },
  );
}

/** "Kính gửi: Ông/Bà …", centred under the title of a letter. */
export function addressee(canvas: FormCanvas, applicant: Applicant): void {
  canvas.paragraph(`Kính gửi: ${ADDRESS_FORM} ${applicant.name}`, { align: 'center', spaceAfter: 10 });
}

/** The opening of a letter about a received dossier: who received what, when, under which code. */
export function receiptSentence(office: OfficeIdentity, receivedAt: string, dossierCode: string, procedureName: string): string {
  return `${office.fullName} đã tiếp nhận hồ sơ của ${ADDRESS_FORM} lúc ${longDateTime(receivedAt)}, mã hồ sơ ${dossierCode}, đề nghị giải quyết thủ tục hành chính “${procedureName}”.`;
}

/** Nơi nhận of a letter to the applicant. */
export const LETTER_RECIPIENTS: Recipients = { recipients: ['Như trên;', 'Lưu: VT, Bộ phận tiếp nhận và trả kết quả.'] };

/** First-line indent of running paragraphs (NĐ 30: 1 to 1.27 cm). */
export const PARAGRAPH_INDENT = 28;
