import { get } from '../api.js';
import { h, mount, notice, pageTitle, row, scrollTable } from '../dom.js';
import { formatDate } from '../format.js';
import { DELEGATION_KIND_LABELS, DELEGATION_STATUS_LABELS } from '../labels.js';
import { documentTypeName, fieldName, org, ref, roleLabel, userName } from '../reference.js';
import { allows, LEADER_ROLES } from '../roles.js';
import { openStepDialog } from '../step-dialog.js';
import { leaders } from './directive-widgets.js';

/*
 * Ủy quyền ký (DOMAIN.md §10, ND30 Art. 13): the delegations in force now and the others, the
 * dialogs to record one (or to confirm the KT. proposed from a leader's absence) and to revoke it.
 * Who may record and revoke is the server's rule (the grantor, the office chief, admin): the
 * buttons follow each delegation's `actions`.
 */

const MANAGERS = [...LEADER_ROLES, 'admin'];
const FIELD = 'scopeField.';
const TYPE = 'scopeType.';
const checked = (values, prefix) => Object.entries(values).filter(([name, on]) => name.startsWith(prefix) && on === true).map(([name]) => name.slice(prefix.length));
const personOption = (u) => ({ value: u.id, label: `${u.fullName} — ${u.roles.map((r) => roleLabel(r)).join(', ')}` });
const grantees = () => org().users.filter((u) => u.roles.some((r) => [...LEADER_ROLES, 'department_head'].includes(r)));

/** "KT. CHỦ TỊCH". */
const mark = (d) => `${d.kind}. ${d.onBehalfOfTitle}`;
const scopeText = (d) =>
  [d.scope.fieldCodes.length ? d.scope.fieldCodes.map(fieldName).join(', ') : 'Mọi lĩnh vực', d.scope.documentTypes.length ? d.scope.documentTypes.map(documentTypeName).join(', ') : 'mọi loại văn bản'].join('; ');

/** Ghi nhận ủy quyền: POST /api/delegations; `proposal` prefills it from an absence (then the grantor confirms). */
function recordDelegation(proposal = null) {
  openStepDialog({
    action: 'record-delegation',
    title: proposal ? 'Xác nhận giao ký thay' : 'Ghi nhận ủy quyền ký',
    spec: {
      intro: proposal
        ? `Lãnh đạo vắng ${proposal.workingDays} ngày làm việc (${formatDate(proposal.absence.from)} – ${formatDate(proposal.absence.to)}): giao cấp phó ký thay trong thời gian vắng. Ghi số văn bản giao nhiệm vụ rồi xác nhận.`
        : 'Theo văn bản ủy quyền hoặc giao nhiệm vụ. Ủy quyền (TUQ.) phải có thời hạn và giới hạn nội dung, không được ủy quyền lại; thừa lệnh (TL.) phải được quy chế cho phép.',
      submitLabel: proposal ? 'Xác nhận' : 'Ghi nhận',
      fields: [
        { name: 'kind', label: 'Hình thức ký', kind: 'select', required: true, value: proposal?.kind, options: Object.entries(DELEGATION_KIND_LABELS).map(([value, label]) => ({ value, label: `${value}. — ${label}` })) },
        { name: 'grantorId', label: 'Người ủy quyền', kind: 'select', required: true, value: proposal?.grantorId, options: leaders().map(personOption) },
        { name: 'granteeId', label: 'Người được ủy quyền ký', kind: 'select', required: true, value: proposal?.granteeId, options: grantees().map(personOption) },
        { name: 'instrument.symbol', label: 'Số, ký hiệu văn bản ủy quyền', required: true, max: 100, hint: 'Ví dụ 15/QĐ-UBND' },
        { name: 'instrument.date', label: 'Ngày văn bản ủy quyền', kind: 'date', required: true, hint: 'Dạng dd/mm/yyyy' },
        { name: 'validFrom', label: 'Hiệu lực từ ngày', kind: 'date', required: true, value: proposal ? formatDate(proposal.validFrom) : undefined },
        { name: 'validTo', label: 'Đến hết ngày', kind: 'date', value: proposal ? formatDate(proposal.validTo) : undefined, hint: 'Bắt buộc với TUQ.; để trống: đến khi thu hồi' },
        { name: 'regulationClause', label: 'Điều khoản quy chế cho phép', max: 300, showIf: (v) => v.kind === 'TL', requiredIf: (v) => v.kind === 'TL', hint: 'Ví dụ Quy chế làm việc, Điều 11 khoản 2' },
        {
          legend: 'Lĩnh vực', class: 'delegation-scope', hint: 'Không chọn: mọi lĩnh vực.',
          fields: org().fields.map((f) => ({ name: `${FIELD}${f.code}`, label: f.name, kind: 'checkbox', local: true, value: proposal?.scope.fieldCodes.includes(f.code) })),
        },
        {
          legend: 'Loại văn bản', class: 'delegation-scope', hint: 'Không chọn: mọi loại văn bản (TUQ. phải giới hạn lĩnh vực hoặc loại).',
          fields: ref().documentTypes.map((t) => ({ name: `${TYPE}${t.code}`, label: t.name, kind: 'checkbox', local: true })),
        },
      ],
      toBody: (body, values) => ({
        ...body,
        scope: { fieldCodes: checked(values, FIELD), documentTypes: checked(values, TYPE) },
        ...(proposal ? { absence: proposal.absence } : {}),
      }),
    },
    path: '/api/delegations',
    done: () => 'Đã ghi nhận ủy quyền ký',
  });
}

/** Đề xuất từ lịch vắng: GET /api/delegations/propose-from-absence, then the record dialog prefilled for the grantor to confirm. */
function proposeFromAbsence() {
  openStepDialog({
    action: 'propose-delegation',
    title: 'Đề xuất giao ký thay khi vắng mặt',
    spec: {
      intro: 'Lãnh đạo vắng quá một ngày làm việc giao cấp phó ký thay (Quy chế làm việc, Điều 16).',
      submitLabel: 'Đề xuất',
      fields: [
        { name: 'leaderId', label: 'Lãnh đạo vắng mặt', kind: 'select', required: true, options: leaders().map(personOption) },
        { name: 'from', label: 'Vắng từ ngày', kind: 'date', required: true },
        { name: 'to', label: 'Đến hết ngày', kind: 'date', required: true },
      ],
    },
    path: null,
    submit: (body) => get('/api/delegations/propose-from-absence', body),
    done: () => 'Đã lập đề xuất',
    then: (proposal) => recordDelegation(proposal),
  });
}

/**
 * Đề xuất từ lịch vắng (QC Art. 16.1): leaders away more than one working day with no delegation yet
 * (GET /api/absences/delegation-proposals); "Tạo ủy quyền" opens the record dialog prefilled, for
 * the grantor (or the office chief, admin) to confirm: nothing is granted without it. Null when none.
 */
export async function absenceProposalsCard(user) {
  const { items } = await get('/api/absences/delegation-proposals');
  const mine = items.filter(({ proposal }) => proposal.grantorId === user.id || allows(user, ['office_chief', 'admin']));
  if (mine.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'proposals-heading', 'data-testid': 'delegation-proposals' },
    h('h2', { id: 'proposals-heading' }, `Đề xuất giao ký thay khi lãnh đạo vắng (${mine.length})`),
    h(
      'ul',
      { class: 'away-list' },
      mine.map(({ absence, proposal }) =>
        h(
          'li',
          { 'data-absence-id': absence.id },
          h('strong', {}, absence.requester.name),
          ` vắng ${proposal.workingDays} ngày làm việc (${formatDate(proposal.validFrom)} – ${formatDate(proposal.validTo)}): đề xuất giao ${userName(proposal.granteeId)} ký thay (KT.). `,
          h('button', { type: 'button', class: 'button button-small button-primary', 'data-action': 'confirm-proposal', onclick: () => recordDelegation(proposal) }, 'Tạo ủy quyền'),
        ),
      ),
    ),
  );
}

function revoke(delegation) {
  openStepDialog({
    action: 'revoke-delegation',
    title: `Thu hồi ${mark(delegation)}`,
    spec: { intro: 'Từ thời điểm thu hồi, người được ủy quyền không còn ký thay được; văn bản đã ký vẫn giữ nguyên.', submitLabel: 'Thu hồi', fields: [{ name: 'reason', label: 'Lý do thu hồi', kind: 'textarea', required: true, max: 1000 }] },
    path: `/api/delegations/${delegation.id}/revoke`,
    done: () => 'Đã thu hồi ủy quyền',
  });
}

function delegationTable(caption, items) {
  return scrollTable(
    caption,
    ['Hình thức', 'Người ủy quyền', 'Người được ủy quyền', 'Văn bản', 'Hiệu lực', 'Phạm vi', 'Tình trạng', ''],
    items.map((d) =>
      row(
        [
          h('td', {}, h('strong', {}, mark(d)), h('div', { class: 'cell-sub' }, DELEGATION_KIND_LABELS[d.kind])),
          d.grantor.name,
          d.grantee.name,
          h('td', {}, d.instrument.symbol, h('div', { class: 'cell-sub' }, formatDate(d.instrument.date)), d.regulationClause ? h('div', { class: 'cell-sub' }, d.regulationClause) : null),
          `${formatDate(d.validFrom)} – ${d.validTo ? formatDate(d.validTo) : 'đến khi thu hồi'}`,
          scopeText(d),
          h('td', {}, h('span', { class: `badge delegation-${d.status}` }, DELEGATION_STATUS_LABELS[d.status]), d.revocation ? h('div', { class: 'cell-sub' }, d.revocation.reason) : null),
          h('td', {}, d.actions.includes('revoke') ? h('button', { type: 'button', class: 'button button-small', 'data-revoke': d.id, onclick: () => revoke(d) }, 'Thu hồi') : null),
        ],
        { 'data-delegation-id': d.id, 'data-status': d.status },
      ),
    ),
    { 'data-testid': caption.startsWith('Đang') ? 'delegations-in-force' : 'delegations-other', class: 'data-table delegations' },
  );
}

/** Ủy quyền ký: GET /api/delegations, in force now first, then those to come and those past. */
export async function render(page, { user }) {
  const [{ items }, proposals] = await Promise.all([get('/api/delegations', { status: 'all' }), absenceProposalsCard(user)]);
  const live = items.filter((d) => d.status === 'in_force');
  const others = items.filter((d) => d.status !== 'in_force');
  mount(
    page,
    pageTitle('Ủy quyền ký', 'Ký thay (KT.), thay mặt (TM.), quyền (Q.), thừa ủy quyền (TUQ.), thừa lệnh (TL.) theo Nghị định 30/2020/NĐ-CP, Điều 13: người được ủy quyền ký văn bản trong phạm vi và thời hạn ghi trong văn bản ủy quyền.'),
    allows(user, MANAGERS)
      ? h(
          'p',
          { class: 'action-buttons' },
          h('button', { type: 'button', class: 'button button-primary', 'data-testid': 'record-delegation', onclick: () => recordDelegation() }, 'Ghi nhận ủy quyền'),
          ' ',
          h('button', { type: 'button', class: 'button', 'data-testid': 'propose-delegation', onclick: proposeFromAbsence }, 'Đề xuất khi lãnh đạo vắng'),
        )
      : null,
    proposals,
    h('section', { class: 'card', 'aria-labelledby': 'live-heading' }, h('h2', { id: 'live-heading' }, `Đang hiệu lực (${live.length})`), live.length ? delegationTable('Đang hiệu lực', live) : notice('Hiện không có ủy quyền ký nào đang hiệu lực.')),
    h('section', { class: 'card', 'aria-labelledby': 'other-heading' }, h('h2', { id: 'other-heading' }, `Chưa đến hiệu lực và đã hết (${others.length})`), others.length ? delegationTable('Chưa đến hiệu lực và đã hết', others) : notice('Chưa có.')),
  );
}
