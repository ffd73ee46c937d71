import { ITEM_FORM_LABELS, ONLINE_LEVEL_LABELS, SUPPLEMENT_POLICY_LABELS } from '../labels.js';
import { formatDate } from '../format.js';
import { ref, roleLabel } from '../reference.js';

/*
 * The form of a new version of a procedure (POST /api/procedures/:code/versions), prefilled
 * from the latest version so that a change is a small edit: checklist rows and process steps
 * each have their own fields, with blank rows to add more.
 */

const options = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const BLANK_ROWS = 2;

function itemRows(items) {
  return [...items, ...Array(BLANK_ROWS).fill(null)].map((item, i) => ({
    legend: `Thành phần ${i + 1}`,
    class: 'row-group',
    fields: [
      { name: `requiredItems.${i}.name`, label: `Tên giấy tờ ${i + 1}`, max: 500, value: item?.name ?? '' },
      { name: `requiredItems.${i}.form`, label: `Hình thức ${i + 1}`, kind: 'select', placeholder: false, value: item?.form ?? 'original', options: options(ITEM_FORM_LABELS) },
      { name: `requiredItems.${i}.quantity`, label: `Số lượng ${i + 1}`, kind: 'int', min: 1, max: 100, value: item?.quantity ?? 1 },
      { name: `requiredItems.${i}.mandatory`, label: `Bắt buộc ${i + 1}`, kind: 'checkbox', value: item ? item.mandatory : true },
    ],
  }));
}

function stepRows(steps) {
  const roles = Object.keys(ref().roleLabels).filter((r) => !['admin', 'auditor', 'system'].includes(r));
  return [...steps, ...Array(BLANK_ROWS).fill(null)].map((step, i) => ({
    legend: `Bước ${i + 1}`,
    class: 'row-group',
    fields: [
      { name: `steps.${i}.task`, label: `Công việc bước ${i + 1}`, max: 1000, value: step?.task ?? '' },
      { name: `steps.${i}.unit`, label: `Đơn vị thực hiện bước ${i + 1}`, max: 300, value: step?.unit ?? '' },
      { name: `steps.${i}.role`, label: `Vai trò bước ${i + 1}`, kind: 'select', placeholder: '— Không —', value: step?.role ?? '', options: roles.map((r) => ({ value: r, label: roleLabel(r) })) },
      { name: `steps.${i}.workingDays`, label: `Số ngày làm việc bước ${i + 1}`, local: true, value: step ? String(step.workingDays).replace('.', ',') : '', hint: 'Cho phép nửa ngày: 0,5' },
    ],
  }));
}

const halfDays = (text) => (text === undefined ? undefined : Number(String(text).replace(',', '.')));

export function versionForm(latest) {
  return {
    intro: latest ? `Điền sẵn theo phiên bản ${latest.version} (hiệu lực từ ${formatDate(latest.effectiveFrom)}); phiên bản mới chỉ được dùng sau khi Chánh Văn phòng phê duyệt.` : 'Phiên bản chỉ được dùng sau khi Chánh Văn phòng phê duyệt.',
    submitLabel: 'Lưu dự thảo phiên bản',
    fields: [
      {
        legend: 'Hiệu lực và căn cứ',
        fields: [
          { name: 'effectiveFrom', label: 'Hiệu lực từ ngày', kind: 'date', required: true },
          { name: 'effectiveTo', label: 'Hiệu lực đến ngày', kind: 'date', hint: 'Không bắt buộc' },
          { name: 'publishingDecision', label: 'Quyết định công bố', required: true, max: 300, wide: true, value: latest?.publishingDecision },
          { name: 'legalBasis', label: 'Căn cứ pháp lý', kind: 'lines', required: true, maxItems: 50, itemMax: 500, value: latest?.legalBasis?.join('\n'), hint: 'Mỗi dòng một văn bản' },
        ],
      },
      {
        legend: 'Thời hạn, phí và kết quả',
        fields: [
          { name: 'statutoryDays', label: 'Thời hạn giải quyết (ngày làm việc)', kind: 'int', required: true, min: 1, max: 365, value: latest?.statutoryDays },
          { name: 'cutoffHour', label: 'Giờ chốt nhận trong ngày', kind: 'int', min: 8, max: 17, value: latest?.cutoffHour ?? 15, hint: 'Nhận sau giờ này tính từ ngày làm việc tiếp theo' },
          { name: 'feeVnd', label: 'Phí, lệ phí (đồng)', kind: 'int', min: 0, max: 1_000_000_000, value: latest?.feeVnd ?? '' },
          { name: 'onlineLevel', label: 'Dịch vụ công trực tuyến', kind: 'select', required: true, placeholder: false, value: latest?.onlineLevel ?? 'partial', options: options(ONLINE_LEVEL_LABELS) },
          { name: 'resultType', label: 'Kết quả giải quyết', required: true, max: 300, value: latest?.resultType },
          { name: 'supplementPolicy', label: 'Khi yêu cầu bổ sung hồ sơ', kind: 'choice', required: true, value: latest?.supplementPolicy ?? 'restart', options: options(SUPPLEMENT_POLICY_LABELS) },
        ],
      },
      { legend: 'Thành phần hồ sơ', fields: itemRows(latest?.requiredItems ?? []) },
      { legend: 'Quy trình nội bộ', hint: 'Tổng số ngày các bước không vượt thời hạn giải quyết.', fields: stepRows(latest?.steps ?? []) },
    ],
    validate: (values) =>
      Object.entries(values)
        .filter(([name, text]) => /^steps\.\d+\.workingDays$/.test(name) && text !== undefined && !(halfDays(text) >= 0 && Number.isInteger(halfDays(text) * 2)))
        .map(([field]) => ({ field, message: 'Số ngày làm việc là số không âm, bội của 0,5' })),
    toBody: (body, values) => ({
      ...body,
      requiredItems: (body.requiredItems ?? []).filter((item) => item?.name),
      steps: (body.steps ?? []).map((step, i) => step && { ...step, workingDays: halfDays(values[`steps.${i}.workingDays`]) }).filter((step) => step?.task).map((step, i) => ({ no: i + 1, ...step })),
    }),
  };
}
