import { download, errorText, get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatNumber, formatRate, isLocalDate, localDateOf, parseDate } from '../format.js';
import { toast } from '../layout.js';
import { org } from '../reference.js';
import { allows, EVIDENCE_ROLES } from '../roles.js';
import { setQuery } from '../router.js';

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

/** ISO: compliance per process step (GET /api/iso/compliance) and the evidence pack (GET /api/iso/evidence). */
export async function render(page, { query, user }) {
  const today = localDateOf();
  const period = { from: isLocalDate(query.from) ? query.from : `${today.slice(0, 4)}-01-01`, to: isLocalDate(query.to) ? query.to : today };
  const fieldCode = query.fieldCode || undefined;
  const compliance = await get('/api/iso/compliance', { ...period, fieldCode });
  const rows = compliance.steps.map((s) =>
    row(
      [
        h('th', { scope: 'row' }, s.name),
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
  mount(
    page,
    pageTitle('ISO 9001 — tuân thủ quy trình', 'Quy trình xử lý văn bản đến theo từng bước, với thời hạn quy định; số ngày tính theo ngày làm việc.'),
    h('section', { class: 'card' }, periodForm(compliance.period, fieldCode)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'compliance-heading' },
      h('h2', { id: 'compliance-heading' }, `Bảng tuân thủ từ ${formatDate(compliance.period.from)} đến ${formatDate(compliance.period.to)}`),
      scrollTable(
        'Tuân thủ thời hạn theo bước',
        ['Bước', 'Thời hạn (căn cứ)', 'Số lượt', 'Đúng hạn', 'Trễ hạn', 'Tỷ lệ đúng hạn', 'Trung vị (ngày)', 'Phân vị 90 (ngày)', 'Trễ nhiều nhất (ngày)', 'Đang mở', 'Đang quá hạn'],
        rows,
        { 'data-testid': 'compliance', class: 'data-table compliance' },
      ),
    ),
    allows(user, EVIDENCE_ROLES) ? evidenceCard(compliance.period, fieldCode) : notice('Hồ sơ minh chứng do Thư ký ISO hoặc kiểm toán viên lập.'),
  );
}
