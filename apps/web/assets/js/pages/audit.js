import { ApiError, get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, formatNumber, localDateOf, localTimeOf, parseClock, parseDate } from '../format.js';
import { ACCESS_REASON_LABELS } from '../labels.js';
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

/** What a read of one document was (DocumentViewed's `view`), as a sentence begun. */
const DOCUMENT_READS = {
  summary: 'Xem văn bản',
  history: 'Xem lịch sử xử lý văn bản',
  state: 'Xem trạng thái tại một thời điểm của văn bản',
  file: 'Tải tệp của văn bản',
};

const REGISTER_FORMATS = { csv: 'CSV', xlsx: 'XLSX' };

/** "Tải sổ đăng ký văn bản đến năm 2026 (CSV)", "Xem sổ đăng ký văn bản đi — sổ mật". */
function registerRead(name, query) {
  const format = REGISTER_FORMATS[query.get('format')];
  const year = query.get('year') ? ` năm ${query.get('year')}` : '';
  const series = query.get('series') === 'confidential' ? ' — sổ mật' : '';
  return `${format ? 'Tải' : 'Xem'} sổ đăng ký ${name}${year}${series}${format ? ` (${format})` : ''}`;
}

const period = (query) => (query.get('from') && query.get('to') ? ` từ ${formatDate(query.get('from'))} đến ${formatDate(query.get('to'))}` : '');

const QUALITY_RECORDS = {
  'legal-changes': 'thay đổi văn bản pháp luật',
  nonconformities: 'điểm không phù hợp',
  audits: 'cuộc đánh giá nội bộ',
  reviews: 'cuộc xem xét của lãnh đạo',
  declarations: 'công bố hệ thống quản lý chất lượng',
  queue: 'việc ISO đang chờ',
};

/**
 * An auditor's read of records (AuditRecordViewed: the path and query read), in words: the first
 * pattern that matches the path says it. One table, so that a new route needs one line here.
 */
const RECORD_READS = [
  [/^\/api\/registers\/incoming$/, (_, q) => registerRead('văn bản đến', q)],
  [/^\/api\/registers\/outgoing$/, (_, q) => registerRead('văn bản đi', q)],
  [/^\/api\/registers\/dossiers$/, (_, q) => registerRead('hồ sơ một cửa', q)],
  [/^\/api\/audit\/verify$/, (_, q) => (q.get('stream') ? 'Kiểm tra chuỗi băm của một văn bản' : 'Kiểm tra toàn vẹn toàn bộ chuỗi băm')],
  [/^\/api\/audit\/access-log$/, (_, q) => `Xem nhật ký truy cập${q.get('documentId') ? ' của một văn bản' : ''}`],
  [/^\/api\/audit\/digests$/, () => 'Xem các bản tóm lược chuỗi băm đã công bố'],
  [/^\/api\/iso\/evidence$/, (_, q) => `Tải hồ sơ minh chứng ISO 9001${period(q)}`],
  [/^\/api\/iso\/compliance$/, (_, q) => `Xem mức tuân thủ quy trình ISO 9001${period(q)}`],
  [/^\/api\/iso\/compliance\/dossiers$/, (_, q) => `Xem mức tuân thủ thời hạn hồ sơ một cửa${period(q)}`],
  [/^\/api\/documents$/, (_, q) => (q.get('q') ? `Tìm văn bản theo “${q.get('q')}”` : 'Xem danh sách văn bản')],
  [/^\/api\/stats\/briefing$/, (_, q) => `Xem số liệu giao ban${period(q)}`],
  [/^\/api\/me\/queue$/, () => 'Xem danh sách việc của mình'],
  [/^\/api\/me\/counters$/, () => 'Xem số việc đang chờ mình'],
  [/^\/api\/me\/notices$/, () => 'Xem thông báo của mình'],
  [/^\/api\/me\/notices\/stream$/, () => 'Nhận thông báo trực tiếp trong ứng dụng'],
  [/^\/api\/me\/notice-preferences$/, () => 'Xem cách mình nhận thông báo'],
  [/^\/api\/documents\/[^/]+\/attachments$/, () => 'Xem danh sách tệp đính kèm của một văn bản'],
  [/^\/api\/documents\/[^/]+\/attachments\/[^/]+\/content$/, () => 'Tải một tệp đính kèm của văn bản'],
  [/^\/api\/documents\/[^/]+\/forms\/([^/]+)$/, ([form]) => `Tải phiếu ${decodeURIComponent(form)} của một văn bản`],
  [/^\/api\/org$/, () => 'Xem cơ cấu tổ chức và danh sách người dùng'],
  [/^\/api\/dossiers$/, () => 'Tra cứu hồ sơ một cửa'],
  [/^\/api\/dossiers\/[^/]+$/, () => 'Xem một hồ sơ một cửa'],
  [/^\/api\/dossiers\/[^/]+\/history$/, () => 'Xem lịch sử một hồ sơ một cửa'],
  [/^\/api\/dossiers\/[^/]+\/forms\/([^/]+)$/, ([form]) => `Tải biểu mẫu ${decodeURIComponent(form)} của một hồ sơ một cửa`],
  [/^\/api\/onestop\/queue$/, () => 'Xem danh sách việc của bộ phận một cửa'],
  [/^\/api\/onestop\/stats$/, (_, q) => `Xem thống kê một cửa${period(q)}`],
  [/^\/api\/onestop\/index766$/, (_, q) => `Xem bộ chỉ số phục vụ người dân, doanh nghiệp (766)${q.get('month') ? ` tháng ${q.get('month').split('-').reverse().join('/')}` : ''}`],
  [/^\/api\/procedures$/, () => 'Xem danh mục thủ tục hành chính'],
  [/^\/api\/procedures\/export$/, () => 'Tải danh mục thủ tục hành chính'],
  [/^\/api\/procedures\/([^/]+)$/, ([code]) => `Xem thủ tục hành chính ${decodeURIComponent(code)}`],
  [/^\/api\/directives$/, () => 'Xem danh sách ý kiến chỉ đạo'],
  [/^\/api\/directives\/report$/, (_, q) => `Xem báo cáo thực hiện ý kiến chỉ đạo${period(q)}`],
  [/^\/api\/directives\/briefing$/, (_, q) => `Xem số liệu giao ban về ý kiến chỉ đạo${period(q)}`],
  [/^\/api\/directives\/[^/]+$/, () => 'Xem một ý kiến chỉ đạo'],
  [/^\/api\/me\/directives$/, () => 'Xem ý kiến chỉ đạo giao cho mình'],
  [/^\/api\/meetings\/[^/]+$/, () => 'Xem một cuộc họp và kết luận'],
  [/^\/api\/quality\/([a-z-]+)$/, ([kind]) => (QUALITY_RECORDS[kind] ? `Xem danh sách ${QUALITY_RECORDS[kind]}` : null)],
  [/^\/api\/quality\/([a-z-]+)\/[^/]+$/, ([kind]) => (QUALITY_RECORDS[kind] ? `Xem một ${QUALITY_RECORDS[kind]}` : null)],
];

/**
 * One access-log entry as a sentence: "Xem văn bản 12/UBND-KT", "Tải sổ đăng ký văn bản đến năm
 * 2026 (CSV)". A document is named by `names` when its number is known to the page (the page
 * never reads a document only to name it: that read would itself be recorded).
 */
export function accessSentence(entry, names = new Map()) {
  if (entry.documentId) {
    const verb = DOCUMENT_READS[entry.view] ?? `Xem văn bản (${entry.view})`;
    return [`${verb} `, h('a', { href: `/kiem-toan/${entry.documentId}` }, names.get(entry.documentId) ?? 'chưa rõ số (mở để xem)')];
  }
  const query = new URLSearchParams(entry.query ?? '');
  for (const [pattern, say] of RECORD_READS) {
    const match = pattern.exec(entry.view ?? '');
    const sentence = match && say(match.slice(1), query);
    if (sentence) return [sentence];
  }
  return ['Xem dữ liệu khác ', h('code', {}, entry.view)];
}

function accessLogCard(documentId, namesReady = Promise.resolve(new Map())) {
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
      const names = await namesReady;
      body.replaceChildren(
        entries.length
          ? scrollTable(
              'Nhật ký truy cập, mới nhất lên trước',
              ['Thời điểm', 'Người đọc', 'Vai trò', 'Hoạt động', 'Lý do ghi nhận'],
              entries.map((e) => {
                const reader = userById(e.userId);
                return row(
                  [
                    formatDateTime(e.at, true),
                    e.userName ?? reader?.fullName ?? e.userId,
                    (e.role ? [e.role] : reader?.roles ?? []).map((r) => roleLabel(r)).join(', '),
                    h('td', { class: 'access-what' }, accessSentence(e, names)),
                    ACCESS_REASON_LABELS[e.because] ?? e.because,
                  ],
                  { 'data-kind': e.kind ?? (e.documentId ? 'document' : 'records') },
                );
              }),
              { 'data-testid': 'access-log-table' },
            )
          : notice('Chưa có lượt truy cập nào được ghi nhận.'),
      );
    } catch (error) {
      body.replaceChildren(notice(error.message, 'error'));
    }
  })();
  return h('section', { class: 'card', 'aria-labelledby': 'access-heading' }, h('h2', { id: 'access-heading' }, 'Nhật ký truy cập văn bản mật và lượt đọc của kiểm toán'), body);
}

/** How the access log names a document: by the number and symbol it arrived with. */
const documentName = (doc) => doc.source?.symbol ?? `số đến ${incomingNumber(doc)}`;

/** `names` learns the symbol of every document found, for the access log; `searched` settles after the first search. */
function searchCard(query, names = new Map()) {
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
      for (const doc of list.items) names.set(doc.id, documentName(doc));
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
  const searched = search(query.q).then(() => names);
  return { searched, element: h('section', { class: 'card', 'aria-labelledby': 'search-heading' }, h('h2', { id: 'search-heading' }, 'Chọn văn bản'), form, results) };
}

/** The state at an instant: a date and a time (Hà Nội), or the instant of an event picked in the timeline. */
function stateAtCard(id, events) {
  const last = events.at(-1);
  const output = h('div', { class: 'state-at', 'data-testid': 'state-at', role: 'status' });
  const dateInput = h('input', { id: 'at-date', name: 'date', inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: formatDate(localDateOf(last ? new Date(last.occurredAt) : new Date())) });
  const timeInput = h('input', { id: 'at-time', name: 'time', inputmode: 'numeric', placeholder: 'HH:mm:ss', 'aria-describedby': 'at-time-hint', value: localTimeOf(new Date(), true) });
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
    h('div', { class: 'field' }, h('label', { for: 'at-time' }, 'Giờ (HH:mm:ss, giờ Hà Nội)'), timeInput),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Xem trạng thái'),
    h('p', { class: 'hint', id: 'at-time-hint' }, 'Có thể bỏ giây: HH:mm là đến hết phút đó.'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const day = parseDate(dateInput.value);
    const time = parseClock(timeInput.value);
    if (!day || !time) {
      error.hidden = false;
      error.textContent = 'Nhập ngày dạng dd/mm/yyyy và giờ dạng HH:mm:ss (hoặc HH:mm)';
      (day ? timeInput : dateInput).focus();
      return;
    }
    error.hidden = true;
    const [hours, minutes, seconds] = time.map((n) => (n === null ? null : String(n).padStart(2, '0')));
    const shown = `${hours}:${minutes}${seconds === null ? '' : `:${seconds}`}`;
    // The end of that second (or of that minute when no second is given), so that events stamped within it are included.
    show(`${day}T${hours}:${minutes}:${seconds ?? '59'}.999+07:00`, `${formatDate(day)} ${shown}`);
  });
  const pick = (event) => {
    dateInput.value = formatDate(localDateOf(new Date(event.occurredAt)));
    timeInput.value = localTimeOf(new Date(event.occurredAt), true);
    show(event.occurredAt, formatDateTime(event.occurredAt, true));
    output.scrollIntoView({ block: 'nearest' });
  };
  return { pick, element: h('section', { class: 'card', 'aria-labelledby': 'state-heading' }, h('h2', { id: 'state-heading' }, 'Trạng thái tại một thời điểm'), form, output) };
}

/** Kiểm toán: chain verification, access log, and one document's timeline and state at any instant. */
export async function render(page, { params, query }) {
  if (!params.id) {
    const search = searchCard(query);
    mount(page, pageTitle('Kiểm toán', 'Kiểm tra tính toàn vẹn của nhật ký, tra cứu lịch sử và trạng thái văn bản tại bất kỳ thời điểm nào.'), verifyCard(), search.element, accessLogCard(undefined, search.searched));
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
    accessLogCard(id, Promise.resolve(new Map([[id, documentName(summary)]]))),
  );
}
