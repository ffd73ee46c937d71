import type { RefusalView } from '../form-views';
import { drawSignatures } from '../layout/signatures';
import { asSentence, BLANK } from '../vietnamese-format';
import { ADDRESS_FORM, applicantFields, PARAGRAPH_INDENT } from './form-parts';
import type { FormLayout } from './form-layout';

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03, alike in both rule sets): the reason and its legal basis. */
export const refusal: FormLayout<RefusalView> = {
  header: (view) => ({ number: view.slipNumber ?? BLANK, datedAt: view.issuedAt }),
  body(canvas, view) {
    if (view.dossierCode !== null) canvas.field('Mã hồ sơ', view.dossierCode);
    canvas.paragraph(`${view.office.deskName} tiếp nhận hồ sơ của:`, { align: 'left' });
    applicantFields(canvas, view.applicant);
    canvas.field('Đề nghị giải quyết thủ tục hành chính', view.procedure.name);
    canvas.paragraph(
      [
        { text: 'Sau khi xem xét, đối chiếu hồ sơ, căn cứ quy định tại ' },
        { text: view.legalBasis, face: 'bold' },
        { text: `, ${view.office.deskName} từ chối tiếp nhận giải quyết hồ sơ này với lý do cụ thể như sau:` },
      ],
      { firstLineIndent: PARAGRAPH_INDENT },
    );
    canvas.paragraph(asSentence(view.reason), { firstLineIndent: PARAGRAPH_INDENT });
    canvas.paragraph(`Xin thông báo để ${ADDRESS_FORM} được biết và thực hiện.`, { firstLineIndent: PARAGRAPH_INDENT, spaceAfter: 12 });
    drawSignatures(canvas, null, { heading: 'NGƯỜI TIẾP NHẬN HỒ SƠ', note: '(Ký và ghi rõ họ tên)', name: view.officer });
  },
};
