import { ApiError, get, newIdempotencyKey, post } from '../api.js';
import { daysText, feeText } from '../catalogue.js';
import { facts, h, mount, notice, pageTitle } from '../dom.js';
import { filterForm } from '../filters.js';
import { createForm } from '../forms.js';
import { formatDate } from '../format.js';
import { DOSSIER_CHANNEL_LABELS, ITEM_FORM_LABELS } from '../labels.js';
import { toast } from '../layout.js';
import { dossierFormPath, formButtons, receptionFormPath } from '../onestop.js';
import { fieldName, org } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { missingItemFields, missingItems } from './dossier-forms.js';

/*
 * Tiếp nhận hồ sơ (one-stop officer): pick a procedure of the catalogue, tick the items of its
 * checklist (the version in force) the applicant hands in, then POST /api/dossiers. A missing
 * mandatory item (422 CHECKLIST_INCOMPLETE) leads to Mẫu 02; the desk may also refuse (Mẫu 03).
 */

const choose = (code) => `/mot-cua/tiep-nhan?thu-tuc=${encodeURIComponent(code)}`;

async function picker(page, query) {
  const search = filterForm({
    label: 'Tìm thủ tục hành chính',
    name: 'procedures',
    query,
    submitLabel: 'Tìm thủ tục',
    fields: [
      { name: 'q', label: 'Tên hoặc mã thủ tục' },
      { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', all: 'Tất cả lĩnh vực', options: org().fields.map((f) => [f.code, f.name]) },
    ],
  });
  const { items } = await get('/api/procedures', { q: query.q, fieldCode: query.fieldCode });
  mount(
    page,
    pageTitle('Tiếp nhận hồ sơ', 'Bước 1: chọn thủ tục hành chính người nộp đề nghị giải quyết (tìm theo tên, mã hoặc lĩnh vực).'),
    h('section', { class: 'card' }, search),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'procedures-heading' },
      h('h2', { id: 'procedures-heading' }, `Thủ tục tìm thấy (${items.length})`),
      items.length
        ? h(
            'ul',
            { class: 'plain link-list procedure-choices', 'data-testid': 'procedure-choices' },
            items.map((p) =>
              h('li', { 'data-code': p.code }, h('a', { href: choose(p.code) }, p.name), h('div', { class: 'cell-sub' }, `${p.code} · ${fieldName(p.fieldCode)}${p.version ? '' : ' · chưa có phiên bản có hiệu lực'}`)),
            ),
          )
        : notice('Không có thủ tục nào phù hợp.'),
    ),
  );
}

/** The receipt of a reception: code, due date, PIN, the slip to print and where to go next. */
function receipt(page, procedure, answer) {
  mount(
    page,
    pageTitle('Đã tiếp nhận hồ sơ', procedure.name),
    h(
      'section',
      { class: 'card receipt', 'data-testid': 'receipt', 'aria-labelledby': 'receipt-heading' },
      h('h2', { id: 'receipt-heading' }, `Hồ sơ ${answer.code}`),
      facts([
        ['Mã hồ sơ', h('strong', { 'data-testid': 'dossier-code' }, answer.code)],
        ['Ngày hẹn trả kết quả', h('strong', { 'data-testid': 'due-date' }, formatDate(answer.dueDate))],
        ['Mã tra cứu (PIN) của người nộp', h('strong', { 'data-testid': 'pin' }, answer.pin)],
      ]),
      formButtons(dossierFormPath(answer.id, 'appointment-slip'), 'appointment-slip', `${answer.code}-appointment-slip`),
      h(
        'p',
        { class: 'action-buttons' },
        h('a', { class: 'button', href: `/ho-so/${answer.id}` }, 'Mở hồ sơ'),
        h('a', { class: 'button button-primary', href: '/mot-cua/tiep-nhan' }, 'Tiếp nhận hồ sơ khác'),
      ),
    ),
  );
  page.querySelector('h1').focus();
}

/** A slip given at the desk without opening a dossier (Mẫu 02, Mẫu 03), with its PDF. */
function slipGiven(region, form, answer, noun) {
  region.replaceChildren(notice(`Đã lập ${noun} số ${answer.slipNumber}.`, 'success'), formButtons(receptionFormPath(answer.id, form), form, `${answer.slipNumber}-${form}`));
  region.focus();
}

function supplementDialog(region, procedure, applicant, missing) {
  openStepDialog({
    action: 'supplement-at-desk',
    title: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)',
    spec: {
      intro: 'Hồ sơ chưa đủ thành phần bắt buộc nên chưa được tiếp nhận. Nêu lý do cho từng thành phần còn thiếu; có thể thêm thành phần cần hoàn thiện.',
      fields: missingItemFields(missing, 2),
      submitLabel: 'Lập phiếu yêu cầu bổ sung',
      validate: missingItems.validate,
      toBody: (body) => ({ procedureCode: procedure.code, applicant, ...missingItems.toBody(body) }),
    },
    path: '/api/dossiers/supplement-requests',
    done: (answer) => `Đã lập phiếu yêu cầu bổ sung số ${answer.slipNumber}`,
    then: (answer) => slipGiven(region, 'supplement-request', answer, 'phiếu yêu cầu bổ sung, hoàn thiện hồ sơ'),
  });
}

function refusalDialog(region, procedure, applicantName) {
  openStepDialog({
    action: 'refusal',
    title: 'Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)',
    spec: {
      intro: 'Từ chối tiếp nhận khi hồ sơ không thuộc thẩm quyền hoặc không đủ điều kiện theo quy định; nêu rõ lý do và căn cứ.',
      submitLabel: 'Lập phiếu từ chối',
      fields: [
        { name: 'applicant.name', label: 'Người nộp', required: true, max: 200, value: applicantName },
        { name: 'reason', label: 'Lý do từ chối', kind: 'textarea', required: true, max: 2000 },
        { name: 'legalBasis', label: 'Căn cứ pháp lý', kind: 'textarea', required: true, max: 2000, rows: 2 },
      ],
      toBody: (body) => ({ procedureCode: procedure.code, ...body }),
    },
    path: '/api/dossiers/refusals',
    done: (answer) => `Đã lập phiếu từ chối số ${answer.slipNumber}`,
    then: (answer) => slipGiven(region, 'refusal', answer, 'phiếu từ chối tiếp nhận'),
  });
}

/** The mandatory items not handed in (`{item, reason}`), when that is why the reception was refused. */
const missingOf = (error) => (error instanceof ApiError && error.details?.rule === 'CHECKLIST_INCOMPLETE' ? error.details.missing : null);

function receptionForm(page, procedure, version, slips) {
  const idempotencyKey = newIdempotencyKey();
  const items = version.requiredItems;
  const checklist = items.length
    ? {
        legend: 'Thành phần hồ sơ',
        hint: 'Đánh dấu từng giấy tờ người nộp đã nộp; mục có ghi “bắt buộc” phải có mới được tiếp nhận.',
        class: 'checklist',
        fields: items.map((item, i) => ({
          name: `received.${i}`, label: item.name, kind: 'checkbox', local: true,
          hint: `${ITEM_FORM_LABELS[item.form] ?? item.form}, ${item.quantity} bản${item.mandatory ? ' — bắt buộc' : ' — không bắt buộc'}`,
        })),
      }
    : null;
  const form = createForm({
    testId: 'reception-form',
    submitLabel: 'Tiếp nhận',
    fields: [
      ...(checklist ? [checklist] : []),
      {
        legend: 'Người nộp hồ sơ',
        fields: [
          { name: 'applicant.name', label: 'Họ và tên (tổ chức)', required: true, max: 200, wide: true },
          { name: 'applicant.idNumber', label: 'Số CCCD / giấy tờ', max: 20 },
          { name: 'applicant.phone', label: 'Điện thoại', max: 20, autocomplete: 'off' },
          { name: 'applicant.email', label: 'Thư điện tử', max: 200 },
          { name: 'applicant.address', label: 'Địa chỉ', max: 500, wide: true },
        ],
      },
      {
        legend: 'Tiếp nhận',
        fields: [
          { name: 'channel', label: 'Hình thức nộp', kind: 'select', required: true, placeholder: false, value: 'direct', options: Object.entries(DOSSIER_CHANNEL_LABELS).map(([value, label]) => ({ value, label })) },
          { name: 'sets', label: 'Số bộ hồ sơ', kind: 'int', min: 1, max: 100, value: 1 },
          { name: 'receivedAt', label: 'Thời điểm nhận', kind: 'datetime', hint: 'Không bắt buộc (mặc định: lúc này); dạng dd/mm/yyyy HH:mm' },
        ],
      },
    ],
    toBody: (body, values) => ({
      procedureCode: procedure.code,
      ...body,
      items: items.filter((_, i) => values[`received.${i}`]).map(({ name, form: itemForm, quantity }) => ({ name, form: itemForm, quantity })),
    }),
    actions: [h('button', { type: 'button', class: 'button', 'data-testid': 'refuse', onclick: () => refusalDialog(slips, procedure, form.elements['applicant.name'].value.trim()) }, 'Từ chối tiếp nhận (Mẫu 03)')],
    async onSubmit(body) {
      slips.replaceChildren();
      try {
        const answer = await post('/api/dossiers', body, { idempotencyKey });
        toast(`Đã tiếp nhận hồ sơ ${answer.code}`);
        receipt(page, procedure, answer);
      } catch (error) {
        const missing = missingOf(error);
        if (missing) {
          slips.replaceChildren(
            notice(`Hồ sơ chưa được tiếp nhận: thiếu ${missing.length} thành phần bắt buộc. Hãy lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ cho người nộp.`, 'error'),
            h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'offer-supplement', onclick: () => supplementDialog(slips, procedure, body.applicant, missing) }, 'Lập phiếu yêu cầu bổ sung (Mẫu 02)'),
          );
        }
        throw error;
      }
    },
  });
  return form;
}

function versionFacts(procedure, version) {
  return facts([
    ['Mã thủ tục', procedure.code],
    ['Lĩnh vực', fieldName(procedure.fieldCode)],
    ['Phiên bản áp dụng', `${version.version} (${version.publishingDecision})`],
    ['Thời hạn giải quyết', daysText(version.statutoryDays)],
    ['Phí, lệ phí', feeText(version.feeVnd)],
    ['Kết quả giải quyết', version.resultType],
  ]);
}

/** Tiếp nhận hồ sơ: the picker without `thu-tuc` in the address, the checklist with it. */
export async function render(page, { query }) {
  const code = query['thu-tuc'];
  if (!code) return picker(page, query);
  // The catalogue answers each procedure with the approved version in force today (the API's rule, not a copy of it).
  const procedure = (await get('/api/procedures', { q: code })).items.find((p) => p.code === code);
  const back = h('p', {}, h('a', { href: '/mot-cua/tiep-nhan' }, '‹ Chọn thủ tục khác'));
  if (!procedure) {
    mount(page, pageTitle('Tiếp nhận hồ sơ'), back, notice(`Không có thủ tục mã ${code} trong danh mục.`, 'error'));
    return;
  }
  const { version } = procedure;
  const title = pageTitle('Tiếp nhận hồ sơ', procedure.name);
  if (!version) {
    mount(page, title, back, notice('Thủ tục chưa có phiên bản được phê duyệt và có hiệu lực hôm nay: chưa tiếp nhận được hồ sơ của thủ tục này.', 'error'));
    return;
  }
  const slips = h('div', { class: 'slips', tabindex: '-1', 'data-testid': 'slips' });
  mount(
    page,
    title,
    back,
    h('section', { class: 'card', 'aria-labelledby': 'version-heading' }, h('h2', { id: 'version-heading' }, 'Thủ tục'), versionFacts(procedure, version)),
    h('section', { class: 'card', 'aria-labelledby': 'reception-heading' }, h('h2', { id: 'reception-heading' }, 'Bước 2: kiểm tra thành phần hồ sơ, ghi thông tin người nộp'), slips, receptionForm(page, procedure, version, slips)),
  );
}
