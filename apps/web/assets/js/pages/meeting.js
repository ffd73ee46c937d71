import { get } from '../api.js';
import { facts, h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, formatDateTime } from '../format.js';
import { fieldName, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';
import {
  MEETING_ACTION_LABELS, meetingStatusBadge, noticeClock, REPORTING_LABELS, specialists, taskTable,
} from './directive-widgets.js';
import { sessionButtons, sessionCards, SESSION_KIND_LABELS } from './meeting-session.js';
import { stepForm } from './step-forms.js';

/*
 * One meeting (GET /api/meetings/:id): its session if convened beforehand (meeting-session.js), its conclusion notice with its 3-working-day clock, the
 * directives of the draft, the tasks the issued notice gave with their outcomes, and a button for
 * exactly each step of `actions`. Submit, initial, sign and issue have the forms of a document's
 * steps (step-forms.js), without the fields a notice does not take.
 */

/** Rows of directives the draft form holds; the ones after the draft's (and two blank) are revealed by "Thêm nhiệm vụ". */
const MAX_DIRECTIVES = 20;
const BLANK_SHOWN = 2;
const TERM_OPTIONS = [{ value: 'date', label: 'Có thời hạn hoàn thành' }, { value: 'reporting', label: 'Báo cáo định kỳ' }];

function directiveRow(terms, i) {
  const n = i + 1;
  const filled = (v) => !!v[`directives.${i}.content`];
  return {
    legend: `Nhiệm vụ ${n}`,
    class: 'row-group directive-row',
    fields: [
      { name: `directives.${i}.content`, label: `Nội dung nhiệm vụ ${n}`, kind: 'textarea', rows: 2, max: 4000, value: terms?.content ?? '' },
      { name: `directives.${i}.leadAgency`, label: `Cơ quan chủ trì ${n}`, max: 300, value: terms?.leadAgency ?? '', requiredIf: filled, hint: 'Đúng một cơ quan' },
      { name: `directives.${i}.coAgencies`, label: `Cơ quan phối hợp ${n}`, kind: 'lines', rows: 2, maxItems: 50, itemMax: 300, value: terms?.coAgencies?.join('\n') ?? '', hint: 'Mỗi dòng một cơ quan; không bắt buộc' },
      { name: `directives.${i}.term`, label: `Thời hạn nhiệm vụ ${n}`, kind: 'choice', local: true, value: terms?.reporting ? 'reporting' : 'date', options: TERM_OPTIONS },
      {
        name: `directives.${i}.dueDate`, label: `Hạn hoàn thành ${n}`, kind: 'date', value: terms?.dueDate ? formatDate(terms.dueDate) : '', hint: 'Dạng dd/mm/yyyy',
        showIf: (v) => v[`directives.${i}.term`] !== 'reporting', requiredIf: (v) => filled(v) && v[`directives.${i}.term`] !== 'reporting',
      },
      {
        name: `directives.${i}.reporting`, label: `Kỳ báo cáo ${n}`, kind: 'select', value: terms?.reporting ?? '', options: Object.entries(REPORTING_LABELS).map(([value, label]) => ({ value, label })),
        showIf: (v) => v[`directives.${i}.term`] === 'reporting', requiredIf: (v) => filled(v) && v[`directives.${i}.term`] === 'reporting',
      },
      {
        name: `directives.${i}.followUpSpecialistId`, label: `Chuyên viên theo dõi ${n}`, kind: 'select', placeholder: 'Chuyên viên ghi cuộc họp', value: terms?.followUpSpecialistId ?? '',
        options: specialists().map((u) => ({ value: u.id, label: u.fullName })),
      },
    ],
  };
}

/** Dự thảo thông báo kết luận: the notice and its directives, each of which becomes a task when the notice is issued. */
function draftForm(meeting) {
  const drafted = meeting.conclusion.directives ?? [];
  return {
    intro: 'Mỗi nhiệm vụ có đúng một cơ quan chủ trì và một thời hạn hoặc kỳ báo cáo; khi thông báo được phát hành, mỗi nhiệm vụ được đưa vào sổ theo dõi.',
    submitLabel: 'Lưu dự thảo',
    fields: [
      { name: 'excerpt', label: 'Trích yếu thông báo', kind: 'textarea', rows: 2, required: true, max: 2000, value: meeting.conclusion.excerpt ?? `Kết luận tại cuộc họp: ${meeting.title}` },
      { name: 'conclusions', label: 'Nội dung kết luận', kind: 'textarea', rows: 4, required: true, max: 20000, value: meeting.conclusion.conclusions ?? '' },
      { legend: 'Các nhiệm vụ được giao', fields: Array.from({ length: MAX_DIRECTIVES }, (_, i) => directiveRow(drafted[i], i)) },
    ],
    toBody: (body) => ({ ...body, directives: (body.directives ?? []).filter((d) => d?.content) }),
    validate: (values) => (Object.keys(values).some((name) => /^directives\.\d+\.content$/.test(name) && values[name]) ? [] : [{ field: 'directives.0.content', message: 'Cần ít nhất một nhiệm vụ' }]),
    shown: Math.min(MAX_DIRECTIVES, drafted.length + BLANK_SHOWN),
  };
}

/** The document forms of DOMAIN.md §2 without what a notice does not take (the draft is the notice; its symbol has no unit). */
const documentStep = (action, meeting, drop) => {
  const spec = stepForm(action, { fieldCode: meeting.fieldCode });
  return { ...spec, fields: spec.fields.filter((field) => !field.fields && !drop.includes(field.name)) };
};

const FORMS = {
  conclusion: draftForm,
  'approve-conclusion': () => ({
    intro: 'Lãnh đạo chủ trì thông qua nội dung thông báo kết luận trước khi trình ký (Quy chế làm việc, Điều 9).',
    submitLabel: 'Thông qua',
    fields: [{ name: 'note', label: 'Ý kiến', kind: 'textarea', max: 2000 }],
  }),
  submit: (meeting) => documentStep('submit', meeting, []),
  initial: (meeting) => documentStep('initial', meeting, []),
  sign: (meeting) => documentStep('sign', meeting, []),
  issue: (meeting) => documentStep('issue', meeting, ['symbolSuffix']),
};

/** Reveals one more blank directive row of the draft form at a time. */
function addRowButton(dialogTestId, shown) {
  const dialog = document.querySelector(`[data-testid="${dialogTestId}"]`);
  const rows = [...(dialog?.querySelectorAll('fieldset.directive-row') ?? [])];
  rows.forEach((fieldset, i) => (fieldset.hidden = i >= shown));
  const button = h('button', { type: 'button', class: 'button', 'data-testid': 'add-directive' }, 'Thêm nhiệm vụ');
  button.addEventListener('click', () => {
    const next = rows.find((fieldset) => fieldset.hidden);
    if (!next) return;
    next.hidden = false;
    next.querySelector('textarea')?.focus();
    button.hidden = !rows.some((fieldset) => fieldset.hidden);
  });
  rows.at(-1)?.parentElement?.append(button);
}

function openStep(action, meeting) {
  const spec = FORMS[action]?.(meeting);
  if (!spec) return;
  const title = MEETING_ACTION_LABELS[action] ?? action;
  openStepDialog({
    action,
    title,
    spec,
    path: `/api/meetings/${meeting.id}/${action}`,
    done: (result) => (result.symbol ? `Đã phát hành thông báo kết luận số ${result.symbol}; ${result.directiveIds.length} nhiệm vụ đã vào sổ theo dõi` : `Đã thực hiện: ${title}`),
  });
  if (spec.shown) addRowButton(`dialog-${action}`, spec.shown);
}

function noticeFacts(meeting) {
  const c = meeting.conclusion;
  const clock = noticeClock(meeting);
  return facts(
    [
      ['Hạn dự thảo', formatDate(c.due)],
      ['Thời hạn', h('span', { class: `tone tone-${clock.tone}`, 'data-testid': 'notice-clock', 'data-clock': c.clock }, clock.text)],
      ['Trích yếu', c.excerpt],
      ['Nội dung kết luận', c.conclusions ? h('span', { class: 'conclusions' }, c.conclusions) : null],
      ['Lãnh đạo chủ trì thông qua', c.approvedAt ? `${userName(meeting.presidingLeaderId)}, ${formatDateTime(c.approvedAt)}` : null],
      ['Trình ký', c.leaderId ? userName(c.leaderId) : null],
      ['Ký ban hành', c.signedAt ? formatDateTime(c.signedAt) : null],
      ['Số, ký hiệu', c.symbol],
      ['Ngày phát hành', c.issuedAt ? formatDateTime(c.issuedAt) : null],
    ],
    { 'data-testid': 'notice' },
  );
}

function draftedDirectives(directives) {
  return scrollTable(
    'Nhiệm vụ trong dự thảo thông báo',
    ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn', 'Chuyên viên theo dõi'],
    directives.map((d, i) =>
      row([
        h('td', { class: 'number' }, String(i + 1)),
        d.content,
        d.leadAgency,
        d.coAgencies.join('; ') || '—',
        d.dueDate ? formatDate(d.dueDate) : REPORTING_LABELS[d.reporting],
        userName(d.followUpSpecialistId),
      ]),
    ),
    { 'data-testid': 'drafted-directives' },
  );
}

export async function render(page, { params, user }) {
  const meeting = await get(`/api/meetings/${params.id}`);
  const buttons = [
    ...sessionButtons(meeting, user),
    ...meeting.actions.filter((action) => FORMS[action]).map((action) => h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openStep(action, meeting) }, MEETING_ACTION_LABELS[action])),
  ];
  const directives = meeting.conclusion.directives ?? [];
  const convened = meeting.status === 'convened';
  const kind = meeting.session ? SESSION_KIND_LABELS[meeting.session.kind] : 'Họp';
  mount(
    page,
    pageTitle(meeting.title, `${kind} ngày ${formatDate(meeting.heldOn)} — ${fieldName(meeting.fieldCode)}`),
    h('p', { class: 'badges' }, meetingStatusBadge(meeting.status)),
    h(
      'section',
      { class: 'card actions-card', 'aria-labelledby': 'actions-heading' },
      h('h2', { id: 'actions-heading' }, 'Việc bạn có thể làm'),
      buttons.length ? h('div', { class: 'action-buttons', 'data-testid': 'actions' }, buttons) : h('p', { 'data-testid': 'no-actions' }, 'Hiện không có bước nào dành cho bạn ở cuộc họp này.'),
    ),
    ...sessionCards(meeting),
    h(
      'div',
      { class: 'columns' },
      h(
        'section',
        { class: 'card', 'aria-labelledby': 'meeting-heading' },
        h('h2', { id: 'meeting-heading' }, 'Thông tin cuộc họp'),
        facts(
          [
            ['Ngày họp', formatDate(meeting.heldOn)],
            ['Lĩnh vực', fieldName(meeting.fieldCode)],
            ['Lãnh đạo chủ trì', userName(meeting.presidingLeaderId)],
            ['Chuyên viên theo dõi', userName(meeting.specialistId)],
            ['Thành phần dự họp', convened ? null : h('ul', { class: 'plain' }, meeting.attendees.map((a) => h('li', {}, a)))],
          ],
          { 'data-testid': 'summary' },
        ),
      ),
      convened ? null : h('section', { class: 'card', 'aria-labelledby': 'notice-heading' }, h('h2', { id: 'notice-heading' }, 'Thông báo kết luận'), noticeFacts(meeting)),
    ),
    convened ? null : meeting.tasks.length
      ? h('section', { class: 'card', 'aria-labelledby': 'tasks-heading' }, h('h2', { id: 'tasks-heading' }, `Nhiệm vụ được giao (${meeting.tasks.length})`), taskTable('Nhiệm vụ theo thông báo kết luận', meeting.tasks, 'meeting-tasks'))
      : h(
          'section',
          { class: 'card', 'aria-labelledby': 'draft-heading' },
          h('h2', { id: 'draft-heading' }, 'Nhiệm vụ trong dự thảo'),
          directives.length ? draftedDirectives(directives) : notice('Chưa có dự thảo thông báo kết luận.'),
          directives.length ? h('p', { class: 'hint' }, 'Các nhiệm vụ được đưa vào sổ theo dõi khi thông báo kết luận được phát hành.') : null,
        ),
  );
}
