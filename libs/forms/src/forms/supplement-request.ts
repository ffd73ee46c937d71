import type { SupplementRequestView } from '../form-views';
import { drawTable, type TableColumn } from '../layout/form-table';
import { drawSignatures } from '../layout/signatures';
import { BLANK } from '../vietnamese-format';
import { ADDRESS_FORM, applicantFields } from './form-parts';
import type { FormLayout } from './form-layout';

const MISSING_COLUMNS: readonly TableColumn[] = [
  { header: 'STT', share: 0.08, align: 'center' },
  { header: 'Giấy tờ, nội dung cần bổ sung, hoàn thiện', share: 0.46 },
  { header: 'Lý do', share: 0.46 },
];

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02, alike in both rule sets): everything missing, with its reason, once. */
export const supplementRequest: FormLayout<SupplementRequestView> = {
  header: (view) => ({ number: view.slipNumber ?? BLANK, datedAt: view.issuedAt }),
  body(canvas, view) {
    if (view.dossierCode !== null) canvas.field('Mã hồ sơ', view.dossierCode);
    applicantFields(canvas, view.applicant, 'Hồ sơ của');
    canvas.field('Nội dung yêu cầu giải quyết', view.procedure.name);
    canvas.paragraph(
      `Sau khi xem xét, đối chiếu thành phần hồ sơ, ${view.office.deskName} đề nghị ${ADDRESS_FORM} bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:`,
      { spaceAfter: 5 },
    );
    drawTable(canvas, MISSING_COLUMNS, view.missing.map((missing, i) => [String(i + 1), missing.item, missing.reason]));
    canvas.paragraph('Phiếu này nêu đầy đủ, một lần tất cả các nội dung cần bổ sung, hoàn thiện của hồ sơ.');
    canvas.paragraph(
      `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, ${ADDRESS_FORM} liên hệ với ${view.officer.name}, số điện thoại ${view.officer.phone ?? view.office.deskPhone}, để được hướng dẫn.`,
      { spaceAfter: 12 },
    );
    drawSignatures(canvas, null, { heading: 'NGƯỜI HƯỚNG DẪN', note: '(Ký và ghi rõ họ tên)', name: view.officer.name });
  },
};
