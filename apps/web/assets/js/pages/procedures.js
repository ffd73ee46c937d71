import { ApiError, download, errorText, get, post } from '../api.js';
import { daysText, effectiveText, procedureHref } from '../catalogue.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatNumber } from '../format.js';
import { ONLINE_LEVEL_LABELS } from '../labels.js';
import { toast } from '../layout.js';
import { fieldName, org } from '../reference.js';
import { allows } from '../roles.js';

const FILTERS = ['q', 'fieldCode', 'at'];

/** The catalogue by field: a heading row per field, then its procedures with the version in force. */
function catalogueTable(procedures) {
  const byField = Map.groupBy(procedures, (p) => p.fieldCode);
  const rows = [...byField].flatMap(([fieldCode, list]) => [
    h('tr', { class: 'group-row' }, h('th', { scope: 'colgroup', colspan: '5' }, `${fieldName(fieldCode)} (${list.length})`)),
    ...list.map((p) => {
      const v = p.version;
      return row(
        [
          h('td', {}, h('a', { href: procedureHref(p.code) }, p.code)),
          p.name,
          v ? `Phiên bản ${v.version}, ${effectiveText(v)}` : h('td', {}, h('span', { class: 'tone tone-late' }, 'Chưa có phiên bản có hiệu lực')),
          v ? daysText(v.statutoryDays) : null,
          v ? ONLINE_LEVEL_LABELS[v.onlineLevel] ?? v.onlineLevel : null,
        ],
        { 'data-code': p.code },
      );
    }),
  ]);
  return scrollTable('Danh mục thủ tục hành chính theo lĩnh vực', ['Mã thủ tục', 'Tên thủ tục', 'Phiên bản có hiệu lực', 'Thời hạn giải quyết', 'Dịch vụ công trực tuyến'], rows, { 'data-testid': 'catalogue', class: 'data-table catalogue' });
}

/** Every row an import refused, with its field and rule. */
function refusedRows(refused) {
  return scrollTable(
    'Các dòng bị từ chối',
    ['Dòng', 'Mã thủ tục', 'Trường', 'Quy tắc', 'Lý do'],
    refused.map((r) => row([h('td', { class: 'number' }, String(r.row)), r.code, r.field, h('td', {}, h('code', {}, r.rule)), r.message])),
    { 'data-testid': 'refused-rows' },
  );
}

/** What an import did or (dry run) would do. */
function importReport(report, dryRun) {
  if (report.refused.length) {
    return [notice(`${formatNumber(report.refused.length)} trong ${formatNumber(report.rows)} dòng bị từ chối; không dòng nào được ghi vào danh mục.`, 'error'), refusedRows(report.refused)];
  }
  const plan = `${formatNumber(report.registered)} thủ tục mới, ${formatNumber(report.drafted)} phiên bản dự thảo (chờ Chánh Văn phòng phê duyệt)`;
  return [notice(dryRun ? `Chạy thử: ${formatNumber(report.rows)} dòng đều hợp lệ; khi nhập sẽ có ${plan}.` : `Đã nhập ${formatNumber(report.rows)} dòng: ${plan}.`, 'success')];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The import's body: a workbook as it is, or the rows of a JSON file (the export's `{rows}`, or a bare list). */
async function importBody(file) {
  if (/\.xlsx$/i.test(file.name)) return file.slice(0, file.size, XLSX_TYPE);
  let json;
  try {
    json = JSON.parse(await file.text());
  } catch {
    throw new ApiError(400, 'VALIDATION_FAILED', `Tệp ${file.name} không phải JSON hợp lệ (hoặc tệp Excel .xlsx)`);
  }
  return { rows: Array.isArray(json) ? json : json.rows };
}

/** Export as JSON or XLSX; import a file of either kind, with a dry run first (ISO secretary). */
function exchangeCard(user) {
  const status = h('div', { class: 'download-status', role: 'status', 'data-testid': 'import-result', tabindex: '-1' });
  const save = async (format) => {
    status.replaceChildren('Đang xuất danh mục…');
    try {
      const name = await download('/api/procedures/export', { format }, `danh-muc-tthc.${format}`);
      status.replaceChildren(`Đã tải xuống ${name}`);
      toast(`Đã tải xuống ${name}`);
    } catch (error) {
      status.replaceChildren(notice(errorText(error), 'error'));
    }
  };
  const file = h('input', { id: 'import-file', name: 'file', type: 'file', accept: `.json,.xlsx,application/json,${XLSX_TYPE}` });
  const send = async (dryRun) => {
    const chosen = file.files[0];
    if (!chosen) {
      status.replaceChildren(notice('Chưa chọn tệp danh mục (JSON hoặc XLSX).', 'error'));
      return file.focus();
    }
    status.replaceChildren(dryRun ? 'Đang chạy thử…' : 'Đang nhập…');
    try {
      const report = await post('/api/procedures/import', await importBody(chosen), { query: { dryRun } });
      mount(status, importReport(report, dryRun));
      if (!dryRun) toast('Đã nhập danh mục');
    } catch (error) {
      const refused = error.details?.refused;
      mount(status, notice(refused ? error.message : errorText(error), 'error'), refused ? refusedRows(refused) : null);
    }
    status.focus();
  };
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'exchange-heading' },
    h('h2', { id: 'exchange-heading' }, 'Xuất, nhập danh mục'),
    h(
      'div',
      { class: 'download-buttons' },
      h('button', { type: 'button', class: 'button', 'data-format': 'json', onclick: () => save('json') }, 'Xuất JSON'),
      h('button', { type: 'button', class: 'button', 'data-format': 'xlsx', onclick: () => save('xlsx') }, 'Xuất Excel (XLSX)'),
    ),
    allows(user, ['iso_secretary'])
      ? h(
          'div',
          { class: 'import' },
          h('div', { class: 'field' }, h('label', { for: 'import-file' }, 'Tệp danh mục để nhập (JSON hoặc XLSX)'), file),
          h(
            'div',
            { class: 'download-buttons' },
            h('button', { type: 'button', class: 'button', 'data-testid': 'dry-run', onclick: () => send(true) }, 'Chạy thử (không ghi)'),
            h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'import', onclick: () => send(false) }, 'Nhập danh mục'),
          ),
        )
      : null,
    status,
  );
}

/** Danh mục TTHC: the catalogue by field with the version in force at a day (GET /api/procedures). */
export async function render(page, { query, user }) {
  const filters = Object.fromEntries(FILTERS.map((name) => [name, query[name] || undefined]));
  const { items: procedures } = await get('/api/procedures', filters);
  const fields = new Set(procedures.map((p) => p.fieldCode));
  mount(
    page,
    pageTitle('Danh mục thủ tục hành chính', 'Thủ tục tiếp nhận tại Bộ phận một cửa, theo lĩnh vực, với phiên bản quy trình nội bộ đang có hiệu lực.'),
    h(
      'section',
      { class: 'card' },
      filterForm({
        label: 'Tìm kiếm và lọc danh mục',
        name: 'catalogue',
        query,
        resetHref: '/danh-muc-tthc',
        fields: [
          { name: 'q', label: 'Tên hoặc mã thủ tục' },
          { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', all: 'Tất cả lĩnh vực', options: org().fields.map((f) => [f.code, f.name]) },
          { name: 'at', label: 'Có hiệu lực vào ngày', kind: 'date' },
        ],
      }),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'catalogue-heading' },
      h('h2', { id: 'catalogue-heading', 'data-testid': 'catalogue-count', 'data-count': String(procedures.length) }, `${formatNumber(procedures.length)} thủ tục thuộc ${formatNumber(fields.size)} lĩnh vực`),
      procedures.length ? catalogueTable(procedures) : notice('Không có thủ tục nào phù hợp.'),
    ),
    exchangeCard(user),
  );
}
