import { navigate } from '../router.js';
import { get } from '../api.js';
import { facts, h, notice, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatDateTime, formatNumber, localDateOf } from '../format.js';
import { AUDIT_FINDING_LABELS, AUDIT_STATUS_LABELS, CHECKLIST_RESULT_LABELS } from '../labels.js';
import { userName } from '../reference.js';
import { allows, ISO_SECRETARY_ROLES, OFFICE_CHIEF_ROLES } from '../roles.js';
import {
  actionsCard, card, catalogue, chosen, historyCard, isoPage, labelOptions, openQualityStep, peoplePicker, pickOne, procedurePicker, procedureText,
  statusBadgeOf, yearOf,
} from './iso-common.js';
import { raiseNonconformity } from './iso-nonconformities.js';

/*
 * Chương trình đánh giá nội bộ (/iso/danh-gia-noi-bo): at least one audit a calendar year,
 * planned by the ISO secretary, approved by the office chief, conducted with a checklist,
 * reported with its findings, closed.
 */

const API = '/api/quality/audits';
const NONCONFORMITIES = '/api/quality/nonconformities';
const BLANK_ROWS = 3;

function plan(procedures) {
  const year = yearOf();
  openQualityStep({
    action: 'plan-audit',
    title: 'Lập kế hoạch đánh giá nội bộ',
    path: API,
    done: () => 'Đã lập kế hoạch đánh giá nội bộ; chờ Chánh Văn phòng phê duyệt',
    then: (result) => navigate(`/iso/danh-gia-noi-bo/${result.id}`),
    spec: {
      intro: 'Kế hoạch chỉ được thực hiện sau khi Chánh Văn phòng phê duyệt.',
      submitLabel: 'Lập kế hoạch',
      fields: [
        { name: 'title', label: 'Tên cuộc đánh giá', required: true, max: 300, wide: true, value: `Đánh giá nội bộ năm ${year}` },
        { name: 'year', label: 'Năm của chương trình', kind: 'int', required: true, min: 2000, max: 9999, value: year },
        { name: 'plannedOn', label: 'Ngày dự kiến', kind: 'date', required: true },
        procedurePicker(procedures, { legend: 'Phạm vi: quy trình (thủ tục) được đánh giá' }),
        peoplePicker({ prefix: 'auditorIds', legend: 'Chuyên gia đánh giá' }),
      ],
      validate: (values) => [
        ...(values.plannedOn && values.year && Number(values.plannedOn.slice(0, 4)) !== values.year ? [{ field: 'plannedOn', message: `Ngày dự kiến phải thuộc năm ${values.year}` }] : []),
        ...pickOne(values, 'procedureCodes', 'Chưa chọn quy trình nào được đánh giá'),
        ...pickOne(values, 'auditorIds', 'Chưa chọn chuyên gia đánh giá'),
      ],
      toBody: (body, values) => ({ ...body, procedureCodes: chosen(values, 'procedureCodes'), auditorIds: chosen(values, 'auditorIds') }),
    },
  });
}

async function list(page, { query, user }) {
  const year = /^\d{4}$/.test(query.year ?? '') ? query.year : undefined;
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  const [{ items }, procedures] = await Promise.all([get(API, { year }), secretary ? catalogue() : []]);
  isoPage(
    page,
    { title: 'Đánh giá nội bộ', subtitle: 'Ít nhất một cuộc đánh giá nội bộ mỗi năm dương lịch (QĐ 19/2014/QĐ-TTg, Điều 4).', tab: '/iso/danh-gia-noi-bo' },
    h(
      'section',
      { class: 'card' },
      filterForm({ name: 'audits', label: 'Lọc theo năm', query: { year }, resetHref: '/iso/danh-gia-noi-bo', submitLabel: 'Lọc', fields: [{ name: 'year', label: 'Năm' }] }),
      secretary ? h('p', { class: 'action-buttons' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'plan-audit', onclick: () => plan(procedures) }, 'Lập kế hoạch đánh giá')) : null,
    ),
    card(
      'audit-list-heading',
      `${formatNumber(items.length)} cuộc đánh giá${year ? ` năm ${year}` : ''}`,
      items.length
        ? scrollTable(
            'Chương trình đánh giá nội bộ',
            ['Cuộc đánh giá', 'Năm', 'Ngày dự kiến', 'Phạm vi', 'Chuyên gia đánh giá', 'Tình trạng'],
            items.map((a) =>
              row(
                [
                  h('td', {}, h('a', { href: `/iso/danh-gia-noi-bo/${a.id}` }, a.title)),
                  String(a.year),
                  formatDate(a.plannedOn),
                  a.procedureCodes.join(', '),
                  a.auditorIds.map(userName).join(', '),
                  statusBadgeOf(a.status, AUDIT_STATUS_LABELS),
                ],
                { 'data-id': a.id, 'data-status': a.status },
              ),
            ),
            { 'data-testid': 'audits' },
          )
        : notice('Chưa có cuộc đánh giá nào.'),
    ),
  );
}

/* ---------------------------------------------------------------- one audit */

function checklistRows(audit, procedures) {
  const count = Math.max(BLANK_ROWS, audit.procedureCodes.length);
  return Array.from({ length: count }, (_, i) => ({
    legend: `Câu hỏi ${i + 1}`,
    class: 'row-group',
    fields: [
      { name: `checklist.${i}.question`, label: `Nội dung câu hỏi ${i + 1}`, max: 1000, wide: true },
      { name: `checklist.${i}.procedureCode`, label: `Quy trình ${i + 1}`, kind: 'select', placeholder: '— Chung —', value: audit.procedureCodes[i], options: audit.procedureCodes.map((code) => ({ value: code, label: procedureText(procedures, code) })) },
      { name: `checklist.${i}.result`, label: `Kết quả ${i + 1}`, kind: 'select', placeholder: false, value: 'conform', options: labelOptions(CHECKLIST_RESULT_LABELS) },
      { name: `checklist.${i}.evidence`, label: `Bằng chứng ${i + 1}`, max: 1000 },
    ],
  }));
}

/** Rows of a repeated group that were filled in (`key` set), as the API wants them. */
const filled = (rows, key) => (rows ?? []).filter((item) => item?.[key]);

function conductSpec(audit, procedures) {
  return {
    intro: 'Mỗi câu hỏi của phiếu đánh giá cần kết quả và bằng chứng; để trống những dòng không dùng.',
    submitLabel: 'Ghi nhận kết quả',
    fields: [{ name: 'conductedOn', label: 'Ngày đánh giá', kind: 'date', required: true, value: formatDate(localDateOf()) }, { legend: 'Phiếu đánh giá', fields: checklistRows(audit, procedures) }],
    validate: (values) => [
      ...(Object.entries(values).some(([name, text]) => /^checklist\.\d+\.question$/.test(name) && text) ? [] : [{ field: 'checklist.0.question', message: 'Cần ít nhất một câu hỏi của phiếu đánh giá' }]),
      ...Object.entries(values)
        .filter(([name, text]) => /^checklist\.\d+\.question$/.test(name) && text && !values[name.replace('question', 'evidence')])
        .map(([name]) => ({ field: name.replace('question', 'evidence'), message: 'Cần ghi bằng chứng đánh giá' })),
    ],
    toBody: (body) => ({ ...body, checklist: filled(body.checklist, 'question').map((item) => ({ procedureCode: null, ...item })) }),
  };
}

function reportSpec(audit) {
  // Each "Không phù hợp" answer of the checklist is proposed as a finding: the API refuses a report without one.
  const proposed = audit.checklist.filter((item) => item.result !== 'conform').map((item) => ({ kind: item.result === 'nonconform' ? 'nonconformity' : 'observation', description: `${item.question} — ${item.evidence}` }));
  const rows = [...proposed, ...Array(BLANK_ROWS - Math.min(BLANK_ROWS - 1, proposed.length)).fill(null)];
  return {
    submitLabel: 'Lập báo cáo',
    fields: [
      { name: 'summary', label: 'Kết luận của cuộc đánh giá', kind: 'textarea', required: true, max: 4000, wide: true },
      {
        legend: 'Các phát hiện',
        hint: 'Để trống nếu không có phát hiện; mỗi câu trả lời “Không phù hợp” phải có một phát hiện loại “Điểm không phù hợp”.',
        fields: rows.map((finding, i) => ({
          legend: `Phát hiện ${i + 1}`,
          class: 'row-group',
          fields: [
            { name: `findings.${i}.kind`, label: `Loại phát hiện ${i + 1}`, kind: 'select', placeholder: false, value: finding?.kind ?? 'nonconformity', options: labelOptions(AUDIT_FINDING_LABELS) },
            { name: `findings.${i}.clause`, label: `Điều khoản ${i + 1}`, max: 50 },
            { name: `findings.${i}.description`, label: `Mô tả phát hiện ${i + 1}`, max: 2000, wide: true, value: finding?.description ?? '' },
          ],
        })),
      },
    ],
    toBody: (body) => ({ ...body, findings: filled(body.findings, 'description').map((f) => ({ clause: null, ...f })) }),
  };
}

/** The steps of the audit the user may take now: the chief approves the plan; the secretary does the rest. */
function steps(audit, user, procedures, path) {
  const step = (name, label, spec) => ({ action: name, label, open: () => openQualityStep({ action: name, title: label, path: `${path}/${name}`, spec }) });
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  if (audit.status === 'planned' && allows(user, OFFICE_CHIEF_ROLES)) {
    return [step('approve', 'Phê duyệt kế hoạch', { submitLabel: 'Phê duyệt', fields: [{ name: 'decisionRef', label: 'Số, ký hiệu quyết định phê duyệt', required: true, max: 200, hint: 'Ví dụ 40/QĐ-VP' }] })];
  }
  if (!secretary) return [];
  if (audit.status === 'approved') return [step('conduct', 'Ghi nhận kết quả đánh giá', conductSpec(audit, procedures))];
  if (audit.status === 'conducted') return [step('report', 'Lập báo cáo đánh giá', reportSpec(audit))];
  if (audit.status === 'reported') return [step('close', 'Kết thúc cuộc đánh giá', { submitLabel: 'Kết thúc', fields: [{ name: 'note', label: 'Ghi chú', kind: 'textarea', max: 2000, wide: true }] })];
  return [];
}

/** Where a finding's nonconformity says it comes from: the audit and the finding's number. */
const findingRef = (audit, i) => `${audit.title} — phát hiện ${i + 1}`;

/** The report with its findings; each nonconformity found is raised on its own record (source: the audit), once. */
function reportCard(audit, user, procedures, raised) {
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  const raisedFor = (i) => raised.find((nc) => nc.sourceRef === findingRef(audit, i));
  const followUp = (finding, i) => {
    if (finding.kind !== 'nonconformity') return '—';
    const nc = raisedFor(i);
    if (nc) return h('td', {}, h('a', { href: `/iso/khong-phu-hop/${nc.id}` }, 'Đã ghi nhận điểm không phù hợp'));
    if (!secretary) return 'Chưa ghi nhận';
    const prefill = { source: 'audit', sourceRef: findingRef(audit, i), clause: finding.clause, description: finding.description };
    return h('td', {}, h('button', { type: 'button', class: 'button button-small', 'data-action': 'raise-finding', onclick: () => raiseNonconformity(procedures, prefill) }, 'Ghi nhận điểm không phù hợp'));
  };
  return card(
    'report-heading',
    'Báo cáo đánh giá',
    facts([['Kết luận', audit.report.summary], ['Lập báo cáo', `${userName(audit.report.by)}, ${formatDateTime(audit.report.at)}`]]),
    audit.report.findings.length
      ? scrollTable(
          'Các phát hiện',
          ['Loại', 'Điều khoản', 'Mô tả', 'Điểm không phù hợp'],
          audit.report.findings.map((f, i) => row([AUDIT_FINDING_LABELS[f.kind] ?? f.kind, f.clause, f.description, followUp(f, i)], { 'data-kind': f.kind })),
          { 'data-testid': 'findings' },
        )
      : h('p', {}, 'Không có phát hiện.'),
  );
}

async function detail(page, { params, user }) {
  const path = `${API}/${params.id}`;
  const [audit, procedures, { items: raised }] = await Promise.all([get(path), catalogue(), get(NONCONFORMITIES, { source: 'audit' })]);
  isoPage(
    page,
    { title: audit.title, subtitle: `Chương trình đánh giá nội bộ năm ${audit.year}`, tab: '/iso/danh-gia-noi-bo' },
    h('p', { class: 'badges' }, statusBadgeOf(audit.status, AUDIT_STATUS_LABELS)),
    actionsCard(steps(audit, user, procedures, path)),
    card(
      'audit-heading',
      'Kế hoạch',
      facts(
        [
          ['Ngày dự kiến', formatDate(audit.plannedOn)],
          ['Phạm vi', h('ul', { class: 'plain' }, audit.procedureCodes.map((code) => h('li', {}, procedureText(procedures, code))))],
          ['Chuyên gia đánh giá', audit.auditorIds.map(userName).join(', ')],
          ['Phê duyệt', audit.approval ? `Quyết định ${audit.approval.decisionRef} — ${userName(audit.approval.by)}, ${formatDateTime(audit.approval.at)}` : 'Chờ Chánh Văn phòng phê duyệt'],
          ['Ngày đánh giá', audit.conductedOn ? formatDate(audit.conductedOn) : null],
        ],
        { 'data-testid': 'summary' },
      ),
    ),
    audit.checklist.length
      ? card(
          'checklist-heading',
          'Phiếu đánh giá',
          scrollTable(
            null,
            ['Câu hỏi', 'Quy trình', 'Kết quả', 'Bằng chứng'],
            audit.checklist.map((item) =>
              row([item.question, item.procedureCode ?? 'Chung', h('td', {}, h('span', { class: item.result === 'nonconform' ? 'tone tone-late' : '' }, CHECKLIST_RESULT_LABELS[item.result] ?? item.result)), item.evidence], { 'data-result': item.result }),
            ),
            { 'data-testid': 'checklist' },
          ),
        )
      : null,
    audit.report ? reportCard(audit, user, procedures, raised) : null,
    historyCard([
      { at: audit.plannedAt, what: 'Lập kế hoạch đánh giá', detail: `Dự kiến ngày ${formatDate(audit.plannedOn)}` },
      audit.approval && { at: audit.approval.at, what: 'Phê duyệt kế hoạch', by: audit.approval.by, detail: `Quyết định ${audit.approval.decisionRef}` },
      audit.conductedOn && { at: audit.conductedOn, what: 'Tiến hành đánh giá', detail: `${audit.checklist.length} câu hỏi; ${audit.checklist.filter((i) => i.result === 'nonconform').length} không phù hợp` },
      audit.report && { at: audit.report.at, what: 'Lập báo cáo đánh giá', by: audit.report.by, detail: audit.report.summary },
      audit.closing && { at: audit.closing.at, what: 'Kết thúc cuộc đánh giá', by: audit.closing.by, detail: audit.closing.note },
    ]),
  );
}

/** /iso/danh-gia-noi-bo (the programme) and /iso/danh-gia-noi-bo/:id (one audit). */
export function render(page, context) {
  return context.params.id ? detail(page, context) : list(page, context);
}
