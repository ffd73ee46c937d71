import { errorText, get, newIdempotencyKey, post } from './api.js';
import { facts, h, row, scrollTable } from './dom.js';
import { formatDateTime } from './format.js';
import { userName } from './reference.js';

/*
 * "Chữ ký số" of a document (DOMAIN.md §10): the leader's signature and the Office's as recorded
 * from the signed PDF, every check of an attached PDF with its result per signature, and the
 * buttons GET /api/documents/:id/signatures says the user may use (`actions`). The signed PDF is
 * uploaded in "Tệp đính kèm" (loại "Bản đã ký"); here one chooses which attached PDF to use.
 */

const ACTION_LABELS = { record_person: 'Ghi nhận chữ ký số cá nhân', record_organisation: 'Ghi nhận chữ ký số của cơ quan', verify: 'Kiểm tra chữ ký số' };
const PROBLEM_LABELS = {
  malformed: 'dữ liệu chữ ký không đọc được',
  digest_mismatch: 'nội dung đã bị thay đổi sau khi ký',
  signature_mismatch: 'chữ ký không khớp với chứng thư số',
  certificate_not_valid_at_signing: 'chứng thư số hết hiệu lực tại thời điểm ký',
  modified_after_signing: 'tệp bị thêm dữ liệu sau chữ ký cuối',
};

/** The CN of a distinguished name (`CN=Lê Minh Tuấn, O=…`), or the whole name. */
const commonName = (dn) => /(?:^|, )CN=([^,]+)/.exec(dn ?? '')?.[1] ?? dn ?? '—';
/** A badge, and why outside it: the reason wraps on a phone, a badge does not. */
const result = (valid, problem) =>
  h('span', {}, h('span', { class: valid ? 'badge classification-on_time' : 'badge late' }, valid ? 'Hợp lệ' : 'Không hợp lệ'), problem ? ` ${PROBLEM_LABELS[problem] ?? problem}` : '');
const trust = ({ trusted, trustReason }) => (trusted ? 'Đã xác thực đến CA gốc tin cậy' : h('span', { class: 'hint' }, trustReason ?? 'Chưa xác thực chuỗi chứng thực'));

function recordedFacts(title, signature, testid) {
  if (!signature) return h('div', { 'data-testid': testid }, h('h3', {}, title), h('p', { class: 'hint' }, 'Chưa ghi nhận.'));
  return h(
    'div',
    { 'data-testid': testid },
    h('h3', {}, title),
    facts([
      ['Chủ thể chứng thư', commonName(signature.certificate.subject)],
      ['Số hiệu chứng thư', h('code', {}, signature.certificate.serial)],
      ['Tổ chức cấp', commonName(signature.certificate.issuer)],
      ['Thời điểm ký', signature.signingTime ? formatDateTime(signature.signingTime, true) : 'không ghi trong chữ ký'],
      ['Tệp đã ký', `${signature.fileName} (SHA-256 ${signature.fileSha256.slice(0, 12)}…)`],
      ['Kết quả', result(true)],
      ['Chuỗi chứng thực', trust(signature)],
      ['Ghi nhận bởi', `${userName(signature.by)}, ${formatDateTime(signature.at)}`],
    ]),
  );
}

function verificationsTable(verifications) {
  if (!verifications.length) return h('p', { class: 'hint', 'data-testid': 'signature-checks' }, 'Chưa kiểm tra tệp nào.');
  const rows = verifications.flatMap((check) =>
    (check.signatures.length ? check.signatures : [null]).map((signature, i) =>
      row([
        i === 0 ? `${check.fileName} — ${formatDateTime(check.at)}, ${userName(check.by)}` : `${check.fileName} (tiếp)`,
        signature ? `${signature.index + 1}. ${commonName(signature.certificate?.subject)}` : 'Không có chữ ký số',
        signature?.certificate ? h('code', {}, signature.certificate.serial) : '—',
        signature?.certificate ? commonName(signature.certificate.issuer) : '—',
        signature?.signingTime ? formatDateTime(signature.signingTime, true) : '—',
        signature ? result(signature.valid, signature.problem) : result(false),
      ]),
    ),
  );
  return h('div', { 'data-testid': 'signature-checks' }, scrollTable('Kết quả kiểm tra chữ ký số', ['Tệp, lần kiểm tra', 'Chữ ký', 'Số hiệu chứng thư', 'Tổ chức cấp', 'Thời điểm ký', 'Kết quả'], rows));
}

/** The attached PDFs to choose from; the signed ones first (those a signature is recorded from). */
async function pdfOptions(id) {
  const { attachments } = await get(`/api/documents/${id}/attachments`);
  const pdfs = attachments.filter((file) => file.mediaType === 'application/pdf').sort((a, b) => (b.purpose === 'signed') - (a.purpose === 'signed'));
  return pdfs.map((file) => h('option', { value: file.attachmentId }, `${file.name}${file.purpose === 'signed' ? ' (bản đã ký)' : ''}`));
}

function actionForm(id, actions, refresh) {
  const select = h('select', { name: 'attachmentId', 'data-testid': 'signature-file' });
  const status = h('p', { class: 'hint', role: 'status' });
  // Refilling keeps the file the user has chosen: the focus that refills may come after the choice.
  const fill = async () => {
    const options = await pdfOptions(id);
    const chosen = select.value;
    select.replaceChildren(...options);
    if (options.some((option) => option.value === chosen)) select.value = chosen;
  };
  // Files attached in the card above since this one was drawn are offered too.
  select.addEventListener('focus', () => void fill().catch(() => {}));
  const run = async (action, button) => {
    if (!select.value) return void (status.textContent = 'Hãy đính kèm tệp PDF đã ký số ở mục "Tệp đính kèm" trước.');
    button.disabled = true;
    try {
      const body = { attachmentId: select.value, ...(action === 'verify' ? {} : { kind: action === 'record_person' ? 'person' : 'organisation' }) };
      const answer = await post(`/api/documents/${id}/signatures${action === 'verify' ? '/verify' : ''}`, body, { idempotencyKey: newIdempotencyKey() });
      await refresh(action === 'verify' ? `Đã kiểm tra: ${answer.valid ? 'mọi chữ ký số hợp lệ' : 'có chữ ký số không hợp lệ hoặc tệp không có chữ ký số'}.` : `Đã ${ACTION_LABELS[action].toLowerCase()}.`);
    } catch (error) {
      status.textContent = errorText(error);
      button.disabled = false;
    }
  };
  const buttons = actions.map((action) => {
    const button = h('button', { type: 'button', class: action === 'verify' ? 'button' : 'button button-primary', 'data-signature-action': action }, ACTION_LABELS[action]);
    button.addEventListener('click', () => run(action, button));
    return [button, ' '];
  });
  return { element: h('div', { class: 'attachments-attach', 'data-testid': 'signature-form' }, h('label', {}, 'Tệp PDF ', select), h('div', { class: 'form-actions' }, buttons), status), fill };
}

/** The card; it redraws itself after each step, with the step's outcome as its message. */
export async function signaturesCard(id) {
  const section = h('section', { class: 'card', 'aria-labelledby': 'signatures-heading', 'data-testid': 'signatures-card' });
  const draw = async (message = '') => {
    const signatures = await get(`/api/documents/${id}/signatures`);
    const form = signatures.actions.length ? actionForm(id, signatures.actions, draw) : null;
    if (form) await form.fill();
    section.replaceChildren(
      h('h2', { id: 'signatures-heading' }, 'Chữ ký số'),
      h('div', { class: 'columns' }, recordedFacts('Chữ ký số cá nhân (người có thẩm quyền)', signatures.person, 'signature-person'), recordedFacts('Chữ ký số của cơ quan (văn thư)', signatures.organisation, 'signature-organisation')),
      verificationsTable(signatures.verifications),
      form?.element ?? null,
      message ? h('p', { class: 'notice notice-success', role: 'status' }, message) : null,
    );
  };
  await draw();
  return section;
}
