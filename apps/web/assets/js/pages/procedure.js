import { get } from '../api.js';
import { daysText, effectiveText, feeText } from '../catalogue.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDateTime, formatNumber } from '../format.js';
import { ITEM_FORM_LABELS, ONLINE_LEVEL_LABELS, SUPPLEMENT_POLICY_LABELS } from '../labels.js';
import { fieldName, roleLabel, userName } from '../reference.js';
import { allows } from '../roles.js';
import { openStepDialog } from '../step-dialog.js';
import { versionForm } from './procedure-version-form.js';

function itemsTable(items) {
  if (!items.length) return notice('Phiên bản không liệt kê thành phần hồ sơ.');
  return scrollTable(
    'Thành phần hồ sơ',
    ['Tên giấy tờ', 'Hình thức', 'Số lượng', 'Bắt buộc'],
    items.map((item) => row([item.name, ITEM_FORM_LABELS[item.form] ?? item.form, h('td', { class: 'number' }, String(item.quantity)), item.mandatory ? 'Bắt buộc' : 'Không bắt buộc'])),
  );
}

function stepsTable(steps) {
  if (!steps.length) return notice('Phiên bản chưa có quy trình nội bộ.');
  const total = steps.reduce((sum, step) => sum + step.workingDays, 0);
  return scrollTable(
    `Quy trình nội bộ — tổng ${formatNumber(total)} ngày làm việc`,
    ['Bước', 'Công việc', 'Đơn vị thực hiện', 'Vai trò', 'Ngày làm việc'],
    steps.map((step) => row([h('td', { class: 'number' }, String(step.no)), step.task, step.unit, step.role ? roleLabel(step.role) : null, h('td', { class: 'number' }, formatNumber(step.workingDays))])),
    { class: 'data-table process-steps' },
  );
}

function approve(procedure, version) {
  openStepDialog({
    action: 'approve',
    title: `Phê duyệt phiên bản ${version.version}`,
    spec: {
      intro: `Phê duyệt quy trình nội bộ của thủ tục ${procedure.code}, phiên bản ${version.version} (hiệu lực ${effectiveText(version)}).`,
      submitLabel: 'Phê duyệt',
      fields: [{ name: 'decisionRef', label: 'Số, ký hiệu quyết định phê duyệt', required: true, max: 200, hint: 'Ví dụ 125/QĐ-VP' }],
    },
    path: `/api/procedures/${encodeURIComponent(procedure.code)}/versions/${version.version}/approve`,
  });
}

function versionSection(procedure, version, { inForce, user }) {
  const approval = version.approval;
  return h(
    'section',
    { class: 'card version', 'aria-labelledby': `version-${version.version}`, 'data-version': String(version.version) },
    h(
      'div',
      { class: 'card-heading' },
      h('h2', { id: `version-${version.version}` }, `Phiên bản ${version.version} — ${effectiveText(version)}`),
      h('span', { class: 'badges' }, inForce ? h('span', { class: 'badge status-issued' }, 'Đang có hiệu lực') : null, ' ', approval ? h('span', { class: 'badge' }, 'Đã phê duyệt') : h('span', { class: 'badge late' }, 'Chưa phê duyệt')),
    ),
    facts([
      ['Quyết định công bố', version.publishingDecision],
      ['Căn cứ pháp lý', version.legalBasis?.length ? h('ul', { class: 'plain' }, version.legalBasis.map((basis) => h('li', {}, basis))) : null],
      ['Thời hạn giải quyết', daysText(version.statutoryDays)],
      ['Giờ chốt nhận', `${version.cutoffHour} giờ`],
      ['Phí, lệ phí', feeText(version.feeVnd)],
      ['Dịch vụ công trực tuyến', ONLINE_LEVEL_LABELS[version.onlineLevel] ?? version.onlineLevel],
      ['Kết quả giải quyết', version.resultType],
      ['Khi yêu cầu bổ sung', SUPPLEMENT_POLICY_LABELS[version.supplementPolicy] ?? version.supplementPolicy],
      ['Phê duyệt', approval ? `${approval.decisionRef} — ${userName(approval.by)}, ${formatDateTime(approval.at)}` : 'Chưa được Chánh Văn phòng phê duyệt'],
    ]),
    !approval && allows(user, ['office_chief'])
      ? h('p', {}, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'approve', onclick: () => approve(procedure, version) }, `Phê duyệt phiên bản ${version.version}`))
      : null,
    h('h3', {}, 'Thành phần hồ sơ'),
    itemsTable(version.requiredItems ?? []),
    h('h3', {}, 'Quy trình nội bộ'),
    stepsTable(version.steps ?? []),
  );
}

/** Một thủ tục của danh mục: every version with its approval (GET /api/procedures/:code); drafting and approval. */
export async function render(page, { query, user }) {
  const code = query.ma ?? '';
  // The catalogue's list says which version is in force today (the API's rule, not a copy of it).
  const [procedure, { items }] = await Promise.all([get(`/api/procedures/${encodeURIComponent(code)}`), get('/api/procedures', { q: code })]);
  const inForce = items.find((p) => p.code === code)?.version?.version;
  const versions = [...procedure.versions].sort((a, b) => b.version - a.version);
  const draft = () =>
    openStepDialog({
      action: 'draft-version',
      title: 'Soạn phiên bản mới',
      spec: versionForm(versions[0]),
      path: `/api/procedures/${encodeURIComponent(procedure.code)}/versions`,
      done: (answer) => `Đã lưu dự thảo phiên bản ${answer.version}`,
    });
  mount(
    page,
    pageTitle(procedure.name, `Mã thủ tục ${procedure.code} · ${fieldName(procedure.fieldCode)}`),
    h(
      'p',
      { class: 'action-buttons' },
      h('a', { href: '/danh-muc-tthc', class: 'button button-quiet' }, '‹ Về danh mục'),
      allows(user, ['iso_secretary']) ? h('button', { type: 'button', class: 'button button-primary', 'data-action': 'draft-version', onclick: draft }, 'Soạn phiên bản mới') : null,
    ),
    versions.length ? versions.map((version) => versionSection(procedure, version, { inForce: version.version === inForce, user })) : notice('Thủ tục chưa có phiên bản nào.'),
  );
}
