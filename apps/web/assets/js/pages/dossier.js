import { get } from '../api.js';
import { attachmentsCard, DOSSIER_FILE_PURPOSES } from '../attachments-card.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { dossierEventLabel, dossierEventSummary } from '../dossier-events.js';
import { formatDateTime } from '../format.js';
import { DOSSIER_ACTION_LABELS, DOSSIER_CHANNEL_LABELS, STEP_OUTCOME_LABELS } from '../labels.js';
import { classificationBadge, dossierFormPath, dossierStatusBadge, dueText, formButtons, partyName, procedureField, procedureText } from '../onestop.js';
import { openStepDialog } from '../step-dialog.js';
import { timeline } from '../timeline.js';
import { dossierStepForm } from './dossier-forms.js';

/** The printed forms a dossier has, besides the slip and the control sheet every dossier has: the event that makes each. */
const FORM_EVENTS = { 'supplement-request': 'SupplementRequestedDuringProcessing', apology: 'ApologyIssued', 'stop-notice': 'ProcessingStopped' };

async function load(id) {
  // History first: it is exact, and the summary waits for its last event, so both tell the same (others' steps too).
  const history = await get(`/api/dossiers/${id}/history`);
  return { history, dossier: await get(`/api/dossiers/${id}`, { minPosition: history.events.at(-1)?.position }) };
}

function summaryFacts(dossier) {
  const applicant = dossier.applicant ?? {};
  return facts(
    [
      ['Mã hồ sơ', dossier.code],
      ['Thủ tục hành chính', procedureText(dossier.procedure)],
      ['Lĩnh vực', procedureField(dossier.procedure)],
      ['Người nộp', applicant.name],
      ['Số giấy tờ tùy thân', applicant.idNumber],
      ['Địa chỉ', applicant.address],
      ['Điện thoại', applicant.phone],
      ['Thư điện tử', applicant.email],
      ['Hình thức nộp', DOSSIER_CHANNEL_LABELS[dossier.channel] ?? dossier.channel],
      ['Số bộ hồ sơ', dossier.sets],
      ['Ngày nhận', formatDateTime(dossier.receivedAt)],
      ['Ngày hẹn trả', dueText(dossier)],
      ['Phân loại', classificationBadge(dossier.classification)],
      ['Số, ký hiệu kết quả', dossier.symbol],
    ],
    { 'data-testid': 'summary' },
  );
}

/** Phiếu kiểm soát quá trình giải quyết hồ sơ: each hand-over with its step's outcome. */
function controlSheet(steps) {
  if (!steps?.length) return notice('Hồ sơ chưa được chuyển qua bước nào của quy trình.');
  return scrollTable(
    'Phiếu kiểm soát quá trình giải quyết hồ sơ',
    ['Bước', 'Nội dung công việc', 'Bên giao', 'Bên nhận', 'Thời điểm giao', 'Hạn của bước', 'Kết quả'],
    steps.map((step) =>
      row(
        [
          h('td', { class: 'number' }, String(step.no)),
          step.task,
          partyName(step.from),
          partyName(step.to),
          formatDateTime(step.handedAt),
          step.dueAt ? formatDateTime(step.dueAt) : 'Không tính thời gian',
          h('td', {}, step.outcome ? h('span', { class: `badge step-${step.outcome}` }, STEP_OUTCOME_LABELS[step.outcome] ?? step.outcome) : '—'),
        ],
        { 'data-step': String(step.no), 'data-outcome': step.outcome ?? '' },
      ),
    ),
    { 'data-testid': 'control-sheet', class: 'data-table control-sheet' },
  );
}

function formsCard(dossier, events) {
  const happened = new Set(events.map((event) => event.type));
  const forms = ['appointment-slip', ...Object.keys(FORM_EVENTS).filter((form) => happened.has(FORM_EVENTS[form])), 'control-sheet'];
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'forms-heading' },
    h('h2', { id: 'forms-heading' }, 'Biểu mẫu in'),
    h('div', { class: 'form-prints', 'data-testid': 'forms' }, forms.map((form) => formButtons(dossierFormPath(dossier.id, form), form, `${dossier.code}-${form}`))),
  );
}

function actionsCard(dossier, user) {
  const steps = (dossier.actions ?? []).map((action) => ({ action, spec: dossierStepForm(action, dossier, user) })).filter(({ spec }) => spec);
  const title = (action) => DOSSIER_ACTION_LABELS[action] ?? action;
  const open = ({ action, spec }) =>
    openStepDialog({
      action,
      title: title(action),
      spec,
      path: `/api/dossiers/${dossier.id}/${action}`,
      done: (result) => `Đã thực hiện: ${title(action)}${result?.symbol ? ` — số, ký hiệu ${result.symbol}` : ''}`,
    });
  return h(
    'section',
    { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
    h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
    steps.length
      ? h('div', { class: 'action-buttons', 'data-testid': 'actions' }, steps.map((step) => h('button', { type: 'button', class: 'button button-primary', 'data-action': step.action, onclick: () => open(step) }, title(step.action))))
      : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở hồ sơ này.'),
  );
}

/**
 * Hồ sơ một cửa: one dossier (GET /api/dossiers/:id), its control sheet, printed forms, history,
 * and a button for exactly each step the signed-in user may take now (`actions` of the summary).
 */
export async function render(page, { params, user }) {
  const { history, dossier } = await load(params.id);
  const closed = ['returned', 'stopped', 'withdrawn'].includes(dossier.status);
  // The server decides who may attach (the desk, the dossier's path); the form is offered to the desk and to whoever has a step here.
  const canAttach = !closed && ((dossier.actions ?? []).length > 0 || (user?.roles ?? []).includes('onestop_officer'));
  // The items handed in, as received (the history has them; the summary does not): a scan names its item.
  const items = (history.events.find((event) => event.type === 'DossierReceived')?.data.items ?? []).map((item) => item.name);
  const files = await attachmentsCard({ owner: 'dossiers', id: params.id, purposes: DOSSIER_FILE_PURPOSES, canAttach, items, minPosition: history.events.at(-1)?.position, defaultPurpose: 'item' });
  mount(
    page,
    pageTitle(`Hồ sơ ${dossier.code}`, dossier.procedure?.name),
    h('p', { class: 'badges' }, dossierStatusBadge(dossier), ' ', classificationBadge(dossier.classification)),
    actionsCard(dossier, user),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'summary-heading' }, h('h2', { id: 'summary-heading' }, 'Thông tin hồ sơ'), summaryFacts(dossier)),
      formsCard(dossier, history.events),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'control-heading' }, h('h2', { id: 'control-heading' }, 'Phiếu kiểm soát quá trình giải quyết'), controlSheet(dossier.steps)),
    files,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, `Lịch sử xử lý (${history.events.length} bước)`),
      timeline(history.events, { label: dossierEventLabel, summary: dossierEventSummary }),
    ),
  );
}
