import { download, errorText, get } from '../api.js';
import { attachmentsCard, DOCUMENT_FILE_PURPOSES } from '../attachments-card.js';
import { signaturesCard } from '../signatures-card.js';
import { facts, h, mount, notice, pageTitle } from '../dom.js';
import { formatDate, formatDateTime } from '../format.js';
import { CHANNEL_LABELS, FINDING_LABELS, OUTCOME_LABELS, retentionLabel, SIGNING_ORGAN_LABELS } from '../labels.js';
import { actionLabel, departmentName, documentTypeName, fieldName, userName } from '../reference.js';
import { allows, AUDIT_ROLES } from '../roles.js';
import { openStepDialog } from '../step-dialog.js';
import { timeline } from '../timeline.js';
import { confidentialityBadge, deadlinesTable, forInformationNames, incomingNumber, statusBadge, urgencyBadge } from '../widgets.js';
import { capacityLabel, stepForm } from './step-forms.js';

/**
 * One document: its summary (read model), deadlines, the work done so far, its history (event
 * store) and a button for exactly each step the signed-in user may take now (`availableActions`
 * of GET /api/documents/:id/state).
 */
async function load(id) {
  // History first: it is exact, and the summary waits for its last event, so both tell the same (others' steps too).
  const history = await get(`/api/documents/${id}/history`);
  const last = history.events.at(-1);
  // "Now", but never before the last event: a browser clock a little behind must not hide it.
  const at = new Date(Math.max(Date.now(), last ? Date.parse(last.occurredAt) : 0)).toISOString();
  const [summary, state] = await Promise.all([get(`/api/documents/${id}`, { minPosition: last?.position }), get(`/api/documents/${id}/state`, { at })]);
  return { history, summary, state };
}

/** Để biết: the departments, then the people, the distribution told without responsibility (null: none). */
function forInformationText(told) {
  const names = forInformationNames(told);
  return names.length ? h('span', { 'data-testid': 'for-information' }, names.join(', ')) : null;
}

function summaryFacts(summary, state) {
  const doc = state.state;
  return facts(
    [
      ['Nơi gửi (tác giả)', summary.source.agency],
      ['Số, ký hiệu', summary.source.symbol],
      ['Ngày văn bản', formatDate(summary.source.issuedDate)],
      ['Người ký', summary.source.signer],
      ['Loại văn bản', documentTypeName(summary.documentType)],
      ['Lĩnh vực', fieldName(summary.fieldCode)],
      ['Độ khẩn', urgencyBadge(summary.urgency, { always: true })],
      ['Độ mật', confidentialityBadge(summary.confidentiality, { always: true })],
      ['Hình thức', CHANNEL_LABELS[summary.channel] ?? summary.channel],
      ['Số trang', summary.pages],
      ['Ngày đến', formatDateTime(summary.receivedAt)],
      ['Phòng xử lý', summary.departmentId ? departmentName(summary.departmentId) : null],
      ['Để biết', forInformationText(summary.forInformation)],
      ['Chuyên viên xử lý', summary.assigneeId ? userName(summary.assigneeId) : null],
      ['Lãnh đạo được trình', summary.leaderId ? userName(summary.leaderId) : null],
      ['Số, ký hiệu văn bản đi', summary.symbol],
      ['Ngày phát hành', summary.issuedAt ? formatDateTime(summary.issuedAt) : null],
      ['Gửi đích danh', doc.sealedForUserId ? userName(doc.sealedForUserId) : null],
    ],
    { 'data-testid': 'summary' },
  );
}

/** The work on record so far: direction, appraisal, supplement, submission, signature, issue, archive. */
/** "KT. CHỦ TỊCH (Ký thay) — " before the signer's name when signed under a delegation (DOMAIN.md §10). */
const signedAs = (signature) => (signature.capacity && signature.capacity !== 'own' ? `${capacityLabel(signature)} — ` : '');

function workFacts(doc) {
  const parts = [];
  if (doc.direction) parts.push(['Ý kiến chỉ đạo', `${doc.direction} (${userName(doc.distributedBy)}, ${formatDateTime(doc.distributedAt)})`]);
  if (doc.appraisal) {
    const findings = Object.entries(FINDING_LABELS).map(([key, label]) => {
      const finding = doc.appraisal.findings[key];
      return h('li', {}, `${label}: ${finding.ok ? 'đạt' : 'chưa đạt'}${finding.note ? ` — ${finding.note}` : ''}`);
    });
    parts.push(['Kết quả thẩm định', h('div', {}, OUTCOME_LABELS[doc.appraisal.outcome], h('ul', { class: 'plain' }, findings))]);
  }
  if (doc.supplement) parts.push(['Hồ sơ bổ sung', `${doc.supplement.missingItems.join('; ')}${doc.supplement.receivedAt ? ` — đã nhận ${formatDateTime(doc.supplement.receivedAt)}` : ' — đang chờ'}`]);
  if (doc.submission) {
    parts.push(['Phiếu trình', `${userName(doc.submission.leaderId)} (ký thay mặt ${SIGNING_ORGAN_LABELS[doc.submission.signsAs] ?? doc.submission.signsAs}): ${doc.submission.proposal}`]);
    parts.push(['Dự thảo', `${documentTypeName(doc.submission.draft.documentType)} — ${doc.submission.draft.excerpt}`]);
    if (doc.submission.reservedOpinion) parts.push(['Ý kiến bảo lưu', doc.submission.reservedOpinion]);
  }
  if (doc.initial) parts.push(['Ký nháy', `${userName(doc.initial.by)}, ${formatDateTime(doc.initial.at)}${doc.initial.note ? ` — ${doc.initial.note}` : ''}`]);
  if (doc.signature) parts.push(['Ký ban hành', `${signedAs(doc.signature)}${userName(doc.signature.by)}, ${formatDateTime(doc.signature.at)}`]);
  if (doc.lastReturn) parts.push(['Lần trả lại gần nhất', `${userName(doc.lastReturn.by)}, ${formatDateTime(doc.lastReturn.at)}: ${doc.lastReturn.reason}`]);
  if (doc.outgoing) parts.push(['Văn bản đi', `${doc.outgoing.symbol}; ${doc.outgoing.copies} bản; nơi nhận: ${doc.outgoing.recipients.join('; ')}`]);
  if (doc.archive) parts.push(['Lưu hồ sơ', `Hồ sơ ${doc.archive.fileCode}; bảo quản ${retentionLabel(doc.archive.retention).toLowerCase()}`]);
  return parts.length ? facts(parts, { 'data-testid': 'work' }) : h('p', {}, 'Chưa có bước xử lý nào sau khi tiếp nhận.');
}

/**
 * Buttons that open a printed slip (PDF, GET /api/documents/:id/forms/:slip) in a new tab to print:
 * the processing slip from registration on, the submission slip once the document was submitted.
 */
function slipButtons(id, history) {
  const submitted = history.events.some((event) => event.type === 'DocumentSubmitted');
  const slips = [['processing-slip', 'In phiếu xử lý', 'Phiếu giải quyết văn bản đến'], ...(submitted ? [['submission-slip', 'In phiếu trình', 'Phiếu trình giải quyết công việc']] : [])];
  const status = h('span', { class: 'download-status', role: 'status' });
  const open = (slip, name) =>
    download(`/api/documents/${id}/forms/${slip}`, undefined, `${name}.pdf`, { open: true })
      .then(() => (status.textContent = ''))
      .catch((error) => ((status.className = 'download-status tone-late'), (status.textContent = errorText(error))));
  return h(
    'p',
    { class: 'download-buttons', 'data-testid': 'slips' },
    slips.map(([slip, label, name]) => [h('button', { type: 'button', class: 'button button-small', 'data-slip': slip, 'aria-label': `${label} (${name}, PDF)`, onclick: () => open(slip, name) }, label), ' ']),
    status,
  );
}

async function openStep(action, id, doc) {
  const spec = await stepForm(action, doc);
  if (!spec) return;
  openStepDialog({
    action,
    title: actionLabel(action),
    spec,
    path: `/api/documents/${id}/${action}`,
    done: (result) => `Đã thực hiện: ${actionLabel(action)}${result.symbol ? ` — số, ký hiệu ${result.symbol}` : ''}`,
  });
}

export async function render(page, { params, user, query }) {
  const { id } = params;
  const { history, summary, state } = await load(id);
  const actions = state.availableActions.filter((action) => action !== 'receive');
  // Who may attach is the server's rule (the clerks, the document's path, whoever's turn it is); this only hides the form from the rest.
  const canAttach = state.state.status !== 'archived' && (actions.length > 0 || (user?.roles ?? []).includes('clerk') || (state.state.path ?? []).includes(user?.id));
  const files = await attachmentsCard({ owner: 'documents', id, purposes: DOCUMENT_FILE_PURPOSES, canAttach, minPosition: history.events.at(-1)?.position, defaultPurpose: state.state.signature ? 'signed' : 'draft' });
  const signatures = await signaturesCard(id);
  mount(
    page,
    pageTitle(`Văn bản đến số ${incomingNumber(summary)}`, summary.excerpt),
    h('p', { class: 'badges' }, statusBadge(summary.status, summary.statusLabel), ' ', urgencyBadge(summary.urgency), ' ', confidentialityBadge(summary.confidentiality)),
    query.moi ? notice(`Đã đăng ký văn bản đến số ${incomingNumber(summary)}.`, 'success') : null,
    h(
      'section',
      { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
      h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
      actions.length
        ? h('div', { class: 'action-buttons', 'data-testid': 'actions' }, actions.map((action) => h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openStep(action, id, { ...state.state, signingOptions: state.signingOptions }) }, actionLabel(action))))
        : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở văn bản này.'),
      allows(user, AUDIT_ROLES) ? h('p', {}, h('a', { href: `/kiem-toan/${id}` }, 'Mở trong trang kiểm toán')) : null,
      slipButtons(id, history),
    ),
    h(
      'div',
      { class: 'columns' },
      h('section', { class: 'card', 'aria-labelledby': 'summary-heading' }, h('h2', { id: 'summary-heading' }, 'Thông tin văn bản'), summaryFacts(summary, state)),
      h(
        'div',
        {},
        h('section', { class: 'card', 'aria-labelledby': 'deadlines-heading' }, h('h2', { id: 'deadlines-heading' }, 'Thời hạn'), deadlinesTable(summary.deadlines)),
        h('section', { class: 'card', 'aria-labelledby': 'work-heading' }, h('h2', { id: 'work-heading' }, 'Kết quả xử lý'), workFacts(state.state)),
      ),
    ),
    files,
    signatures,
    h('section', { class: 'card', 'aria-labelledby': 'history-heading' }, h('h2', { id: 'history-heading' }, `Lịch sử xử lý (${history.events.length} bước)`), timeline(history.events)),
  );
}
