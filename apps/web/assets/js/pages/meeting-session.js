import { facts, h, notice, row, scrollTable } from '../dom.js';
import { formatDateTime } from '../format.js';
import { org, userName } from '../reference.js';
import { openStepDialog } from '../step-dialog.js';

/*
 * A session before it is held (QC Art. 9.1), on the meeting's page: its agenda, its papers with
 * their clock (due 3 calendar days before the session; sent late is recorded, never refused), the
 * members' absences with the presiding leader's answer, the attendance and the minutes. The
 * buttons are the `actions` of GET /api/meetings/:id; the forms post to /api/meetings/:id/<step>.
 */

export const SESSION_KIND_LABELS = { committee_session: 'Phiên họp UBND tỉnh', leader_meeting: 'Cuộc họp của lãnh đạo UBND tỉnh' };
export const SESSION_ACTION_LABELS = {
  papers: 'Đăng ký tài liệu',
  'distribute-papers': 'Gửi tài liệu',
  'report-absence': 'Báo cáo vắng mặt',
  attendance: 'Điểm danh',
  minutes: 'Ghi biên bản',
};
const PRESENCE_LABELS = { present: 'Có mặt', absent_approved: 'Vắng mặt có lý do', absent_unapproved: 'Vắng mặt không được đồng ý', represented: 'Cử người dự thay' };
const OFFICE_LEADER_ROLES = ['office_chief', 'office_deputy_chief'];

/** A member: a leader's user id (shown by name) or an invited agency as the session names it. */
const memberName = (member) => (org().users.some((u) => u.id === member) ? userName(member) : member);
const members = (s) => [...s.invitedLeaderIds, ...s.invitedAgencies];

/** The chip of a paper's clock: "đúng hạn", "muộn N ngày", "quá hạn chưa gửi", "chưa gửi". */
export function paperChip(clock) {
  const [text, tone] = {
    on_time: ['Đúng hạn', 'ok'],
    late: [`Muộn ${clock.daysLate} ngày`, 'late'],
    overdue: ['Quá hạn chưa gửi', 'late'],
    pending: ['Chưa gửi', 'warn'],
  }[clock.kind];
  return h('span', { class: `tone tone-${tone}`, 'data-testid': 'paper-clock', 'data-clock': clock.kind }, text);
}

/** The papers' line of a list row: how many are sent, and whether some are late or overdue. */
export function papersSummary(session) {
  if (!session) return null;
  const sent = session.papersTotal - session.papersUnsent;
  const flag = session.papersOverdue ? h('span', { class: 'tone tone-late' }, ' · quá hạn chưa gửi') : session.papersLate ? h('span', { class: 'tone tone-late' }, ` · ${session.papersLate} gửi muộn`) : null;
  return h('div', { class: 'cell-sub', 'data-testid': 'papers-summary' }, `Tài liệu: đã gửi ${sent}/${session.papersTotal}`, flag);
}

const FORMS = {
  papers: (s) => ({
    intro: `Tài liệu phải gửi đến thành viên chậm nhất ${formatDateTime(s.papersDue.due)} (ít nhất 3 ngày trước phiên họp).`,
    submitLabel: 'Đăng ký',
    fields: [
      { name: 'agendaItemId', label: 'Nội dung', kind: 'select', required: true, options: s.agenda.map((a) => ({ value: a.itemId, label: a.title })) },
      { name: 'title', label: 'Tên tài liệu', required: true, max: 300, wide: true },
      { name: 'attachmentHash', label: 'Mã SHA-256 của tệp đính kèm', max: 64, hint: 'Không bắt buộc' },
    ],
  }),
  'distribute-papers': (s) => ({
    intro: 'Gửi sau hạn vẫn được ghi nhận, có đánh dấu gửi muộn.',
    submitLabel: 'Gửi',
    fields: s.papers.filter((p) => !p.distribution).map((p) => ({ name: `send.${p.paperId}`, label: p.title, kind: 'checkbox', local: true, value: true })),
    toBody: (_body, values) => ({ paperIds: s.papers.filter((p) => values[`send.${p.paperId}`]).map((p) => p.paperId) }),
  }),
  'report-absence': (s, user) => {
    const own = s.invitedLeaderIds.includes(user.id) && user.id !== s.specialistId;
    return {
      submitLabel: 'Báo cáo',
      fields: [
        { name: 'member', label: 'Thành viên', kind: 'select', required: true, value: own ? user.id : '', options: (own ? [user.id] : members(s)).map((m) => ({ value: m, label: memberName(m) })) },
        { name: 'reason', label: 'Lý do vắng mặt', kind: 'textarea', required: true, max: 4000 },
      ],
    };
  },
  attendance: (s) => ({
    submitLabel: 'Ghi điểm danh',
    fields: members(s).map((m, i) => ({
      legend: memberName(m),
      class: 'row-group',
      fields: [
        {
          name: `entries.${i}.presence`, label: 'Có mặt hay vắng', kind: 'select', required: true, local: true,
          value: s.absences.some((a) => a.member === m && a.decision?.approved) ? 'absent_approved' : 'present',
          options: Object.entries(PRESENCE_LABELS).map(([value, label]) => ({ value, label })),
        },
        { name: `entries.${i}.representative`, label: 'Người dự thay', max: 300, local: true, showIf: (v) => v[`entries.${i}.presence`] === 'represented' },
      ],
    })),
    toBody: (_body, values) => ({
      entries: members(s).map((member, i) => ({ member, presence: values[`entries.${i}.presence`], representative: values[`entries.${i}.representative`] ?? null })),
    }),
  }),
  minutes: () => ({
    intro: 'Sau khi ghi biên bản, cuộc họp chuyển sang "Đã họp": thông báo kết luận hạn 3 ngày làm việc sau ngày họp.',
    submitLabel: 'Ghi biên bản',
    fields: [
      { name: 'text', label: 'Nội dung biên bản', kind: 'textarea', rows: 6, required: true, max: 50000 },
      { name: 'attachmentHash', label: 'Mã SHA-256 của bản scan', max: 64, hint: 'Không bắt buộc' },
    ],
  }),
};

function openSessionStep(meeting, action, spec, title) {
  openStepDialog({
    action,
    title,
    spec,
    path: `/api/meetings/${meeting.id}/${action}`,
    done: () => `Đã thực hiện: ${title}`,
  });
}

/** The session's buttons among `actions` (decide-absence is a button on each absence). */
export function sessionButtons(meeting, user) {
  const s = meeting.sessionDetail;
  if (!s || meeting.status !== 'convened') return [];
  return meeting.actions
    .filter((action) => FORMS[action] && (action !== 'distribute-papers' || s.papers.some((p) => !p.distribution)))
    .map((action) =>
      h('button', { type: 'button', class: 'button button-primary', 'data-action': action, onclick: () => openSessionStep(meeting, action, FORMS[action](s, user), SESSION_ACTION_LABELS[action]) }, SESSION_ACTION_LABELS[action]),
    );
}

function decideButtons(meeting, absence) {
  const decide = (approved) => () =>
    openSessionStep(
      meeting,
      'decide-absence',
      {
        intro: `${memberName(absence.member)}: ${absence.reason}`,
        submitLabel: approved ? 'Đồng ý' : 'Không đồng ý',
        fields: [{ name: 'note', label: 'Ý kiến', kind: 'textarea', max: 2000 }],
        toBody: (body) => ({ ...body, member: absence.member, approved }),
      },
      approved ? 'Đồng ý cho vắng mặt' : 'Không đồng ý cho vắng mặt',
    );
  return h(
    'span',
    { class: 'action-buttons' },
    h('button', { type: 'button', class: 'button button-primary', 'data-action': 'approve-absence', onclick: decide(true) }, 'Đồng ý'),
    h('button', { type: 'button', class: 'button', 'data-action': 'refuse-absence', onclick: decide(false) }, 'Không đồng ý'),
  );
}

function agendaTable(s) {
  return scrollTable(
    'Chương trình phiên họp và tài liệu',
    ['STT', 'Nội dung', 'Cơ quan trình', 'Tài liệu', 'Gửi thành viên', 'Thời hạn'],
    s.agenda.flatMap((item, i) => {
      const papers = s.papers.filter((p) => p.agendaItemId === item.itemId);
      const head = [h('td', { class: 'number' }, String(i + 1)), item.title, item.presentingAgency];
      if (!papers.length) return [row([...head, 'Chưa có tài liệu', '—', '—'])];
      return papers.map((p, j) =>
        row([...(j === 0 ? head : ['', '', '']), p.title, p.distribution ? formatDateTime(p.distribution.at) : 'Chưa gửi', h('td', {}, paperChip(p.clock))], { 'data-paper-id': p.paperId, 'data-clock': p.clock.kind }),
      );
    }),
    { 'data-testid': 'session-papers' },
  );
}

function absencesTable(meeting, s) {
  const canDecide = meeting.actions.includes('decide-absence');
  return scrollTable(
    'Thành viên báo cáo vắng mặt',
    ['Thành viên', 'Lý do', 'Ý kiến lãnh đạo chủ trì'],
    s.absences.map((a) =>
      row([
        memberName(a.member),
        a.reason,
        a.decision
          ? h('td', {}, h('span', { class: `tone tone-${a.decision.approved ? 'ok' : 'late'}` }, a.decision.approved ? 'Đồng ý' : 'Không đồng ý'), a.decision.note ? ` — ${a.decision.note}` : '')
          : h('td', {}, canDecide ? decideButtons(meeting, a) : 'Chờ ý kiến'),
      ], { 'data-member': a.member }),
    ),
    { 'data-testid': 'session-absences' },
  );
}

/** The session's cards: facts and papers' clock, agenda with papers, absences, attendance, minutes. */
export function sessionCards(meeting) {
  const s = meeting.sessionDetail;
  if (!s) return [];
  const late = s.papers.filter((p) => p.clock.kind === 'late');
  const overdue = s.papers.filter((p) => p.clock.kind === 'overdue');
  return [
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'session-heading', 'data-testid': 'session' },
      h('h2', { id: 'session-heading' }, SESSION_KIND_LABELS[s.kind]),
      facts([
        ['Thời gian', formatDateTime(s.startsAt)],
        ['Địa điểm', s.place],
        ['Triệu tập', `${userName(s.convenedBy)}, ${formatDateTime(s.convenedAt)}`],
        ['Thành viên được mời', h('ul', { class: 'plain' }, members(s).map((m) => h('li', {}, memberName(m))))],
        ['Hạn gửi tài liệu', `${formatDateTime(s.papersDue.due)} (${s.papersDue.rule.days} ${s.papersDue.rule.unit === 'calendar' ? 'ngày' : 'ngày làm việc'} trước phiên họp)`],
      ]),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'papers-heading' },
      h('h2', { id: 'papers-heading' }, 'Chương trình và tài liệu phiên họp'),
      late.length ? notice(`Tài liệu gửi muộn: ${late.map((p) => p.title).join('; ')}`, 'error') : null,
      overdue.length ? notice(`Quá hạn chưa gửi: ${overdue.map((p) => p.title).join('; ')}`, 'error') : null,
      agendaTable(s),
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'attendance-heading' },
      h('h2', { id: 'attendance-heading' }, 'Thành phần dự họp'),
      s.absences.length ? absencesTable(meeting, s) : h('p', {}, 'Chưa có thành viên báo cáo vắng mặt.'),
      s.attendance
        ? scrollTable('Điểm danh', ['Thành viên', 'Tình trạng'], s.attendance.entries.map((e) => row([memberName(e.member), `${PRESENCE_LABELS[e.presence]}${e.representative ? `: ${e.representative}` : ''}`])), { 'data-testid': 'session-attendance' })
        : null,
    ),
    s.minutes
      ? h('section', { class: 'card', 'aria-labelledby': 'minutes-heading' }, h('h2', { id: 'minutes-heading' }, 'Biên bản phiên họp'), h('p', { class: 'conclusions', 'data-testid': 'session-minutes' }, s.minutes.text), h('p', { class: 'hint' }, `${userName(s.minutes.by)}, ${formatDateTime(s.minutes.at)}`))
      : null,
  ];
}

/** "Triệu tập phiên họp" (the office's chief and deputy chiefs). */
export const canConvene = (user) => user.roles.some((r) => OFFICE_LEADER_ROLES.includes(r));
