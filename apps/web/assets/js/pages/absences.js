import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate, localDateOf } from '../format.js';
import { userName } from '../reference.js';
import { allows } from '../roles.js';
import { openStepDialog } from '../step-dialog.js';
import {
  ABSENCE_KIND_LABELS, daysText, kindText, monthCalendar, periodText, receiverOptions, requestFields, ROUTE_LABELS, statusBadge,
} from './absence-widgets.js';
import { absenceProposalsCard } from './delegations.js';

/*
 * Nghỉ phép, công tác (QC Art. 16; /api/absences): my requests and the form; the requests waiting
 * for my approval (a head: their own staff up to one working day; the office chief: the rest); who
 * is away today with the work they hold and "Giao lại" (through the document's or dossier's own
 * step); the month's calendar; the KT. delegation proposed for a leader away more than a day. The
 * buttons follow each absence's `actions` (the domain's guards).
 */

const RECORDERS = ['clerk', 'office_chief'];
const OVERSEERS = ['department_head', 'office_chief', 'office_deputy_chief', 'admin'];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function request(forLeader) {
  openStepDialog({
    action: forLeader ? 'record-leader-absence' : 'request-absence',
    title: forLeader ? 'Ghi lịch vắng của lãnh đạo' : 'Đăng ký nghỉ, công tác',
    spec: {
      intro: forLeader
        ? 'Lịch công tác, nghỉ của lãnh đạo UBND tỉnh và Chánh Văn phòng do Văn phòng ghi nhận để bố trí lịch; vắng quá một ngày làm việc thì đề xuất giao cấp phó ký thay.'
        : 'Trưởng phòng duyệt nghỉ không quá 1 ngày làm việc; dài hơn, hoặc đơn của Trưởng phòng, Phó Chánh Văn phòng, do Chánh Văn phòng duyệt (Quy chế làm việc, Điều 16).',
      submitLabel: forLeader ? 'Ghi nhận' : 'Gửi đơn',
      fields: requestFields(forLeader),
    },
    path: '/api/absences',
    done: () => (forLeader ? 'Đã ghi lịch vắng của lãnh đạo' : 'Đã gửi đơn'),
  });
}

function decide(absence, approve) {
  openStepDialog({
    action: approve ? 'approve-absence' : 'refuse-absence',
    title: `${approve ? 'Duyệt' : 'Không duyệt'}: ${absence.requester.name}`,
    spec: {
      intro: `${kindText(absence)}, ${periodText(absence)} (${daysText(absence.workingDays)}). Lý do: ${absence.reason}`,
      submitLabel: approve ? 'Duyệt' : 'Không duyệt',
      fields: [approve ? { name: 'note', label: 'Ý kiến', kind: 'textarea', max: 4000 } : { name: 'reason', label: 'Lý do không duyệt', kind: 'textarea', required: true, max: 4000 }],
    },
    path: `/api/absences/${absence.id}/${approve ? 'approve' : 'refuse'}`,
    done: () => (approve ? 'Đã duyệt' : 'Đã trả lời không duyệt'),
  });
}

function cancel(absence) {
  openStepDialog({
    action: 'cancel-absence',
    title: 'Hủy đơn',
    spec: { submitLabel: 'Hủy đơn', fields: [{ name: 'reason', label: 'Lý do hủy', kind: 'textarea', required: true, max: 4000 }] },
    path: `/api/absences/${absence.id}/cancel`,
    done: () => 'Đã hủy đơn',
  });
}

function cutShort(absence) {
  openStepDialog({
    action: 'cut-short-absence',
    title: 'Báo trở lại làm việc sớm',
    spec: {
      intro: `Đã đăng ký ${periodText(absence)}. Ghi ngày (buổi) cuối cùng vắng mặt.`,
      submitLabel: 'Ghi nhận',
      fields: [
        { name: 'to', label: 'Vắng đến hết ngày', kind: 'date', required: true, value: formatDate(localDateOf()) },
        { name: 'toHalf', label: 'Đến hết buổi', kind: 'select', placeholder: false, value: 'morning', options: [{ value: 'morning', label: 'Sáng' }, { value: 'afternoon', label: 'Chiều' }] },
      ],
    },
    path: `/api/absences/${absence.id}/cut-short`,
    done: () => 'Đã ghi nhận trở lại làm việc',
  });
}

/** Giao lại: the item's own step does it (a document's reassignment by its head, a dossier's transfer). */
function reassign(absence, item) {
  openStepDialog({
    action: 'reassign-waiting',
    title: 'Giao lại việc đang chờ',
    spec: {
      intro: `${item.label} — đang chờ ${absence.requester.name} (${kindText(absence)} đến hết ${formatDate(absence.to)}).`,
      submitLabel: 'Giao lại',
      fields: [
        { name: 'receiverId', label: 'Người nhận', kind: 'select', required: true, options: receiverOptions(absence.requester.id) },
        { name: 'reason', label: 'Lý do', kind: 'textarea', required: true, max: 4000, value: `Giao lại do ${absence.requester.name} ${ABSENCE_KIND_LABELS[absence.kind].toLowerCase()}` },
      ],
    },
    path: `/api/absences/${absence.id}/waiting/${item.key}/reassign`,
    done: () => 'Đã giao lại',
  });
}

const ACTION_BUTTONS = { approve: ['Duyệt', (a) => decide(a, true)], refuse: ['Không duyệt', (a) => decide(a, false)], cancel: ['Hủy đơn', cancel], 'cut-short': ['Trở lại sớm', cutShort] };

function actionCell(absence) {
  return h(
    'td',
    { class: 'action-buttons' },
    absence.actions.map((action) => h('button', { type: 'button', class: `button button-small${action === 'approve' ? ' button-primary' : ''}`, 'data-action': action, onclick: () => ACTION_BUTTONS[action][1](absence) }, ACTION_BUTTONS[action][0])),
  );
}

function absenceTable(caption, items, testId, withPerson) {
  return scrollTable(
    caption,
    [withPerson ? 'Người vắng' : null, 'Loại', 'Thời gian', 'Số ngày', 'Lý do', 'Duyệt', 'Tình trạng', ''].filter((c) => c !== null),
    items.map((a) =>
      row(
        [
          withPerson ? h('td', {}, h('strong', {}, a.requester.name ?? userName(a.requester.id))) : null,
          kindText(a),
          periodText(a),
          daysText(a.workingDays),
          a.reason,
          ROUTE_LABELS[a.route],
          h(
            'td',
            {},
            statusBadge(a),
            a.decision?.note ? h('div', { class: 'cell-sub' }, a.decision.note) : null,
            a.cutShort ? h('div', { class: 'cell-sub' }, `Trở lại sớm (đăng ký đến ${formatDate(a.cutShort.plannedTo)})`) : null,
            a.delegationId ? h('div', { class: 'cell-sub' }, h('a', { href: '/uy-quyen' }, 'Đã giao ký thay')) : null,
          ),
          actionCell(a),
        ].filter((c) => c !== null),
        { 'data-absence-id': a.id, 'data-status': a.status },
      ),
    ),
    { 'data-testid': testId, class: 'data-table absences' },
  );
}

/** Đang vắng: one block per person away today, until when, with the work they hold and "Giao lại". */
function awayCard({ date, items }) {
  const person = ({ absence, waiting }) =>
    h(
      'li',
      { class: 'away-person', 'data-absence-id': absence.id },
      h('div', {}, h('strong', {}, absence.requester.name), ` — ${kindText(absence)}, đến hết ${absence.toHalf === 'morning' ? 'sáng ' : ''}${formatDate(absence.to)}`),
      waiting.length === 0
        ? h('p', { class: 'hint' }, 'Không có việc đang chờ.')
        : h(
            'ul',
            { class: 'away-waiting' },
            waiting.map((item) =>
              h(
                'li',
                { 'data-key': item.key },
                item.link ? h('a', { href: item.link }, item.label) : item.label,
                item.due ? h('span', { class: 'cell-sub' }, ` · hạn ${formatDate(item.due)}`) : null,
                ' ',
                item.reassignable
                  ? h('button', { type: 'button', class: 'button button-small', 'data-action': 'reassign', onclick: () => reassign(absence, item) }, 'Giao lại')
                  : h('span', { class: 'hint' }, item.step === 'sign' ? '(chờ ký: người được giao ký thay xử lý)' : '(bàn giao trực tiếp)'),
              ),
            ),
          ),
    );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'away-heading', 'data-testid': 'away-today' },
    h('h2', { id: 'away-heading' }, `Đang vắng ngày ${formatDate(date)} (${items.length})`),
    items.length ? h('ul', { class: 'away-list' }, items.map(person)) : notice('Hôm nay không ai vắng mặt.'),
  );
}

function monthNav(month) {
  const shift = (delta) => {
    const [y, m] = month.split('-').map(Number);
    const index = y * 12 + (m - 1) + delta;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  };
  return h(
    'nav',
    { class: 'schedule-nav', 'aria-label': 'Chọn tháng' },
    h('a', { class: 'button button-small', href: `/vang-mat?thang=${shift(-1)}`, 'data-testid': 'previous-month' }, '← Tháng trước'),
    h('strong', { class: 'schedule-week', 'data-testid': 'month-title' }, `Tháng ${month.slice(5)}/${month.slice(0, 4)}`),
    h('a', { class: 'button button-small', href: `/vang-mat?thang=${shift(1)}`, 'data-testid': 'next-month' }, 'Tháng sau →'),
  );
}

export async function render(page, { user, query }) {
  const month = MONTH.test(query.thang ?? '') ? query.thang : localDateOf().slice(0, 7);
  const oversees = allows(user, OVERSEERS);
  const approves = allows(user, ['department_head', 'office_chief']);
  const [mine, awaiting, away, calendarMonth, proposals] = await Promise.all([
    get('/api/absences/mine'),
    approves ? get('/api/absences/awaiting') : null,
    oversees ? get('/api/absences/away') : null,
    get('/api/absences/calendar', { month }),
    absenceProposalsCard(user),
  ]);
  mount(
    page,
    pageTitle('Nghỉ phép, công tác', 'Quy chế làm việc, Điều 16: Trưởng phòng duyệt nghỉ không quá 1 ngày làm việc cho cán bộ của phòng; dài hơn, và đơn của Trưởng phòng, Phó Chánh Văn phòng, do Chánh Văn phòng duyệt. Lịch vắng của lãnh đạo UBND tỉnh do Văn phòng ghi nhận.'),
    h(
      'p',
      { class: 'action-buttons' },
      h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'request-absence', onclick: () => request(false) }, 'Đăng ký nghỉ, công tác'),
      allows(user, RECORDERS) ? h('button', { type: 'button', class: 'button', 'data-testid': 'record-leader-absence', onclick: () => request(true) }, 'Ghi lịch vắng của lãnh đạo') : null,
    ),
    awaiting
      ? h('section', { class: 'card', 'aria-labelledby': 'awaiting-heading' }, h('h2', { id: 'awaiting-heading' }, `Chờ tôi duyệt (${awaiting.items.length})`), awaiting.items.length ? absenceTable('Chờ tôi duyệt', awaiting.items, 'absences-awaiting', true) : notice('Không có đơn nào chờ duyệt.'))
      : null,
    away ? awayCard(away) : null,
    proposals,
    h('section', { class: 'card', 'aria-labelledby': 'month-heading' }, h('h2', { id: 'month-heading' }, 'Lịch vắng mặt'), monthNav(month), monthCalendar(month, calendarMonth.items)),
    h('section', { class: 'card', 'aria-labelledby': 'mine-heading' }, h('h2', { id: 'mine-heading' }, `Đơn của tôi (${mine.items.length})`), mine.items.length ? absenceTable('Đơn của tôi', mine.items, 'absences-mine', mine.items.some((a) => a.requester.id !== user.id)) : notice('Chưa có đơn nào.')),
  );
}
