import { formatDate } from '../format.js';
import { DOSSIER_APPRAISAL_LABELS, PAYMENT_METHOD_LABELS, RETURN_METHOD_LABELS } from '../labels.js';
import { departmentName, fieldByCode, org, roleLabel } from '../reference.js';
import { stepForm } from './step-forms.js';

/*
 * The form of each step of a dossier (DOMAIN.md §6, API.md "One-stop desk"). The result's path
 * (submit, initial, sign, issue) has the very forms of a document's steps (step-forms.js).
 * `dossier` is the summary of GET /api/dossiers/:id.
 */

const choices = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const reason = (label) => ({ name: 'reason', label, kind: 'textarea', required: true, max: 4000 });
const optionalNote = { name: 'note', label: 'Ghi chú', kind: 'textarea', max: 4000 };
/** A list of the dossier's items, one a line (receive-supplement, digitise). */
const itemLines = (label) => ({ name: 'items', label, kind: 'lines', required: true, maxItems: 100, itemMax: 300, hint: 'Mỗi dòng một thành phần' });
const SATISFACTION = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

/**
 * Rows of Mẫu 02: each missing item with the reason it is asked for (a reason for every item
 * listed, an item for every reason). `missing` (`{item, reason}`) prefill the first rows; `blank` rows follow.
 */
export function missingItemFields(missing, blank) {
  return [...missing, ...Array(blank).fill({})].flatMap(({ item, reason }, i) => [
    { name: `missing.${i}.item`, label: `Thành phần còn thiếu ${i + 1}`, max: 300, value: item ?? '', requiredIf: (v) => !!v[`missing.${i}.reason`] },
    {
      name: `missing.${i}.reason`, label: `Lý do, yêu cầu ${i + 1}`, max: 4000, value: reason ?? '', requiredIf: (v) => !!v[`missing.${i}.item`],
      requiredMessage: `Cần nêu lý do cho thành phần ${i + 1}`,
    },
  ]);
}

/** The rows actually filled in, and a refusal when there is none. */
export const missingItems = {
  toBody: (body) => ({ ...body, missing: (body.missing ?? []).filter((row) => row?.item) }),
  validate: (values) => (Object.keys(values).some((name) => /^missing\.\d+\.item$/.test(name) && values[name]) ? [] : [{ field: 'missing.0.item', message: 'Cần nêu ít nhất một thành phần còn thiếu' }]),
};

function transfer(dossier, user) {
  const users = org().users.filter((u) => !u.roles.some((r) => ['admin', 'auditor'].includes(r)) && u.id !== user.id);
  return {
    intro: 'Chuyển hồ sơ cho một phòng (trưởng phòng nhận) hoặc cho một người; bước hiện tại của quy trình được khép lại và ghi vào phiếu kiểm soát.',
    fields: [
      {
        name: 'target', label: 'Chuyển đến', kind: 'choice', required: true, local: true,
        value: user.roles.includes('department_head') ? 'user' : 'unit',
        options: [{ value: 'unit', label: 'Một phòng' }, { value: 'user', label: 'Một người' }],
      },
      {
        name: 'toUnit', label: 'Phòng nhận hồ sơ', kind: 'select', showIf: (v) => v.target === 'unit', requiredIf: (v) => v.target === 'unit',
        value: fieldByCode(dossier.procedure?.fieldCode)?.departmentId, options: org().departments.map((d) => ({ value: d.id, label: d.name })),
      },
      {
        name: 'toUserId', label: 'Người nhận hồ sơ', kind: 'select', showIf: (v) => v.target === 'user', requiredIf: (v) => v.target === 'user',
        options: users.map((u) => ({ value: u.id, label: `${u.fullName} — ${u.roles.map((r) => roleLabel(r)).join(', ')}`, group: u.departmentId ? departmentName(u.departmentId) : 'Lãnh đạo' })),
      },
      optionalNote,
    ],
  };
}

const FORMS = {
  transfer,
  appraise: () => ({
    intro: 'Thẩm định hồ sơ theo quy định của thủ tục; kết luận đủ hay không đủ điều kiện giải quyết, hoặc cần bổ sung.',
    fields: [
      { name: 'outcome', label: 'Kết luận thẩm định', kind: 'choice', required: true, options: choices(DOSSIER_APPRAISAL_LABELS) },
      { name: 'findings', label: 'Nội dung thẩm định', kind: 'textarea', required: true, max: 4000, rows: 4 },
      optionalNote,
    ],
  }),
  'request-supplement': () => ({
    intro: 'Liệt kê một lần, đầy đủ, mọi thành phần cần bổ sung hoặc hoàn thiện, mỗi thành phần với lý do.',
    fields: missingItemFields([], 5),
    ...missingItems,
  }),
  'receive-supplement': () => ({
    intro: 'Ghi nhận các thành phần người nộp đã bổ sung; thời hạn giải quyết được tính lại theo quy định của thủ tục.',
    fields: [itemLines('Thành phần đã nhận bổ sung')],
  }),
  'request-opinion': () => ({
    intro: 'Lấy ý kiến cơ quan, đơn vị phối hợp (liên thông) trước khi giải quyết.',
    fields: [
      { name: 'partner', label: 'Cơ quan phối hợp', required: true, max: 300 },
      { name: 'request', label: 'Nội dung đề nghị cho ý kiến', kind: 'textarea', required: true, max: 4000 },
      { name: 'dueDate', label: 'Hạn trả lời', kind: 'date', hint: 'Không bắt buộc; dạng dd/mm/yyyy' },
    ],
  }),
  'receive-opinion': () => ({
    intro: 'Ghi nhận ý kiến trả lời của cơ quan phối hợp.',
    fields: [
      { name: 'partner', label: 'Cơ quan phối hợp', required: true, max: 300 },
      { name: 'opinion', label: 'Ý kiến', kind: 'textarea', required: true, max: 4000 },
    ],
  }),
  digitise: () => ({ intro: 'Ghi nhận các thành phần hồ sơ đã được số hóa (chỉ số số hóa của Quyết định 766/QĐ-TTg).', fields: [itemLines('Thành phần đã số hóa')] }),
  apologise: (dossier) => ({
    intro: `Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04). Ngày hẹn trả hiện tại: ${formatDate(dossier.newDueDate ?? dossier.dueDate)}; việc phân loại vẫn tính theo ngày hẹn ban đầu.`,
    fields: [reason('Lý do chậm trả kết quả'), { name: 'newDueDate', label: 'Ngày hẹn trả mới', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' }],
    validate: (v) => (v.newDueDate && v.newDueDate <= (dossier.newDueDate ?? dossier.dueDate) ? [{ field: 'newDueDate', message: `Ngày hẹn trả mới phải sau ${formatDate(dossier.newDueDate ?? dossier.dueDate)}` }] : []),
  }),
  stop: () => ({ intro: 'Thông báo dừng giải quyết hồ sơ (Mẫu 05).', fields: [reason('Lý do dừng giải quyết')] }),
  withdraw: () => ({ intro: 'Người nộp rút hồ sơ theo đề nghị của mình.', fields: [reason('Lý do rút hồ sơ')] }),
  'result-at-desk': () => ({ intro: 'Xác nhận kết quả giải quyết đã về Bộ phận một cửa; hồ sơ được phân loại trước hạn, đúng hạn hoặc quá hạn theo ngày hẹn trả ban đầu.', fields: [] }),
  return: (dossier) => ({
    intro: 'Trả kết quả cho người nộp hoặc người được ủy quyền, có ký nhận.',
    fields: [
      { name: 'receivedBy.name', label: 'Họ và tên người nhận', required: true, max: 200, value: dossier.applicant?.name },
      { name: 'receivedBy.idNumber', label: 'Số giấy tờ tùy thân người nhận', max: 20, value: dossier.applicant?.idNumber ?? '' },
      { name: 'method', label: 'Hình thức trả', kind: 'choice', required: true, value: 'desk', options: choices(RETURN_METHOD_LABELS) },
      { name: 'signed', label: 'Người nhận đã ký nhận kết quả', kind: 'checkbox', local: true },
    ],
    validate: (v) => (v.signed ? [] : [{ field: 'signed', message: 'Cần chữ ký nhận của người nhận kết quả' }]),
  }),
  fees: (dossier) => ({
    intro: 'Phí, lệ phí phải nộp theo quy định của thủ tục.',
    fields: [{ name: 'amountVnd', label: 'Số tiền (đồng)', kind: 'int', required: true, min: 0, max: 1_000_000_000, value: dossier.procedure?.feeVnd ?? '' }],
  }),
  payments: () => ({
    intro: 'Ghi nhận người nộp đã nộp phí, lệ phí.',
    fields: [
      { name: 'method', label: 'Hình thức nộp', kind: 'choice', required: true, options: choices(PAYMENT_METHOD_LABELS) },
      { name: 'amountVnd', label: 'Số tiền đã nộp (đồng)', kind: 'int', min: 0, max: 1_000_000_000, hint: 'Không bắt buộc: mặc định là số phí đã xác định' },
    ],
  }),
  satisfaction: () => ({
    intro: 'Đánh giá của người nộp về việc giải quyết hồ sơ.',
    fields: [
      { name: 'score', label: 'Mức độ hài lòng', kind: 'choice', required: true, options: SATISFACTION.map((label, i) => ({ value: i + 1, label: `${i + 1} — ${label}` })) },
      { name: 'answers.comment', label: 'Ý kiến góp ý', kind: 'textarea', max: 2000 },
    ],
  }),
};

/** The form of `action` for this dossier and user, or null when the application has none. */
export function dossierStepForm(action, dossier, user) {
  if (FORMS[action]) return FORMS[action](dossier, user);
  return stepForm(action, { fieldCode: dossier.procedure?.fieldCode });
}
