import { get } from '../api.js';
import { facts, h, mount, pageTitle } from '../dom.js';
import { formatDate, formatDateTime, formatNumber } from '../format.js';
import { fieldName, userById, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import { timeline } from '../timeline.js';
import {
  CHASE_CHANNEL_LABELS, DIRECTIVE_ACTION_LABELS, directiveStatusBadge, dueCell, outcomeBadge, REPORTING_LABELS, SOURCE_KIND_LABELS,
} from './directive-widgets.js';

/*
 * One task of the register (GET /api/directives/:id): what was directed, to whom, by when; its
 * chases, reports, extensions, obstacles and assessment as a history; and a button for exactly each
 * step of its `actions` (the API's turn table), with that step's form.
 */

const choices = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const reason = (label) => ({ name: 'reason', label, kind: 'textarea', required: true, max: 4000 });
/** The incoming documents a report may be recorded with: the lead agency's first, then the latest. */
const REPORT_DOCUMENTS = 50;

async function reportDocuments(task) {
  try {
    const { items } = await get('/api/documents', { pageSize: REPORT_DOCUMENTS });
    return [...items].sort((a, b) => Number(b.source?.agency === task.leadAgency) - Number(a.source?.agency === task.leadAgency));
  } catch {
    // Who may not list incoming documents records the report by its symbol alone.
    return [];
  }
}

const FORMS = {
  chase: () => ({
    intro: 'Ghi nhận việc đôn đốc cơ quan chủ trì thực hiện nhiệm vụ.',
    fields: [
      { name: 'channel', label: 'Hình thức đôn đốc', kind: 'choice', required: true, options: choices(CHASE_CHANNEL_LABELS) },
      { name: 'note', label: 'Nội dung đôn đốc', kind: 'textarea', required: true, max: 4000 },
      { name: 'documentRef', label: 'Số, ký hiệu văn bản đôn đốc', max: 300, hint: 'Không bắt buộc; ví dụ 230/VPUBND-KT' },
    ],
  }),
  report: async (task) => {
    const documents = await reportDocuments(task);
    return {
      intro: 'Báo cáo của cơ quan chủ trì thường đến bằng văn bản: chọn văn bản đến mang báo cáo, hoặc ghi số, ký hiệu của báo cáo.',
      fields: [
        { name: 'kind', label: 'Loại báo cáo', kind: 'choice', required: true, options: [{ value: 'progress', label: 'Báo cáo tiến độ' }, { value: 'completion', label: 'Báo cáo hoàn thành' }] },
        { name: 'summary', label: 'Tóm tắt nội dung báo cáo', kind: 'textarea', required: true, max: 4000 },
        { name: 'percent', label: 'Tỷ lệ hoàn thành (%)', kind: 'int', min: 0, max: 100, showIf: (v) => v.kind === 'progress' },
        {
          name: 'incomingDocumentId', label: 'Văn bản đến mang báo cáo', kind: 'select', placeholder: '— Không có —', wide: true,
          options: documents.map((d) => ({ value: d.id, label: `Số đến ${d.incomingNumber}/${d.incomingYear} — ${d.source?.symbol ?? ''} — ${d.source?.agency ?? ''}: ${d.excerpt ?? ''}` })),
        },
        { name: 'reportSymbol', label: 'Số, ký hiệu báo cáo', max: 300, hint: 'Ví dụ 45/BC-UBND' },
      ],
    };
  },
  accept: () => ({
    intro: 'Công nhận cơ quan chủ trì đã hoàn thành nhiệm vụ; kết quả đúng hạn hay quá hạn tính theo ngày báo cáo hoàn thành.',
    submitLabel: 'Công nhận hoàn thành',
    fields: [{ name: 'note', label: 'Nhận xét', kind: 'textarea', max: 4000 }],
  }),
  reject: () => ({ intro: 'Nhiệm vụ trở lại đang thực hiện; cơ quan chủ trì cần báo cáo lại.', fields: [reason('Lý do không công nhận')] }),
  extend: (task) => ({
    intro: `Chỉ lãnh đạo đã chỉ đạo nhiệm vụ gia hạn, theo văn bản đề nghị của cơ quan chủ trì. Thời hạn hiện tại: ${formatDate(task.dueDate)}.`,
    fields: [
      { name: 'newDueDate', label: 'Thời hạn mới', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
      reason('Lý do gia hạn'),
      { name: 'agencyRequestRef', label: 'Văn bản đề nghị gia hạn của cơ quan chủ trì', required: true, max: 300, hint: 'Số, ký hiệu và ngày, ví dụ 75/SKHĐT-TH ngày 11/3/2026' },
    ],
    validate: (v) => (v.newDueDate && v.newDueDate <= task.dueDate ? [{ field: 'newDueDate', message: `Thời hạn mới phải sau thời hạn hiện tại ${formatDate(task.dueDate)}` }] : []),
  }),
  escalate: () => ({
    intro: 'Báo cáo lãnh đạo chỉ đạo vướng mắc trong thực hiện nhiệm vụ và đề xuất hướng xử lý.',
    fields: [
      { name: 'obstacle', label: 'Khó khăn, vướng mắc', kind: 'textarea', required: true, max: 4000 },
      { name: 'proposal', label: 'Đề xuất', kind: 'textarea', required: true, max: 4000 },
    ],
  }),
  cancel: () => ({ intro: 'Nhiệm vụ bị hủy không tính vào báo cáo kết quả.', fields: [reason('Lý do hủy')] }),
  supersede: () => ({
    intro: 'Nhiệm vụ được thay thế bằng nhiệm vụ giao tại văn bản khác; không tính vào báo cáo kết quả.',
    fields: [reason('Lý do thay thế'), { name: 'replacedBy', label: 'Văn bản giao nhiệm vụ thay thế', required: true, max: 300, hint: 'Số, ký hiệu, ví dụ 12/TB-UBND' }],
  }),
};

/** The task's history as timeline entries (who did what when), oldest first. */
function historyEvents(task) {
  const { chases, progress, completion, acceptance, rejections, extensions, obstacles, closing } = task.history;
  const entry = (type, item, text) => ({ type, occurredAt: item.at, actorId: item.by, actorRole: userById(item.by)?.roles[0], text });
  const reportText = (r) =>
    [r.summary, r.percent !== null && r.percent !== undefined ? `${formatNumber(r.percent)}%` : null, r.reportSymbol ? `báo cáo số ${r.reportSymbol}` : null, r.incomingDocumentId ? 'kèm văn bản đến' : null]
      .filter(Boolean)
      .join('; ');
  return [
    ...chases.map((c) => entry('Đôn đốc thực hiện', c, `${CHASE_CHANNEL_LABELS[c.channel] ?? c.channel}: ${c.note}${c.documentRef ? ` (văn bản ${c.documentRef})` : ''}`)),
    ...progress.map((r) => entry('Báo cáo tiến độ', r, reportText(r))),
    completion ? entry('Báo cáo hoàn thành', completion, reportText(completion)) : null,
    ...rejections.map((r) => entry('Không công nhận hoàn thành', r, `Lý do: ${r.reason}`)),
    acceptance ? entry('Công nhận hoàn thành', acceptance, acceptance.note ?? '') : null,
    ...extensions.map((e) => entry('Gia hạn', e, `Từ ${formatDate(e.previousDueDate)} đến ${formatDate(e.newDueDate)}; lý do: ${e.reason}; đề nghị của cơ quan chủ trì: ${e.agencyRequestRef}`)),
    ...obstacles.map((o) => entry('Báo cáo vướng mắc, đề xuất', o, `Vướng mắc: ${o.obstacle}; đề xuất: ${o.proposal}`)),
    closing ? entry(closing.replacedBy ? 'Thay thế nhiệm vụ' : 'Hủy nhiệm vụ', closing, `Lý do: ${closing.reason}${closing.replacedBy ? `; thay bằng ${closing.replacedBy}` : ''}`) : null,
  ]
    .filter(Boolean)
    .sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

function sourceLink(source) {
  const text = `${SOURCE_KIND_LABELS[source.kind] ?? source.kind} số ${source.symbol} ngày ${formatDate(source.date)}`;
  return source.kind === 'conclusion_notice' ? h('a', { href: `/cuoc-hop/${source.documentId}` }, text) : text;
}

function summaryFacts(task) {
  return facts(
    [
      ['Nguồn giao', sourceLink(task.source)],
      ['Cơ quan chủ trì', task.leadAgency],
      ['Cơ quan phối hợp', task.coAgencies.join('; ')],
      ['Thời hạn', task.dueDate ? h('div', {}, [...dueCell(task).childNodes]) : REPORTING_LABELS[task.reporting]],
      ['Lãnh đạo chỉ đạo', userName(task.directingLeaderId)],
      ['Lĩnh vực', fieldName(task.fieldCode)],
      ['Chuyên viên theo dõi', userName(task.followUpSpecialistId)],
      ['Ngày vào sổ', formatDateTime(task.registeredAt)],
      ['Tiến độ gần nhất', task.progress ? `${task.progress.summary}${task.progress.percent !== null ? ` (${formatNumber(task.progress.percent)}%)` : ''}` : null],
      ['Văn bản báo cáo', task.report ? (task.report.incomingDocumentId ? h('a', { href: `/van-ban/${task.report.incomingDocumentId}` }, task.report.symbol ?? 'Văn bản đến') : task.report.symbol) : null],
      ['Ngày hoàn thành', task.doneOn ? formatDate(task.doneOn) : null],
    ],
    { 'data-testid': 'summary' },
  );
}

async function openStep(action, task) {
  const spec = await FORMS[action]?.(task);
  if (!spec) return;
  const title = DIRECTIVE_ACTION_LABELS[action] ?? action;
  openStepDialog({
    action,
    title,
    spec,
    path: `/api/directives/${task.id}/${action}`,
  });
}

export async function render(page, { params }) {
  const task = await get(`/api/directives/${params.id}`);
  const actions = task.actions.filter((action) => FORMS[action]);
  const events = historyEvents(task);
  mount(
    page,
    pageTitle('Nhiệm vụ', task.content),
    h('p', { class: 'badges' }, directiveStatusBadge(task.status), ' ', outcomeBadge(task.outcome)),
    h(
      'section',
      { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
      h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
      actions.length
        ? h(
            'div',
            { class: 'action-buttons', 'data-testid': 'actions' },
            actions.map((action) => h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openStep(action, task) }, DIRECTIVE_ACTION_LABELS[action])),
          )
        : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở nhiệm vụ này.'),
    ),
    h('section', { class: 'card', 'aria-labelledby': 'summary-heading' }, h('h2', { id: 'summary-heading' }, 'Thông tin nhiệm vụ'), summaryFacts(task)),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'history-heading' },
      h('h2', { id: 'history-heading' }, `Quá trình thực hiện (${events.length})`),
      events.length ? timeline(events, { label: (e) => e.type, summary: (e) => e.text }) : h('p', {}, 'Chưa có đôn đốc, báo cáo hay đánh giá nào.'),
    ),
  );
}
