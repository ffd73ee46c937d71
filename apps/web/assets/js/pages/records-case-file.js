import { get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime, localDateOf } from '../format.js';
import { departmentName, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { caseFileBadges, ITEM_KIND_LABELS, MEDIUM_LABELS, periodText, retentionText } from './records-widgets.js';

/*
 * One case file (GET /api/records/case-files/:id): what it is, its items in filing order (the
 * item index once closed), and a button for exactly each step of its `actions`: file an item,
 * close (end date, sheet count), defer (office chief), deposit (clerk, into an open batch).
 */

const ACTION_LABELS = { file: 'Đưa văn bản vào hồ sơ', close: 'Kết thúc hồ sơ', defer: 'Cho phép giữ lại', deposit: 'Nộp lưu' };
const kinds = Object.entries(ITEM_KIND_LABELS).map(([value, label]) => ({ value, label }));
const depositPeriods = (today) => {
  const year = Number(today.slice(0, 4));
  return [`${year}-06`, `${year}-12`, `${year + 1}-06`].map((p) => ({ value: p, label: `Đợt ${periodText(p).toLowerCase()}` }));
};

const FORMS = {
  file: () => ({
    intro: 'Văn bản đi, đến được đưa vào hồ sơ khi lưu (nút “Lưu hồ sơ” của văn bản); ở đây ghi thêm hồ sơ TTHC, nhiệm vụ hoặc văn bản theo mã.',
    fields: [
      { name: 'kind', label: 'Loại', kind: 'choice', required: true, options: kinds },
      { name: 'itemId', label: 'Mã văn bản, hồ sơ hoặc nhiệm vụ', required: true, max: 100 },
      { name: 'title', label: 'Trích yếu', kind: 'textarea', required: true, max: 1000 },
    ],
  }),
  close: (file) => ({
    intro: `Hồ sơ có ${file.file.itemCount} văn bản; mục lục văn bản do hệ thống lập theo thứ tự đưa vào hồ sơ. ${file.file.medium === 'paper' ? 'Hồ sơ giấy phải ghi số tờ.' : ''}`,
    submitLabel: 'Kết thúc hồ sơ',
    fields: [
      { name: 'endDate', label: 'Ngày kết thúc', kind: 'date', required: true, value: formatDate(localDateOf()), hint: 'Dạng dd/mm/yyyy' },
      { name: 'sheetCount', label: 'Số tờ', kind: 'int', min: 1, max: 1000000, required: file.file.medium === 'paper' },
    ],
  }),
  defer: (file) => ({
    intro: `Hạn nộp lưu hiện tại: ${formatDate(file.file.depositDue)}. Được giữ lại tối đa 2 năm, phải nêu lý do.`,
    fields: [
      { name: 'until', label: 'Giữ lại đến ngày', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
      { name: 'reason', label: 'Lý do', kind: 'textarea', required: true, max: 1000 },
    ],
  }),
  deposit: () => ({
    intro: 'Nộp hồ sơ vào Lưu trữ cơ quan trong đợt nộp lưu đang mở.',
    fields: [{ name: 'period', label: 'Đợt nộp lưu', kind: 'select', required: true, options: depositPeriods(localDateOf()) }],
  }),
};

function openStep(action, file) {
  openStepDialog({
    action,
    title: ACTION_LABELS[action],
    spec: FORMS[action](file),
    // The page drawn again reads the case file at the step's position (api.js: read-your-writes).
    path: `/api/records/case-files/${file.file.id}/${action === 'file' ? 'items' : action}`,
  });
}

function itemLink(item) {
  if (item.kind === 'document') return h('a', { href: `/van-ban/${item.itemId}` }, item.title);
  if (item.kind === 'directive') return h('a', { href: `/nhiem-vu/${item.itemId}` }, item.title);
  return item.title;
}

function itemsTable(file) {
  const closed = file.itemIndex.length > 0;
  const lines = closed ? file.itemIndex.map((l) => ({ ...l, at: null })) : file.items.map((item, i) => ({ ...item, no: i + 1, filedOn: localDateOf(item.at) }));
  const rows = lines.map((l) => row([String(l.no), ITEM_KIND_LABELS[l.kind] ?? l.kind, itemLink(l), formatDate(l.filedOn)]));
  return scrollTable(closed ? 'Mục lục văn bản trong hồ sơ' : 'Văn bản trong hồ sơ', ['STT', 'Loại', 'Trích yếu', 'Ngày đưa vào hồ sơ'], rows, { 'data-testid': 'case-file-items' });
}

export async function render(page, { params }) {
  const file = await get(`/api/records/case-files/${params.id}`);
  const f = file.file;
  const actions = file.actions.filter((action) => FORMS[action]);
  mount(
    page,
    pageTitle(`Hồ sơ ${f.code}`, f.title),
    h('p', { class: 'badges' }, caseFileBadges(f)),
    h(
      'section',
      { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
      h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
      actions.length
        ? h('div', { class: 'action-buttons', 'data-testid': 'actions' }, actions.map((action) => h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openStep(action, file) }, ACTION_LABELS[action])))
        : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở hồ sơ này.'),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'summary-heading' },
      h('h2', { id: 'summary-heading' }, 'Thông tin hồ sơ'),
      facts(
        [
          ['Năm', String(f.year)],
          ['Đơn vị lập', departmentName(f.departmentId)],
          ['Người lập', userName(f.responsibleId)],
          ['Theo Danh mục', f.planEntryCode ?? 'Ngoài Danh mục'],
          ['Loại hồ sơ', MEDIUM_LABELS[f.medium] ?? f.medium],
          ['Thời hạn bảo quản', retentionText(f.retention)],
          ['Ngày bắt đầu', formatDate(f.startDate)],
          ['Ngày kết thúc', f.endDate ? formatDate(f.endDate) : null],
          ['Số tờ', f.sheetCount ? String(f.sheetCount) : null],
          ['Hạn nộp lưu', f.depositDue ? formatDate(f.depositDue) : null],
          ['Giữ lại', file.deferral ? `Đến ${formatDate(file.deferral.until)} (${file.deferral.reason}; ${userName(file.deferral.by)}, ${formatDateTime(file.deferral.at)})` : null],
          ['Đã nộp lưu', f.depositPeriod ? h('a', { href: `/ho-so-luu-tru/nop-luu/${f.depositPeriod}` }, `Đợt ${periodText(f.depositPeriod).toLowerCase()}`) : null],
        ],
        { 'data-testid': 'case-file-facts' },
      ),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'items-heading' },
      h('h2', { id: 'items-heading' }, `Văn bản trong hồ sơ (${file.items.length})`),
      file.items.length ? itemsTable(file) : notice('Hồ sơ chưa có văn bản nào.'),
    ),
  );
}
