import { ApiError, get } from '../api.js';
import { facts, h, mount } from '../dom.js';
import { createForm } from '../forms.js';
import { formatDate, formatDateTime } from '../format.js';
import { classificationBadge } from '../onestop.js';
import { dossierStatusLabel } from '../reference.js';

const NOT_FOUND = 'Không tìm thấy hồ sơ. Hãy kiểm tra lại mã hồ sơ và mã tra cứu in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả.';

/** The applicant's question, answered without saying whether the code or the PIN was wrong. */
async function lookUp({ code, pin }) {
  try {
    return await get(`/api/public/dossiers/${encodeURIComponent(code)}`, { pin });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 429) {
      const wait = error.retryAfter ? `sau ${error.retryAfter} giây` : 'sau ít phút';
      throw new ApiError(429, error.code, `Bạn đã tra cứu quá nhiều lần. Hãy thử lại ${wait}.`);
    }
    if (error.status === 404 || error.status === 400) throw new ApiError(error.status, 'NOT_FOUND', NOT_FOUND);
    throw error;
  }
}

function result(dossier) {
  return h(
    'section',
    { class: 'lookup-result', 'data-testid': 'lookup-result', 'aria-labelledby': 'lookup-result-heading', tabindex: '-1' },
    h('h2', { id: 'lookup-result-heading' }, `Hồ sơ ${dossier.code}`),
    facts([
      ['Thủ tục hành chính', dossier.procedureName],
      ['Ngày tiếp nhận', formatDateTime(dossier.receivedAt)],
      ['Ngày hẹn trả kết quả', formatDate(dossier.dueDate)],
      ['Tình trạng', h('strong', { 'data-status': dossier.status }, dossierStatusLabel(dossier.status))],
      ['Tiến độ giải quyết', classificationBadge(dossier.classification)],
    ]),
  );
}

/**
 * Tra cứu hồ sơ (no login): opened by the QR code of the appointment slip with `ma` and `pin`
 * in the address, or filled in by hand. GET /api/public/dossiers/:code?pin= — no personal data.
 */
export async function render(page, { query }) {
  const answer = h('div', { 'aria-live': 'polite' });
  const show = async ({ code, pin }) => {
    answer.replaceChildren();
    const dossier = await lookUp({ code, pin });
    answer.replaceChildren(result(dossier));
    answer.firstChild.focus();
  };
  const form = createForm({
    testId: 'lookup-form',
    submitLabel: 'Tra cứu',
    fields: [
      { name: 'code', label: 'Mã hồ sơ', required: true, max: 50, value: query.ma ?? '', hint: 'In trên giấy tiếp nhận hồ sơ và hẹn trả kết quả' },
      { name: 'pin', label: 'Mã tra cứu (PIN)', required: true, max: 20, value: query.pin ?? '' },
    ],
    onSubmit: (values) => show(values),
  });
  mount(
    page,
    h(
      'section',
      { class: 'login public-lookup' },
      h('div', { class: 'login-brand', 'aria-hidden': 'true' }, '★'),
      h('h1', { tabindex: '-1' }, 'Tra cứu tình trạng hồ sơ'),
      h('p', { class: 'subtitle' }, 'Bộ phận tiếp nhận và trả kết quả — Văn phòng Ủy ban nhân dân tỉnh'),
      form,
      answer,
    ),
  );
  if (query.ma && query.pin) form.requestSubmit();
}
