import { ApiError, errorText, get } from '../api.js';
import { facts, h, notice, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatDateTime, formatNumber, localDateOf } from '../format.js';
import { NONCONFORMITY_SEVERITY_LABELS, NONCONFORMITY_SOURCE_LABELS, NONCONFORMITY_STATUS_LABELS } from '../labels.js';
import { clockLabel, userName } from '../reference.js';
import { allows, ISO_SECRETARY_ROLES, ISO_VERIFIER_ROLES } from '../roles.js';
import { navigate, reload } from '../router.js';
import {
  actionsCard, card, catalogue, historyCard, isoPage, labelOptions, openQualityStep, peopleOptions, procedureText, statusBadgeOf,
} from './iso-common.js';

/*
 * Sổ theo dõi điểm không phù hợp và hành động khắc phục (/iso/khong-phu-hop): raise, correction,
 * root cause, an action with its owner and due day, implementation by the owner, verification of
 * effectiveness by someone else (the secretary or the chief), closing; and the proposals of
 * nonconformities from late dossiers.
 */

const API = '/api/quality/nonconformities';
const PROPOSALS = '/api/quality/nc-proposals';
const current = (nc) => nc.actions.at(-1) ?? null;
const severityField = { name: 'severity', label: 'Mức độ', kind: 'choice', required: true, options: labelOptions(NONCONFORMITY_SEVERITY_LABELS) };

/** Ghi nhận điểm không phù hợp (the secretary); `prefill` the values of a finding it comes from (an audit's). */
export function raiseNonconformity(procedures, prefill = {}) {
  openQualityStep({
    action: 'raise',
    title: 'Ghi nhận điểm không phù hợp',
    spec: {
      submitLabel: 'Ghi nhận',
      fields: [
        { name: 'source', label: 'Nguồn phát hiện', kind: 'select', required: true, options: labelOptions(NONCONFORMITY_SOURCE_LABELS), value: prefill.source },
        { name: 'sourceRef', label: 'Căn cứ phát hiện', required: true, max: 300, hint: 'Cuộc đánh giá, phản ánh, hồ sơ hoặc biên bản kiểm tra', value: prefill.sourceRef },
        { name: 'clause', label: 'Điều khoản ISO 9001', max: 50, hint: 'Ví dụ 8.5.1 (không bắt buộc)', value: prefill.clause ?? '' },
        severityField,
        { name: 'procedureCode', label: 'Thủ tục liên quan', kind: 'select', placeholder: '— Không gắn với thủ tục —', options: procedures.map((p) => ({ value: p.code, label: `${p.code} — ${p.name}` })), value: prefill.procedureCode },
        { name: 'description', label: 'Mô tả điểm không phù hợp', kind: 'textarea', required: true, max: 4000, wide: true, value: prefill.description },
      ],
    },
    path: API,
    done: () => 'Đã ghi nhận điểm không phù hợp',
    then: (result) => navigate(`/iso/khong-phu-hop/${result.id}`),
  });
}

/* ---------------------------------------------------------------- proposals from late dossiers */

/** What a proposal is about: a late dossier, or a late step of a document (its clock). */
function proposalCells({ subject = {}, description }) {
  const what =
    subject.kind === 'step'
      ? h('td', {}, h('a', { href: `/van-ban/${subject.documentId}` }, subject.excerpt ?? 'Văn bản mật'), h('div', { class: 'cell-sub' }, `Bước: ${clockLabel(subject.step)}`))
      : h('td', {}, h('a', { href: `/ho-so/${subject.dossierId}` }, subject.code), h('div', { class: 'cell-sub' }, subject.procedureName ?? subject.procedureCode));
  return [
    what,
    h('td', {}, formatDate(subject.due), h('div', { class: 'cell-sub' }, subject.doneOn ? `Xong ngày ${formatDate(subject.doneOn)}` : 'Chưa xong')),
    h('td', { class: 'number' }, h('span', { class: 'tone tone-late' }, `${formatNumber(subject.daysLate)} ngày làm việc`)),
    description,
  ];
}

function acceptProposal(item) {
  openQualityStep({
    action: 'accept-proposal',
    title: 'Ghi nhận thành điểm không phù hợp',
    path: `${PROPOSALS}/${encodeURIComponent(item.key)}/accept`,
    spec: {
      submitLabel: 'Ghi nhận',
      intro: 'Điểm không phù hợp được ghi nhận với nguồn “Chỉ số, hồ sơ trễ hạn”.',
      fields: [severityField, { name: 'description', label: 'Mô tả điểm không phù hợp', kind: 'textarea', max: 4000, wide: true, value: item.description ?? '', hint: 'Để trống: dùng mô tả đề xuất' }],
    },
    done: () => 'Đã ghi nhận điểm không phù hợp từ đề xuất',
    then: (result) => (result?.id ? navigate(`/iso/khong-phu-hop/${result.id}`) : reload()),
  });
}

function dismissProposal(item) {
  openQualityStep({
    action: 'dismiss-proposal',
    title: 'Bỏ qua đề xuất',
    path: `${PROPOSALS}/${encodeURIComponent(item.key)}/dismiss`,
    spec: { submitLabel: 'Bỏ qua đề xuất', fields: [{ name: 'reason', label: 'Lý do', kind: 'textarea', required: true, max: 2000, wide: true }] },
    done: () => 'Đã bỏ qua đề xuất',
  });
}

/**
 * Đề xuất không phù hợp: late dossiers the API proposes as nonconformities. While the API has no
 * such route (404), the section is simply left out.
 */
async function proposalsCard(user) {
  let answer;
  try {
    answer = await get(PROPOSALS, { status: 'open' });
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 403)) return null;
    return card('proposals-heading', 'Đề xuất không phù hợp', notice(errorText(error), 'error'));
  }
  const items = answer?.items ?? [];
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'proposals-heading', 'data-testid': 'nc-proposals' },
    h('h2', { id: 'proposals-heading' }, `Đề xuất không phù hợp (${formatNumber(items.length)})`),
    h('p', { class: 'hint' }, 'Hồ sơ, bước xử lý trễ hạn được đề xuất ghi nhận là điểm không phù hợp (nguồn: chỉ số, hồ sơ trễ hạn).'),
    items.length
      ? scrollTable(
          'Đề xuất đang chờ xử lý',
          ['Hồ sơ, văn bản', 'Hạn', 'Trễ', 'Đề xuất', ...(secretary ? ['Xử lý'] : [])],
          items.map((item) =>
            row(
              [
                ...proposalCells(item),
                ...(secretary
                  ? [
                      h(
                        'td',
                        { class: 'action-buttons' },
                        h('button', { type: 'button', class: 'button button-small button-primary', 'data-action': 'accept-proposal', onclick: () => acceptProposal(item) }, 'Ghi nhận'),
                        h('button', { type: 'button', class: 'button button-small', 'data-action': 'dismiss-proposal', onclick: () => dismissProposal(item) }, 'Bỏ qua'),
                      ),
                    ]
                  : []),
              ],
              { 'data-key': item.key },
            ),
          ),
        )
      : h('p', {}, 'Không có đề xuất nào đang chờ.'),
  );
}

/* ---------------------------------------------------------------- the log */

async function list(page, { query, user }) {
  const filters = { status: NONCONFORMITY_STATUS_LABELS[query.status] ? query.status : undefined, source: NONCONFORMITY_SOURCE_LABELS[query.source] ? query.source : undefined };
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  const [{ items }, procedures, proposals] = await Promise.all([get(API, filters), secretary ? catalogue() : [], proposalsCard(user)]);
  isoPage(
    page,
    { title: 'Điểm không phù hợp và hành động khắc phục', subtitle: 'Khắc phục tức thời, nguyên nhân gốc rễ, hành động khắc phục có người chịu trách nhiệm và thời hạn, kiểm tra hiệu lực trước khi đóng.', tab: '/iso/khong-phu-hop' },
    h(
      'section',
      { class: 'card' },
      filterForm({
        name: 'nonconformities',
        label: 'Lọc điểm không phù hợp',
        query: filters,
        resetHref: '/iso/khong-phu-hop',
        submitLabel: 'Lọc',
        fields: [
          { name: 'status', label: 'Tình trạng', kind: 'select', options: Object.entries(NONCONFORMITY_STATUS_LABELS) },
          { name: 'source', label: 'Nguồn phát hiện', kind: 'select', options: Object.entries(NONCONFORMITY_SOURCE_LABELS) },
        ],
      }),
      secretary ? h('p', { class: 'action-buttons' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'raise', onclick: () => raiseNonconformity(procedures) }, 'Ghi nhận điểm không phù hợp')) : null,
    ),
    proposals,
    card(
      'nc-list-heading',
      `${formatNumber(items.length)} điểm không phù hợp`,
      items.length
        ? scrollTable(
            'Sổ theo dõi điểm không phù hợp và hành động khắc phục',
            ['Mô tả', 'Nguồn', 'Mức độ', 'Tình trạng', 'Hành động khắc phục', 'Hạn hoàn thành'],
            items.map((nc) => {
              const action = current(nc);
              const overdue = action && !action.implemented && action.dueOn < localDateOf();
              return row(
                [
                  h('td', {}, h('a', { href: `/iso/khong-phu-hop/${nc.id}` }, nc.description), nc.clause ? h('div', { class: 'cell-sub' }, `Điều khoản ${nc.clause}`) : null),
                  h('td', {}, NONCONFORMITY_SOURCE_LABELS[nc.source] ?? nc.source, h('div', { class: 'cell-sub' }, nc.sourceRef)),
                  NONCONFORMITY_SEVERITY_LABELS[nc.severity] ?? nc.severity,
                  statusBadgeOf(nc.status, NONCONFORMITY_STATUS_LABELS),
                  action ? h('td', {}, action.action, h('div', { class: 'cell-sub' }, userName(action.ownerId))) : '—',
                  action ? h('td', {}, h('span', { class: overdue ? 'tone tone-late' : '' }, formatDate(action.dueOn))) : '—',
                ],
                { 'data-id': nc.id, 'data-status': nc.status },
              );
            }),
            { 'data-testid': 'nonconformities' },
          )
        : notice('Chưa có điểm không phù hợp nào phù hợp điều kiện lọc.'),
    ),
  );
}

/* ---------------------------------------------------------------- one nonconformity */

/** The steps the user may take now, as the decider allows them (role, owner, status). */
function steps(nc, user, path) {
  const secretary = allows(user, ISO_SECRETARY_ROLES);
  const action = current(nc);
  const step = (name, label, spec, quiet = false) => ({ action: name, label, quiet, open: () => openQualityStep({ action: name, title: label, path: `${path}/${name}`, spec }) });
  const text = (name, label, required = true) => ({ name, label, kind: 'textarea', required, max: 4000, wide: true });
  const offered = [];
  if (secretary && nc.status !== 'closed' && !nc.correction) offered.push(step('correct', 'Ghi nhận khắc phục tức thời', { fields: [text('correction', 'Việc khắc phục tức thời')] }));
  if (secretary && ['raised', 'analysed'].includes(nc.status)) {
    offered.push(step('root-cause', nc.rootCause ? 'Phân tích lại nguyên nhân gốc rễ' : 'Phân tích nguyên nhân gốc rễ', { fields: [text('rootCause', 'Nguyên nhân gốc rễ')] }));
  }
  if (secretary && nc.status === 'analysed') {
    offered.push(
      step('action', 'Lập hành động khắc phục', {
        intro: 'Hành động khắc phục phải có người chịu trách nhiệm và thời hạn hoàn thành.',
        fields: [
          text('action', 'Hành động khắc phục'),
          { name: 'ownerId', label: 'Người chịu trách nhiệm', kind: 'select', required: true, options: peopleOptions() },
          { name: 'dueOn', label: 'Thời hạn hoàn thành', kind: 'date', required: true },
        ],
      }),
    );
  }
  if (nc.status === 'action_planned' && (action?.ownerId === user.id || secretary)) {
    offered.push(step('implement', 'Ghi nhận đã thực hiện hành động', { intro: action ? `Hành động: ${action.action}` : null, fields: [text('note', 'Kết quả thực hiện')] }));
  }
  if (nc.status === 'implemented' && allows(user, ISO_VERIFIER_ROLES) && action?.ownerId !== user.id) {
    offered.push(
      step('verify', 'Kiểm tra hiệu lực', {
        intro: 'Hành động không có hiệu lực thì điểm không phù hợp trở lại bước phân tích nguyên nhân để lập hành động khác.',
        fields: [
          { name: 'effective', label: 'Kết quả kiểm tra', kind: 'choice', required: true, options: [{ value: true, label: 'Có hiệu lực' }, { value: false, label: 'Không có hiệu lực' }] },
          text('note', 'Căn cứ đánh giá hiệu lực'),
        ],
      }),
    );
  }
  if (secretary && nc.status !== 'closed') {
    offered.push(
      step(
        'close',
        'Đóng điểm không phù hợp',
        { intro: nc.status === 'verified' ? 'Hành động khắc phục đã được kiểm tra và có hiệu lực.' : 'Chỉ đóng được sau khi hành động khắc phục đã được kiểm tra và có hiệu lực.', fields: [text('note', 'Ghi chú', false)] },
        nc.status !== 'verified',
      ),
    );
  }
  return offered;
}

function actionsTable(actions) {
  if (!actions.length) return h('p', {}, 'Chưa lập hành động khắc phục.');
  return scrollTable(
    null,
    ['Hành động', 'Người chịu trách nhiệm', 'Thời hạn', 'Thực hiện', 'Kiểm tra hiệu lực'],
    actions.map((a) =>
      row([
        a.action,
        userName(a.ownerId),
        formatDate(a.dueOn),
        a.implemented ? h('td', {}, a.implemented.note, h('div', { class: 'cell-sub' }, `${userName(a.implemented.by)}, ${formatDateTime(a.implemented.at)}`)) : 'Chưa thực hiện',
        a.verification
          ? h('td', {}, h('span', { class: a.verification.effective ? 'tone tone-ok' : 'tone tone-late' }, a.verification.effective ? 'Có hiệu lực' : 'Không có hiệu lực'), ` — ${a.verification.note}`, h('div', { class: 'cell-sub' }, `${userName(a.verification.by)}, ${formatDateTime(a.verification.at)}`))
          : 'Chưa kiểm tra',
      ]),
    ),
    { 'data-testid': 'corrective-actions' },
  );
}

function history(nc) {
  return historyCard([
    { at: nc.raisedAt, what: 'Ghi nhận điểm không phù hợp', by: nc.raisedBy, detail: `${NONCONFORMITY_SOURCE_LABELS[nc.source] ?? nc.source}: ${nc.sourceRef}` },
    nc.correction && { at: nc.correction.at, what: 'Khắc phục tức thời', by: nc.correction.by, detail: nc.correction.correction },
    nc.rootCause && { at: nc.rootCause.at, what: 'Phân tích nguyên nhân gốc rễ', by: nc.rootCause.by, detail: nc.rootCause.rootCause },
    ...nc.actions.flatMap((a) => [
      { at: a.plannedAt, what: 'Lập hành động khắc phục', detail: `${a.action} — ${userName(a.ownerId)}, hạn ${formatDate(a.dueOn)}` },
      a.implemented && { at: a.implemented.at, what: 'Thực hiện hành động khắc phục', by: a.implemented.by, detail: a.implemented.note },
      a.verification && { at: a.verification.at, what: a.verification.effective ? 'Kiểm tra: có hiệu lực' : 'Kiểm tra: không có hiệu lực', by: a.verification.by, detail: a.verification.note },
    ]),
    nc.closing && { at: nc.closing.at, what: 'Đóng điểm không phù hợp', by: nc.closing.by, detail: nc.closing.note },
  ]);
}

async function detail(page, { params, user }) {
  const path = `${API}/${params.id}`;
  const [nc, procedures] = await Promise.all([get(path), catalogue()]);
  isoPage(
    page,
    { title: 'Điểm không phù hợp', subtitle: nc.description, tab: '/iso/khong-phu-hop' },
    h('p', { class: 'badges' }, statusBadgeOf(nc.status, NONCONFORMITY_STATUS_LABELS), ' ', h('span', { class: nc.severity === 'major' ? 'badge late' : 'badge' }, `Mức độ: ${NONCONFORMITY_SEVERITY_LABELS[nc.severity] ?? nc.severity}`)),
    actionsCard(steps(nc, user, path)),
    card(
      'nc-heading',
      'Thông tin',
      facts(
        [
          ['Mô tả', nc.description],
          ['Nguồn phát hiện', `${NONCONFORMITY_SOURCE_LABELS[nc.source] ?? nc.source} — ${nc.sourceRef}`],
          ['Điều khoản', nc.clause],
          ['Thủ tục liên quan', nc.procedureCode ? h('a', { href: `/danh-muc-tthc/thu-tuc?ma=${encodeURIComponent(nc.procedureCode)}` }, procedureText(procedures, nc.procedureCode)) : null],
          ['Ghi nhận', `${userName(nc.raisedBy)}, ${formatDateTime(nc.raisedAt)}`],
          ['Khắc phục tức thời', nc.correction?.correction ?? 'Chưa ghi nhận'],
          ['Nguyên nhân gốc rễ', nc.rootCause?.rootCause ?? 'Chưa phân tích'],
          ['Đóng', nc.closing ? `${userName(nc.closing.by)}, ${formatDateTime(nc.closing.at)}${nc.closing.note ? ` — ${nc.closing.note}` : ''}` : null],
        ],
        { 'data-testid': 'summary' },
      ),
    ),
    card('actions-list-heading', 'Hành động khắc phục', actionsTable(nc.actions)),
    history(nc),
  );
}

/** /iso/khong-phu-hop (the log and the proposals) and /iso/khong-phu-hop/:id (one nonconformity). */
export function render(page, context) {
  return context.params.id ? detail(page, context) : list(page, context);
}
