import { ApiError, get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, localDateOf, localTimeOf, parseDate, parseTime } from '../format.js';
import { ACCESS_REASON_LABELS, ACCESS_VIEW_LABELS } from '../labels.js';
import { departmentName, roleLabel, statusLabel, userById, userName } from '../reference.js';
import { timeline } from '../timeline.js';
import { deadlinesTable, incomingNumber, statusBadge } from '../widgets.js';

const NOT_YET = 'Máy chủ chưa cung cấp chức năng này (đang được xây dựng); hãy thử lại sau.';

/** GET that answers null on 404, so that pages can say "not available yet" instead of failing. */
async function optional(path, query) {
  try {
    return { body: await get(path, query) };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404 && /Cannot|chưa có/.test(error.message)) return { missing: true };
    throw error;
  }
}

function verifyCard(stream) {
  const result = h('div', { class: 'verify-result', role: 'status', 'data-testid': 'verify-result' });
  const button = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'verify' }, stream ? 'Kiểm tra chuỗi băm của văn bản này' : 'Kiểm tra toàn bộ chuỗi băm');
  button.addEventListener('click', async () => {
    button.disabled = true;
    result.replaceChildren(h('p', {}, 'Đang tính lại các chuỗi băm…'));
    try {
      const { body, missing } = await optional('/api/audit/verify', { stream });
      if (missing) return result.replaceChildren(notice(NOT_YET, 'error'));
      const broken = body.firstBroken;
      result.replaceChildren(
        notice(body.ok ? 'Toàn vẹn: mọi chuỗi băm đều khớp, không sự kiện nào bị sửa hoặc xóa.' : 'PHÁT HIỆN SAI LỆCH: chuỗi băm không khớp.', body.ok ? 'success' : 'error'),
        facts([
          ['Số luồng đã kiểm tra', formatNumber(body.streamsChecked)],
          ['Số sự kiện đã kiểm tra', formatNumber(body.eventsChecked)],
          ['Điểm sai lệch đầu tiên', broken ? [broken.streamId ?? broken.stream, broken.revision !== undefined ? `phiên bản ${broken.revision}` : null, broken.eventId, broken.reason].filter(Boolean).join(' · ') : null],
        ]),
      );
    } catch (error) {
      result.replaceChildren(notice(error.message, 'error'));
    } finally {
      button.disabled = false;
    }
  });
  return h('section', { class: 'card', 'aria-labelledby': 'verify-heading' }, h('h2', { id: 'verify-heading' }, 'Kiểm tra toàn vẹn'), button, result);
}

function entriesOf(body) {
  if (Array.isArray(body)) return body;
  return body?.items ?? body?.entries ?? body?.events ?? [];
}

function accessLogCard(documentId) {
  const body = h('div', { 'data-testid': 'access-log' }, h('p', {}, 'Đang tải nhật ký truy cập…'));
  (async () => {
    try {
      let answer = await optional('/api/audit/access-log', documentId ? { documentId } : undefined).catch((error) => {
        if (documentId && error instanceof ApiError && error.status === 400) return null; // the filter is not offered: filter here
        throw error;
      });
      if (answer === null) answer = await optional('/api/audit/access-log');
      if (answer.missing) return body.replaceChildren(notice(`Nhật ký truy cập: ${NOT_YET}`, 'error'));
      const entries = entriesOf(answer.body).filter((e) => !documentId || e.documentId === documentId);
      body.replaceChildren(
        entries.length
          ? scrollTable(
              'Nhật ký truy cập',
              ['Thời điểm', 'Người đọc', 'Vai trò', 'Văn bản', 'Nội dung xem', 'Lý do ghi nhận'],
              entries.map((e) => {
                const reader = userById(e.userId);
                return row([
                  formatDateTime(e.at, true),
                  e.userName ?? reader?.fullName ?? e.userId,
                  (e.role ? [e.role] : reader?.roles ?? []).map((r) => roleLabel(r)).join(', '),
                  e.documentId ? h('td', {}, h('a', { href: `/kiem-toan/${e.documentId}` }, `${e.documentId.slice(0, 8)}…`)) : null,
                  [ACCESS_VIEW_LABELS[e.view] ?? e.view, e.query ? `(${e.query})` : null].filter(Boolean).join(' '),
                  ACCESS_REASON_LABELS[e.because] ?? e.because,
                ]);
              }),
            )
          : notice('Chưa có lượt truy cập nào được ghi nhận.'),
      );
    } catch (error) {
      body.replaceChildren(notice(error.message, 'error'));
    }
  })();
  return h('section', { class: 'card', 'aria-labelledby': 'access-heading' }, h('h2', { id: 'access-heading' }, 'Nhật ký truy cập văn bản mật và lượt đọc của kiểm toán'), body);
}

function searchCard(query) {
  const results = h('div', { 'data-testid': 'audit-search-results' });
  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Tìm văn bản cần kiểm toán' },
    h('div', { class: 'field' }, h('label', { for: 'audit-q' }, 'Trích yếu, số ký hiệu hoặc nơi gửi'), h('input', { id: 'audit-q', name: 'q', type: 'search', value: query.q ?? '' })),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Tìm văn bản'),
  );
  const search = async (q) => {
    try {
      const list = await get('/api/documents', { q: q || undefined, pageSize: 20 });
      results.replaceChildren(
        list.items.length
          ? h('ul', { class: 'plain link-list' }, list.items.map((d) => h('li', {}, h('a', { href: `/kiem-toan/${d.id}` }, `Số đến ${incomingNumber(d)} — ${d.excerpt}`), ' ', statusBadge(d.status, d.statusLabel))))
          : notice('Không tìm thấy văn bản nào.'),
      );
    } catch (error) {
      results.replaceChildren(notice(error.message, 'error'));
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(form.elements.q.value.trim());
  });
  search(query.q);
  return h('section', { class: 'card', 'aria-labelledby': 'search-heading' }, h('h2', { id: 'search-heading' }, 'Chọn văn bản'), form, results);
}

/** The state at an instant: a date and a time (Hà Nội), or the instant of an event picked in the timeline. */
function stateAtCard(id, events) {
  const last = events.at(-1);
  const output = h('div', { class: 'state-at', 'data-testid': 'state-at', role: 'status' });
  const dateInput = h('input', { id: 'at-date', name: 'date', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: formatDate(localDateOf(last ? new Date(last.occurredAt) : new Date())) });
  const timeInput = h('input', { id: 'at-time', name: 'time', inputmode: 'numeric', placeholder: 'HH:mm', value: localTimeOf(new Date()) });
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const show = async (at, label) => {
    output.replaceChildren(h('p', {}, 'Đang dựng lại trạng thái…'));
    try {
      const state = await get(`/api/documents/${id}/state`, { at });
      const doc = state.state ?? {};
      output.replaceChildren(
        h('p', { class: 'state-at-title' }, `Trạng thái tại ${label}: `, statusBadge(state.status, statusLabel(state.status))),
        facts([
          ['Số sự kiện đã áp dụng', formatNumber(state.eventsApplied)],
          ['Phiên bản luồng', state.revision ?? 'chưa có'],
          ['Phòng xử lý', doc.departmentId ? departmentName(doc.departmentId) : null],
          ['Chuyên viên', doc.assigneeId ? userName(doc.assigneeId) : null],
          ['Lãnh đạo được trình', doc.submission ? userName(doc.submission.leaderId) : null],
          ['Số, ký hiệu văn bản đi', doc.outgoing?.symbol],
        ]),
        state.status !== 'none' ? deadlinesTable(state.deadlines, localDateOf(new Date(state.at))) : notice('Văn bản chưa được đăng ký tại thời điểm này.'),
      );
    } catch (e) {
      output.replaceChildren(notice(e.message, 'error'));
    }
  };
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Chọn thời điểm' },
    h('div', { class: 'field' }, h('label', { for: 'at-date' }, 'Ngày (dd/mm/yyyy)'), dateInput),
    h('div', { class: 'field' }, h('label', { for: 'at-time' }, 'Giờ (HH:mm, giờ Hà Nội)'), timeInput),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Xem trạng thái'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = parseDate(dateInput.value);
    const time = parseTime(timeInput.value);
    if (!day || !time) {
      error.hidden = false;
      error.textContent = 'Nhập ngày dạng dd/mm/yyyy và giờ dạng HH:mm';
      (day ? timeInput : dateInput).focus();
      return;
    }
    error.hidden = true;
    const hhmm = `${String(time[0]).padStart(2, '0')}:${String(time[1]).padStart(2, '0')}`;
    // The end of that minute, so that events stamped within it are included.
    show(`${day}T${hhmm}:59.999+07:00`, `${formatDate(day)} ${hhmm}`);
  });
  const pick = (event) => {
    dateInput.value = formatDate(localDateOf(new Date(event.occurredAt)));
    timeInput.value = localTimeOf(new Date(event.occurredAt));
    show(event.occurredAt, formatDateTime(event.occurredAt, true));
    output.scrollIntoView({ block: 'nearest' });
  };
  return { pick, element: h('section', { class: 'card', 'aria-labelledby': 'state-heading' }, h('h2', { id: 'state-heading' }, 'Trạng thái tại một thời điểm'), form, output) };
}

/** Kiểm toán: chain verification, access log, and one document's timeline and state at any instant. */
export async function render(page, { params, query }) {
  if (!params.id) {
    mount(page, pageTitle('Kiểm toán', 'Kiểm tra tính toàn vẹn của nhật ký, tra cứu lịch sử và trạng thái văn bản tại bất kỳ thời điểm nào.'), verifyCard(), searchCard(query), accessLogCard());
    return;
  }
  const id = params.id;
  const [history, summary] = await Promise.all([get(`/api/documents/${id}/history`), get(`/api/documents/${id}`)]);
  const stateAt = stateAtCard(id, history.events);
  mount(
    page,
    pageTitle(`Kiểm toán văn bản đến số ${incomingNumber(summary)}`, summary.excerpt),
    h('p', {}, h('a', { href: '/kiem-toan' }, '‹ Về trang kiểm toán'), ' · ', h('a', { href: `/van-ban/${id}` }, 'Mở trang văn bản')),
    h('div', { class: 'columns' }, stateAt.element, verifyCard(`document-${id}`)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'audit-timeline-heading' },
      h('h2', { id: 'audit-timeline-heading' }, `Nhật ký sự kiện (${history.events.length})`),
      h('p', { class: 'hint' }, 'Mỗi sự kiện: thời điểm, người thực hiện, vai trò, nội dung, mã băm và mã băm của sự kiện trước.'),
      timeline(history.events, { audit: true, onPick: stateAt.pick }),
    ),
    accessLogCard(id),
  );
}
