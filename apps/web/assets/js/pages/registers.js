import { download, errorText, get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatNumber, localDateOf } from '../format.js';
import { SERIES_LABELS } from '../labels.js';
import { toast } from '../layout.js';
import { documentTypeName, ref } from '../reference.js';
import { setQuery } from '../router.js';
import { pager } from '../widgets.js';

const KINDS = {
  den: { api: 'incoming', title: 'Sổ đăng ký văn bản đến', file: 'so-van-ban-den' },
  di: { api: 'outgoing', title: 'Sổ đăng ký văn bản đi', file: 'so-van-ban-di' },
};

/** Numbers per page: a provincial office's year runs to tens of thousands; the downloads hold all of it. */
const PAGE_SIZE = 200;

const withLink = (documentId, text) => (documentId ? h('a', { href: `/van-ban/${documentId}` }, text) : text);
const typeAndExcerpt = (type, excerpt) => [type, excerpt].filter(Boolean).join(' – ') || null;

/** Đơn vị/người nhận: the lead department and its specialist, then who was told for information (để biết). */
function recipientCell(recipient) {
  const lead = [recipient.departmentName, recipient.assigneeName].filter(Boolean).join(' – ');
  const told = recipient.forInformation?.length ? `Để biết: ${recipient.forInformation.join(', ')}` : '';
  return [lead, told].filter(Boolean).join('; ') || null;
}

function incomingRows(rows) {
  return rows.map((r) =>
    row(
      [
        formatDate(r.receivedOn),
        h('td', { class: 'number' }, withLink(r.documentId, String(r.number))),
        r.author,
        r.symbol,
        r.issuedDate ? formatDate(r.issuedDate) : null,
        typeAndExcerpt(r.documentType ? documentTypeName(r.documentType) : null, r.excerpt),
        recipientCell(r.recipient),
        r.forwardedOn ? formatDate(r.forwardedOn) : null,
        '',
        r.note,
      ],
      { class: r.status !== 'registered' ? 'muted' : null },
    ),
  );
}

/** Người ký, and under it the capacity when signed under a delegation ("KT. CHỦ TỊCH", DOMAIN.md §10). */
function signerCell(signer) {
  const delegated = signer?.capacity && signer.capacity !== 'own' && signer.onBehalfOfTitle;
  return h('td', {}, signer?.name ?? '—', delegated ? h('div', { class: 'cell-sub', 'data-capacity': signer.capacity }, `${signer.capacity}. ${signer.onBehalfOfTitle}`) : null);
}

function outgoingRows(rows) {
  return rows.map((r) =>
    row(
      [
        h('td', {}, withLink(r.documentId, r.symbol ?? String(r.number))),
        r.issuedOn ? formatDate(r.issuedOn) : null,
        typeAndExcerpt(r.documentTypeName, r.excerpt),
        signerCell(r.signer),
        r.recipients ? r.recipients.join('; ') : null,
        r.fileCopyKeptBy,
        r.copies,
        r.forwardedOn ? formatDate(r.forwardedOn) : null,
        '',
        r.note,
        r.responsibleSpecialist?.name,
      ],
      { class: r.status !== 'issued' ? 'muted' : null },
    ),
  );
}

/** Sổ đăng ký (ND30 Appendix IV): incoming and outgoing registers per year, CSV and XLSX downloads. */
export async function render(page, { query }) {
  const kind = KINDS[query.so] ? query.so : 'den';
  const thisYear = Number(localDateOf().slice(0, 4));
  const year = Number(query.nam) >= 2000 && Number(query.nam) <= thisYear + 1 ? Number(query.nam) : thisYear;
  const series = query.loai === 'confidential' ? 'confidential' : 'normal';
  const { api, title, file } = KINDS[kind];
  const params = { year, series };
  const pageNumber = Math.max(1, Math.floor(Number(query.trang)) || 1);
  const register = await get(`/api/registers/${api}`, { ...params, page: pageNumber, pageSize: PAGE_SIZE });
  const status = h('p', { class: 'download-status', role: 'status' });
  const save = async (format) => {
    status.textContent = 'Đang tải xuống…';
    status.className = 'download-status';
    try {
      const name = await download(`/api/registers/${api}`, { ...params, format }, `${file}-${year}-${series}.${format}`);
      status.textContent = `Đã tải xuống ${name}`;
      toast(`Đã tải xuống ${name}`);
    } catch (error) {
      status.textContent = `${format === 'xlsx' ? 'Chưa tải được tệp Excel' : 'Chưa tải được tệp CSV'} — ${errorText(error)}`;
      status.className = 'download-status tone-late';
    }
  };
  const yearOptions = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const controls = h(
    'form',
    { class: 'filters register-controls', 'aria-label': 'Chọn sổ' },
    h(
      'div',
      { class: 'tabs', role: 'group', 'aria-label': 'Loại sổ' },
      Object.entries(KINDS).map(([key, value]) => h('a', { href: `/so-dang-ky?so=${key}&nam=${year}&loai=${series}`, class: 'tab', 'aria-current': key === kind ? 'page' : null }, value.title)),
    ),
    h('div', { class: 'field' }, h('label', { for: 'register-year' }, 'Năm'), h('select', { id: 'register-year', name: 'nam' }, yearOptions.map((y) => h('option', { value: y, selected: y === year }, String(y))))),
    h('div', { class: 'field' }, h('label', { for: 'register-series' }, 'Sổ'), h('select', { id: 'register-series', name: 'loai' }, Object.entries(SERIES_LABELS).map(([value, label]) => h('option', { value, selected: value === series }, label)))),
    h('button', { type: 'submit', class: 'button button-primary' }, 'Xem sổ'),
  );
  controls.addEventListener('submit', (event) => {
    event.preventDefault();
    setQuery({ so: kind, nam: controls.elements.nam.value, loai: controls.elements.loai.value });
  });
  const headers = ref().registerHeaders[api];
  const rows = kind === 'den' ? incomingRows(register.rows) : outgoingRows(register.rows);
  mount(
    page,
    pageTitle(title, `Năm ${year} — ${SERIES_LABELS[series]} (Nghị định 30/2020/NĐ-CP, Phụ lục IV)`),
    h('section', { class: 'card' }, controls),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'register-heading' },
      h(
        'div',
        { class: 'card-heading' },
        h('h2', { id: 'register-heading' }, `${title} năm ${year} (${formatNumber(register.total)} số)`),
        h(
          'div',
          { class: 'download-buttons' },
          h('button', { type: 'button', class: 'button', 'data-format': 'csv', onclick: () => save('csv') }, 'Tải CSV'),
          h('button', { type: 'button', class: 'button', 'data-format': 'xlsx', onclick: () => save('xlsx') }, 'Tải Excel (XLSX)'),
        ),
      ),
      status,
      rows.length ? scrollTable(title, headers, rows, { 'data-testid': 'register', class: `data-table register register-${kind}` }) : notice('Sổ chưa có số nào trong năm này.'),
      register.total > PAGE_SIZE ? pager(pageNumber, PAGE_SIZE, register.total, 'số', (trang) => setQuery({ so: kind, nam: year, loai: series, trang })) : null,
    ),
  );
}
