import { org } from '../reference.js';
import { navigate } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { leaders, specialists } from './directive-widgets.js';
import { SESSION_KIND_LABELS } from './meeting-session.js';

/** Rows of agenda items the form offers (the API takes up to 50). */
const AGENDA_ROWS = 6;
const COMMITTEE_ROLES = ['committee_chairman', 'committee_vice_chairman'];

function agendaRow(i) {
  const filled = (v) => !!v[`agenda.${i}.title`];
  return {
    legend: `Nội dung ${i + 1}`,
    class: 'row-group',
    fields: [
      { name: `agenda.${i}.title`, label: `Tên nội dung ${i + 1}`, max: 300, required: i === 0, wide: true },
      { name: `agenda.${i}.presentingAgency`, label: `Cơ quan trình ${i + 1}`, max: 300, requiredIf: filled },
      { name: `agenda.${i}.programmeItemRef`, label: `Mã mục chương trình công tác ${i + 1}`, max: 64, hint: 'Không bắt buộc' },
    ],
  };
}

/** "Triệu tập phiên họp" (office chief or deputy chief): POST /api/meetings/convene; papers are then due 3 days before the session. */
export function conveneSession() {
  const committee = org().users.filter((u) => u.roles.some((r) => COMMITTEE_ROLES.includes(r)));
  openStepDialog({
    action: 'convene',
    title: 'Triệu tập phiên họp',
    spec: {
      intro: 'Tài liệu phiên họp phải gửi đến thành viên ít nhất 3 ngày trước phiên họp (Quy chế làm việc, Điều 9).',
      submitLabel: 'Triệu tập',
      fields: [
        { name: 'kind', label: 'Loại', kind: 'select', required: true, value: 'committee_session', options: Object.entries(SESSION_KIND_LABELS).map(([value, label]) => ({ value, label })) },
        { name: 'title', label: 'Tên phiên họp', required: true, max: 300, wide: true },
        { name: 'startsAt', label: 'Thời gian bắt đầu', kind: 'datetime', required: true, hint: 'Dạng dd/mm/yyyy HH:mm' },
        { name: 'place', label: 'Địa điểm', required: true, max: 300 },
        { name: 'fieldCode', label: 'Lĩnh vực', kind: 'select', required: true, options: org().fields.map((f) => ({ value: f.code, label: f.name })) },
        { name: 'presidingLeaderId', label: 'Lãnh đạo chủ trì', kind: 'select', required: true, options: leaders().map((u) => ({ value: u.id, label: u.fullName })) },
        { name: 'specialistId', label: 'Chuyên viên được phân công', kind: 'select', required: true, options: specialists().map((u) => ({ value: u.id, label: u.fullName })) },
        { legend: 'Lãnh đạo UBND tỉnh được mời', fields: committee.map((u) => ({ name: `invite.${u.id}`, label: u.fullName, kind: 'checkbox', local: true })) },
        { name: 'invitedAgencies', label: 'Thủ trưởng cơ quan được mời', kind: 'lines', maxItems: 100, itemMax: 300, hint: 'Mỗi dòng một người, ví dụ “Giám đốc Sở Tài chính”' },
        { legend: 'Chương trình phiên họp', fields: Array.from({ length: AGENDA_ROWS }, (_, i) => agendaRow(i)) },
      ],
      toBody: (body, values) => ({
        ...body,
        invitedLeaderIds: committee.filter((u) => values[`invite.${u.id}`]).map((u) => u.id),
        invitedAgencies: body.invitedAgencies ?? [],
        agenda: (body.agenda ?? []).filter((item) => item?.title),
      }),
    },
    path: '/api/meetings/convene',
    done: () => 'Đã triệu tập phiên họp',
    then: (result) => navigate(`/cuoc-hop/${result.id}`),
  });
}
