import { get } from '../api.js';
import { formatDate } from '../format.js';
import { DELEGATION_KIND_LABELS, FINDING_LABELS, OUTCOME_LABELS } from '../labels.js';
import { fieldByCode, org, ref, roleLabel } from '../reference.js';

/*
 * The form of each step of DOMAIN.md §2, with the rules of its request DTO
 * (apps/api/src/documents/http/document-requests.ts). `doc` is the document's state as
 * replayed by GET /api/documents/:id/state.
 */

const LEADER_GROUPS = {
  committee_chairman: 'Lãnh đạo UBND tỉnh',
  committee_vice_chairman: 'Lãnh đạo UBND tỉnh',
  office_chief: 'Lãnh đạo Văn phòng',
  office_deputy_chief: 'Lãnh đạo Văn phòng',
};

const usersWith = (role, departmentId) => org().users.filter((u) => u.roles.includes(role) && (departmentId === undefined || u.departmentId === departmentId));
const userOption = (u) => ({ value: u.id, label: `${u.fullName} — ${u.roles.map((r) => roleLabel(r)).join(', ')}` });
const optionalNote = (label = 'Ghi chú', max = 2000) => ({ name: 'note', label, kind: 'textarea', max });
const documentTypeOptions = () => ref().documentTypes.map((t) => ({ value: t.code, label: t.abbreviation ? `${t.name} (${t.abbreviation})` : t.name }));

/*
 * Để biết: a checkbox per department and per person (local fields, gathered into the request's
 * `forInformation` lists). They receive the document and its direction, without a step or a deadline.
 */
const TOLD_DEPARTMENT = 'toldDepartment.';
const TOLD_PERSON = 'toldPerson.';
const STAFF_TOLD = ['department_head', 'specialist', 'clerk', 'onestop_officer', 'iso_secretary', 'office_deputy_chief', 'office_chief', 'committee_vice_chairman', 'committee_chairman'];
const departmentSuffix = (u) => {
  const code = org().departments.find((d) => d.id === u.departmentId)?.code;
  return code ? ` (${code})` : '';
};
const checked = (values, prefix) => Object.entries(values).filter(([name, on]) => name.startsWith(prefix) && on === true).map(([name]) => name.slice(prefix.length));
const forInformationGroups = () => [
  {
    legend: 'Phòng nhận để biết',
    class: 'for-information',
    hint: 'Không bắt buộc; không chọn phòng chủ trì. Phòng để biết xem được văn bản và ý kiến chỉ đạo, không phải xử lý.',
    fields: org().departments.map((d) => ({ name: `${TOLD_DEPARTMENT}${d.id}`, label: d.name, kind: 'checkbox', local: true })),
  },
  {
    legend: 'Cá nhân nhận để biết',
    class: 'for-information',
    hint: 'Không bắt buộc; người được chọn xem được văn bản (kể cả văn bản mật), không phải xử lý, không tính hạn.',
    fields: org()
      .users.filter((u) => u.roles.some((r) => STAFF_TOLD.includes(r)))
      .map((u) => ({ name: `${TOLD_PERSON}${u.id}`, label: `${userOption(u).label}${departmentSuffix(u)}`, kind: 'checkbox', local: true })),
  },
];

const FORMS = {
  distribute: (doc) => ({
    intro: 'Chọn phòng chủ trì, ghi ý kiến chỉ đạo; thời hạn giải quyết và nơi nhận để biết là không bắt buộc.',
    fields: [
      { name: 'departmentId', label: 'Phòng chủ trì xử lý', kind: 'select', required: true, value: doc.departmentId ?? fieldByCode(doc.fieldCode)?.departmentId, options: org().departments.map((d) => ({ value: d.id, label: d.name })) },
      { name: 'direction', label: 'Ý kiến chỉ đạo', kind: 'textarea', required: true, max: 2000 },
      { name: 'dueDate', label: 'Thời hạn giải quyết', kind: 'date', hint: 'Không bắt buộc; dạng dd/mm/yyyy' },
      ...forInformationGroups(),
    ],
    validate: (values) =>
      values[`${TOLD_DEPARTMENT}${values.departmentId}`]
        ? [{ field: `${TOLD_DEPARTMENT}${values.departmentId}`, message: 'Phòng chủ trì đã nhận văn bản để xử lý, không chọn thêm để biết' }]
        : [],
    toBody: (body, values) => ({ ...body, forInformation: { departmentIds: checked(values, TOLD_DEPARTMENT), userIds: checked(values, TOLD_PERSON) } }),
  }),
  assign: (doc) => {
    const reassignment = !!doc.assigneeId;
    return {
      intro: reassignment ? 'Giao lại cho chuyên viên khác của phòng: cần nêu lý do.' : 'Giao đúng một chuyên viên của phòng được phân phối.',
      fields: [
        { name: 'specialistId', label: 'Chuyên viên xử lý', kind: 'select', required: true, options: usersWith('specialist', doc.departmentId).filter((u) => u.id !== doc.assigneeId).map(userOption) },
        { name: 'dueDate', label: 'Hạn xử lý của chuyên viên', kind: 'date', hint: 'Không bắt buộc; dạng dd/mm/yyyy' },
        { name: 'reason', label: reassignment ? 'Lý do giao lại' : 'Ghi chú', kind: 'textarea', required: reassignment, max: 1000 },
      ],
    };
  },
  return: () => ({
    intro: 'Văn bản chuyển sai phòng sẽ trở lại văn thư để phân phối lại.',
    fields: [{ name: 'reason', label: 'Lý do trả lại', kind: 'textarea', required: true, max: 1000 }],
  }),
  appraise: () => ({
    intro: 'Thẩm định trình tự, thủ tục, thể thức, nội dung và tính pháp lý của hồ sơ (Quy chế làm việc 10.2.2).',
    fields: [
      ...Object.entries(FINDING_LABELS).map(([heading, legend]) => ({
        legend,
        fields: [
          { name: `findings.${heading}.ok`, label: `Kết quả thẩm định: ${legend.toLowerCase()}`, kind: 'choice', required: true, options: [{ value: true, label: 'Đạt' }, { value: false, label: 'Chưa đạt' }] },
          {
            name: `findings.${heading}.note`, label: `Nhận xét về ${legend.toLowerCase()}`, kind: 'textarea', max: 2000, rows: 2,
            requiredIf: (values) => values[`findings.${heading}.ok`] === false, requiredMessage: `Cần nêu rõ điểm chưa đạt về ${legend.toLowerCase()}`,
          },
        ],
      })),
      { name: 'outcome', label: 'Kết luận', kind: 'choice', required: true, options: Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label })) },
    ],
  }),
  'request-supplement': () => ({
    intro: 'Liệt kê đầy đủ các thành phần còn thiếu, một lần (mỗi dòng một mục).',
    fields: [
      { name: 'missingItems', label: 'Thành phần hồ sơ còn thiếu', kind: 'lines', required: true, maxItems: 50, itemMax: 500, hint: 'Mỗi dòng một mục; tối đa 50 mục, mỗi mục tối đa 500 ký tự' },
      optionalNote(),
    ],
  }),
  'receive-supplement': () => ({ intro: 'Xác nhận đã nhận hồ sơ bổ sung; thời hạn trình được tính lại từ hôm nay.', fields: [optionalNote()] }),
  submit: (doc) => {
    const field = fieldByCode(doc.fieldCode);
    const leaders = org().users.filter((u) => u.roles.some((r) => LEADER_GROUPS[r]));
    return {
      intro: 'Phiếu trình gửi đúng một lãnh đạo có thẩm quyền giải quyết lĩnh vực của văn bản.',
      fields: [
        {
          name: 'leaderId', aliases: ['leaderIds'], label: 'Trình lãnh đạo', kind: 'select', required: true, value: field?.committeeLeaderId,
          options: leaders.map((u) => ({ ...userOption(u), group: LEADER_GROUPS[u.roles.find((r) => LEADER_GROUPS[r])] })),
        },
        { name: 'proposal', label: 'Nội dung đề xuất', kind: 'textarea', required: true, max: 5000, rows: 4 },
        {
          legend: 'Dự thảo văn bản',
          fields: [
            { name: 'draft.documentType', label: 'Loại văn bản dự thảo', kind: 'select', required: true, options: documentTypeOptions() },
            { name: 'draft.excerpt', label: 'Trích yếu dự thảo', kind: 'textarea', required: true, max: 2000, rows: 2 },
          ],
        },
        {
          legend: 'Ý kiến cơ quan liên quan (không bắt buộc)',
          fields: [
            { name: 'relatedOpinions.0.agency', label: 'Cơ quan', max: 300, requiredIf: (v) => !!v['relatedOpinions.0.opinion'] },
            { name: 'relatedOpinions.0.opinion', label: 'Ý kiến', kind: 'textarea', max: 5000, rows: 2, requiredIf: (v) => !!v['relatedOpinions.0.agency'] },
          ],
        },
        { name: 'reservedOpinion', label: 'Ý kiến bảo lưu của chuyên viên', kind: 'textarea', max: 5000, rows: 2 },
      ],
    };
  },
  initial: () => ({
    intro: 'Ký nháy phiếu trình để trình lãnh đạo ký, hoặc trả lại chuyên viên (cần nêu lý do).',
    fields: [
      { name: 'agree', label: 'Ý kiến', kind: 'choice', required: true, options: [{ value: true, label: 'Đồng ý, ký nháy' }, { value: false, label: 'Không đồng ý, trả lại chuyên viên' }] },
      { ...optionalNote('Ghi chú / lý do'), requiredIf: (v) => v.agree === false, requiredMessage: 'Cần nêu lý do khi không đồng ý' },
    ],
  }),
  sign: (doc) => signForm(doc.signingOptions ?? []),
  issue: () => ({
    intro: 'Số và ký hiệu văn bản đi do hệ thống cấp theo sổ văn bản đi của năm.',
    fields: [
      { name: 'recipients', label: 'Nơi nhận', kind: 'lines', required: true, maxItems: 200, itemMax: 300, hint: 'Mỗi dòng một nơi nhận, ví dụ “Sở Kế hoạch và Đầu tư”, “Lưu: VT, KT”' },
      { name: 'copies', label: 'Số lượng bản', kind: 'int', required: true, min: 1, max: 10000 },
      { name: 'symbolSuffix', label: 'Đơn vị soạn thảo trong ký hiệu (công văn)', max: 20, hint: 'Không bắt buộc; ví dụ KT trong 12/UBND-KT' },
    ],
  }),
  /** Lưu hồ sơ: into one of the open case files (hồ sơ công việc), whose code and retention it takes; else by file code and retention. */
  archive: async () => {
    const { items } = await get('/api/records/case-files', { status: 'open', pageSize: 500 }).catch(() => ({ items: [] }));
    const byCode = (v) => !v.caseFileId;
    return {
      intro: 'Đưa văn bản đã phát hành vào hồ sơ công việc đang mở; hồ sơ quyết định số, ký hiệu và thời hạn bảo quản.',
      fields: [
        { name: 'caseFileId', label: 'Hồ sơ công việc', kind: 'select', wide: true, placeholder: '— Không chọn: ghi số, ký hiệu hồ sơ —', options: items.map((f) => ({ value: f.id, label: `${f.code} (${f.year}) — ${f.title}` })) },
        { name: 'fileCode', label: 'Số, ký hiệu hồ sơ', max: 50, hint: 'Ví dụ 05.KT.2026', showIf: byCode, requiredIf: byCode },
        { name: 'retentionKind', label: 'Thời hạn bảo quản', kind: 'choice', local: true, aliases: ['retention'], showIf: byCode, requiredIf: byCode, options: [{ value: 'permanent', label: 'Vĩnh viễn' }, { value: 'years', label: 'Có thời hạn (số năm)' }] },
        { name: 'retentionYears', label: 'Số năm bảo quản', kind: 'int', min: 1, max: 100, local: true, showIf: (v) => byCode(v) && v.retentionKind === 'years', requiredIf: (v) => byCode(v) && v.retentionKind === 'years' },
      ],
      toBody: (body, values) => (values.caseFileId ? { caseFileId: values.caseFileId } : { fileCode: body.fileCode, retention: values.retentionKind === 'permanent' ? 'permanent' : values.retentionYears }),
    };
  },
  'extend-deadline': (doc) => ({
    intro: doc.deadlines?.leader ? `Thời hạn hiện tại: ${formatDate(doc.deadlines.leader.due)}.` : 'Gia hạn thời hạn giải quyết đã giao.',
    fields: [
      { name: 'newDueDate', label: 'Thời hạn mới', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
      { name: 'reason', label: 'Lý do gia hạn', kind: 'textarea', required: true, max: 1000 },
    ],
  }),
};

/**
 * Ký ban hành. `signingOptions` (GET /api/documents/:id/state) are the capacities the signer holds
 * now: their own name, and each live delegation from the named leader covering the document
 * (DOMAIN.md §10). With a delegation among them the signer chooses, and the mark goes with the body.
 */
function signForm(signingOptions) {
  const delegated = signingOptions.some((option) => option.capacity !== 'own');
  const capacityField = {
    name: 'signingOption', label: 'Thẩm quyền ký', kind: 'choice', required: true, local: true,
    hint: 'Ký thay, thừa ủy quyền… theo ủy quyền còn hiệu lực của lãnh đạo có tên trong phiếu trình.',
    value: signingOptions.length === 1 ? 0 : undefined,
    options: signingOptions.map((option, i) => ({ value: i, label: capacityLabel(option) })),
  };
  return {
    intro: 'Ký ban hành văn bản, hoặc không ký và trả lại (cần nêu lý do).',
    fields: [
      ...(delegated ? [capacityField] : []),
      { name: 'decision', label: 'Quyết định', kind: 'choice', required: true, options: [{ value: 'approved', label: 'Ký ban hành' }, { value: 'rejected', label: 'Không ký, trả lại' }] },
      { ...optionalNote('Ghi chú / lý do'), requiredIf: (v) => v.decision === 'rejected', requiredMessage: 'Cần nêu lý do khi không ký' },
    ],
    toBody: (body, values) => {
      const chosen = delegated ? signingOptions[values.signingOption] : null;
      return chosen ? { ...body, capacity: chosen.capacity, delegationId: chosen.delegationId } : body;
    },
  };
}

/** "KT. CHỦ TỊCH (Ký thay)", or one's own name. */
export function capacityLabel({ capacity, onBehalfOf }) {
  if (capacity === 'own' || !onBehalfOf) return 'Ký với chức danh của mình';
  return `${capacity}. ${onBehalfOf.title} (${DELEGATION_KIND_LABELS[capacity] ?? capacity})`;
}

/** The form of `action` for this document (a promise for the forms that read first), or null when the application has no form for it. */
export function stepForm(action, doc) {
  return FORMS[action]?.(doc) ?? null;
}
