import { download, errorText, get } from '../api.js';
import { h, notice, row, scrollTable } from '../dom.js';
import { formatDate, formatNumber, formatRate, isLocalDate, localDateOf, parseDate } from '../format.js';
import { AUDIT_STATUS_LABELS, LEGAL_CHANGE_STATUS_LABELS, REVIEW_STATUS_LABELS } from '../labels.js';
import { toast } from '../layout.js';
import { org, userName } from '../reference.js';
import { allows, EVIDENCE_ROLES, OFFICE_CHIEF_ROLES } from '../roles.js';
import { setQuery } from '../router.js';
import { card, clockCell, isoPage, statusBadgeOf, yearOf } from './iso-common.js';
import { internalProcessesCard } from './iso-processes.js';

const days = (value) => (value === null || value === undefined ? '—' : formatNumber(Math.round(value * 10) / 10));

function periodForm(period, fieldCode) {
  const input = (name, label, value) =>
    h('div', { class: 'field' }, h('label', { for: `iso-${name}` }, label), h('input', { id: `iso-${name}`, name, inputmode: 'numeric', placeholder: 'dd/mm/yyyy', value: formatDate(value) }));
  const error = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Kỳ đánh giá' },
    input('from', 'Từ ngày', period.from),
    input('to', 'Đến ngày', period.to),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'iso-field' }, 'Lĩnh vực'),
      h('select', { id: 'iso-field', name: 'fieldCode' }, h('option', { value: '' }, 'Tất cả lĩnh vực'), org().fields.map((f) => h('option', { value: f.code, selected: f.code === fieldCode }, f.name))),
    ),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Xem'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const from = parseDate(form.elements.from.value);
    const to = parseDate(form.elements.to.value);
    if (!from || !to || from > to) {
      error.hidden = false;
      error.textContent = !from || !to ? 'Ngày phải là ngày có thật, dạng dd/mm/yyyy' : '“Từ ngày” phải trước hoặc bằng “Đến ngày”';
      return;
    }
    setQuery({ from, to, fieldCode: form.elements.fieldCode.value });
  });
  return form;
}

function evidenceCard(period, fieldCode) {
  const status = h('p', { class: 'download-status', role: 'status' });
  const button = h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'evidence' }, 'Tải hồ sơ minh chứng (ZIP)');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.className = 'download-status';
    status.textContent = 'Đang lập hồ sơ minh chứng…';
    try {
      const name = await download('/api/iso/evidence', { ...period, fieldCode }, `ho-so-minh-chung-iso-${period.from}-${period.to}.zip`);
      status.textContent = `Đã tải xuống ${name}`;
      toast(`Đã tải xuống ${name}`);
    } catch (error) {
      status.className = 'download-status tone-late';
      status.textContent = error.status === 404 ? 'Máy chủ chưa cung cấp chức năng xuất hồ sơ minh chứng ISO; hãy thử lại sau khi chức năng được triển khai.' : errorText(error);
    } finally {
      button.disabled = false;
    }
  });
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'evidence-heading' },
    h('h2', { id: 'evidence-heading' }, 'Hồ sơ minh chứng'),
    h('p', {}, 'Gói ZIP gồm: bản kê (kỳ, thời điểm lập, vị trí nhật ký, SHA-256 của từng tệp), sổ đăng ký, bảng tuân thủ, toàn bộ sự kiện của các văn bản trong kỳ kèm mã băm và báo cáo kiểm tra chuỗi băm.'),
    button,
    status,
  );
}

/** "quy trình QT-VB-01 phiên bản 1+2, QT-VB-02 phiên bản 1": every process the steps were measured against. */
const processesMeasured = (processes) => `quy trình ${processes.map((p) => `${p.processCode} phiên bản ${p.version}`).join(', ')}`;

/** The compliance table of the document processes for the period (the page's first content before the quality registers). */
function complianceCard(compliance) {
  const rows = compliance.steps.map((s) =>
    row(
      [
        h('th', { scope: 'row' }, s.name, h('div', { class: 'cell-sub' }, `${s.basis.processCode} phiên bản ${s.basis.version}`)),
        h('td', { class: 'limit' }, s.limit, h('div', { class: 'cell-sub' }, s.source)),
        h('td', { class: 'number' }, formatNumber(s.count)),
        h('td', { class: 'number' }, formatNumber(s.onTime)),
        h('td', { class: 'number' }, formatNumber(s.late)),
        h('td', { class: 'number' }, formatRate(s.onTimeRate)),
        h('td', { class: 'number' }, days(s.medianWorkingDays)),
        h('td', { class: 'number' }, days(s.p90WorkingDays)),
        h('td', { class: 'number' }, days(s.maxWorkingDaysLate)),
        h('td', { class: 'number' }, formatNumber(s.openNow)),
        h('td', { class: 'number' }, formatNumber(s.openOverdueNow)),
      ],
      { 'data-step': s.step },
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'compliance-heading', id: 'tuan-thu' },
    h('h2', { id: 'compliance-heading' }, `Tuân thủ quy trình xử lý văn bản đến, văn bản đi từ ${formatDate(compliance.period.from)} đến ${formatDate(compliance.period.to)}`),
    // What the figures were measured against: each step's process and version(s) in force over the period, and the calendar.
    h('p', { class: 'hint', 'data-testid': 'compliance-basis' }, `Đo theo ${processesMeasured(compliance.processes)}; lịch làm việc ${compliance.basis.calendarVersion}.`),
    periodForm(compliance.period, compliance.fieldCode),
    scrollTable(
      'Tuân thủ thời hạn theo bước',
      ['Bước', 'Thời hạn (căn cứ)', 'Số lượt', 'Đúng hạn', 'Trễ hạn', 'Tỷ lệ đúng hạn', 'Trung vị (ngày)', 'Phân vị 90 (ngày)', 'Trễ nhiều nhất (ngày)', 'Đang mở', 'Đang quá hạn'],
      rows,
      { 'data-testid': 'compliance', class: 'data-table compliance' },
    ),
  );
}

const WARNING_LINKS = { internal_audit: ['/iso/danh-gia-noi-bo', 'Lập kế hoạch đánh giá nội bộ'], management_review: ['/iso/xem-xet', 'Ghi nhận cuộc xem xét của lãnh đạo'] };

/** Hàng việc: every clock due within 30 days or past (amber, red), and the yearly warnings from 1 October. */
function queueCard(queue) {
  const today = queue.asOf;
  const late = [...queue.legalChanges, ...queue.actions].filter((item) => item.clock.state === 'overdue').length;
  const soon = queue.legalChanges.length + queue.actions.length - late;
  const changes = queue.legalChanges.length
    ? scrollTable(
        'Thay đổi văn bản pháp luật phải cập nhật vào hệ thống trong 3 tháng kể từ ngày có hiệu lực',
        ['Văn bản pháp luật', 'Thủ tục chịu tác động', 'Tình trạng', 'Hạn cập nhật'],
        queue.legalChanges.map((change) =>
          row(
            [
              h('td', {}, h('a', { href: `/iso/thay-doi-phap-ly/${change.id}` }, change.docSymbol)),
              change.procedureCodes.join(', '),
              statusBadgeOf(change.status, LEGAL_CHANGE_STATUS_LABELS),
              clockCell(change.clock, today),
            ],
            { 'data-id': change.id, 'data-clock': change.clock.state },
          ),
        ),
        { 'data-testid': 'queue-legal-changes' },
      )
    : h('p', {}, 'Không có thay đổi pháp lý nào sắp đến hạn hoặc quá hạn cập nhật.');
  const actions = queue.actions.length
    ? scrollTable(
        'Hành động khắc phục đến hạn hoàn thành',
        ['Điểm không phù hợp', 'Hành động khắc phục', 'Người chịu trách nhiệm', 'Hạn hoàn thành'],
        queue.actions.map((item) =>
          row([h('td', {}, h('a', { href: `/iso/khong-phu-hop/${item.id}` }, item.description)), item.action, userName(item.ownerId), clockCell(item.clock, today)], { 'data-id': item.id, 'data-clock': item.clock.state }),
        ),
        { 'data-testid': 'queue-actions' },
      )
    : h('p', {}, 'Không có hành động khắc phục nào sắp đến hạn hoặc quá hạn.');
  return h(
    'section',
    { class: 'card iso-queue', 'aria-labelledby': 'queue-heading', 'data-testid': 'quality-queue' },
    h('h2', { id: 'queue-heading' }, `Hàng việc ngày ${formatDate(today)}`),
    h(
      'p',
      { class: 'badges' },
      h('span', { class: late ? 'badge late' : 'badge' }, `${formatNumber(late)} quá hạn`),
      ' ',
      h('span', { class: soon ? 'badge clock-badge clock-due_soon' : 'badge' }, `${formatNumber(soon)} sắp đến hạn (trong 30 ngày)`),
    ),
    queue.warnings.map((warning) => {
      const [href, text] = WARNING_LINKS[warning.kind] ?? ['/iso', 'Xem'];
      return h('p', { class: 'notice notice-error', role: 'status', 'data-warning': warning.kind }, `${warning.message}. `, h('a', { href }, text));
    }),
    h('h3', {}, 'Cập nhật văn bản pháp luật'),
    changes,
    h('h3', {}, 'Hành động khắc phục'),
    actions,
  );
}

/** What waits for the office chief: plans to approve, reviews to confirm, a confirmed review of the year without its declaration. */
async function chiefCard() {
  const year = yearOf();
  const [audits, reviews, declarations] = await Promise.all([get('/api/quality/audits'), get('/api/quality/reviews'), get('/api/quality/declarations')]);
  const declared = new Set(declarations.items.map((d) => d.reviewId));
  const items = [
    ...audits.items.filter((a) => a.status === 'planned').map((a) => [`/iso/danh-gia-noi-bo/${a.id}`, `Phê duyệt kế hoạch: ${a.title}`, statusBadgeOf(a.status, AUDIT_STATUS_LABELS)]),
    ...reviews.items.filter((r) => r.status === 'held').map((r) => [`/iso/xem-xet/${r.id}`, `Xác nhận hiệu lực theo cuộc xem xét ngày ${formatDate(r.heldOn)}`, statusBadgeOf(r.status, REVIEW_STATUS_LABELS)]),
    ...reviews.items
      .filter((r) => r.status === 'confirmed' && r.year === year && !declared.has(r.id))
      .map((r) => [`/iso/xem-xet/${r.id}`, `Ký công bố hệ thống phù hợp (xem xét ngày ${formatDate(r.heldOn)} đã xác nhận)`, null]),
  ];
  return card(
    'chief-heading',
    'Chờ Chánh Văn phòng',
    items.length
      ? h('ul', { class: 'plain link-list', 'data-testid': 'chief-approvals' }, items.map(([href, text, badge]) => h('li', {}, h('a', { href }, text), ' ', badge)))
      : h('p', { 'data-testid': 'chief-approvals' }, 'Không có việc nào chờ Chánh Văn phòng phê duyệt, xác nhận hoặc ký.'),
  );
}

/**
 * ISO: the secretary's home. The queue of the quality system (GET /api/quality/queue), what waits
 * for the office chief, compliance per process step (GET /api/iso/compliance) and the evidence pack.
 */
export async function render(page, { query, user }) {
  const today = localDateOf();
  const period = { from: isLocalDate(query.from) ? query.from : `${today.slice(0, 4)}-01-01`, to: isLocalDate(query.to) ? query.to : today };
  const fieldCode = query.fieldCode || undefined;
  const [queue, compliance, processes, chief] = await Promise.all([
    get('/api/quality/queue'),
    get('/api/iso/compliance', { ...period, fieldCode }),
    get('/api/procedures/internal'),
    allows(user, OFFICE_CHIEF_ROLES) ? chiefCard() : null,
  ]);
  isoPage(
    page,
    { title: 'ISO 9001 — tuân thủ quy trình', subtitle: 'Hệ thống quản lý chất lượng theo TCVN ISO 9001 (QĐ 19/2014/QĐ-TTg): thời hạn theo ngày dương lịch, màu vàng khi còn dưới 30 ngày, màu đỏ khi quá hạn.', tab: '/iso' },
    chief,
    h('p', { class: 'action-buttons' }, h('a', { class: 'button', href: '/iso/tu-kiem-tra', 'data-testid': 'self-check-link' }, 'Tự kiểm tra (Điều 36 TT 26/2014) và mục tiêu chất lượng')),
    queueCard(queue),
    complianceCard({ ...compliance, fieldCode }),
    internalProcessesCard(processes.items),
    allows(user, EVIDENCE_ROLES) ? evidenceCard(compliance.period, fieldCode) : notice('Hồ sơ minh chứng do Thư ký ISO hoặc kiểm toán viên lập.'),
  );
}
