import { navigate } from '../router.js';
import { get } from '../api.js';
import { facts, h, notice, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatNumber } from '../format.js';
import { LEGAL_CHANGE_STATUS_LABELS, LEGAL_IMPACT_LABELS } from '../labels.js';
import { allows, ISO_SECRETARY_ROLES } from '../roles.js';
import {
  actionsCard, card, catalogue, clockBadge, clockCell, historyCard, isoPage, labelOptions, openQualityStep, pickOne, chosen, procedurePicker, procedureText,
  statusBadgeOf,
} from './iso-common.js';

/*
 * Sổ theo dõi cập nhật văn bản pháp luật (/iso/thay-doi-phap-ly): each legal change with the
 * procedures it affects and its 3-month clock from entry into force, stopped by the approval of
 * the procedure version that incorporates it.
 */

const API = '/api/quality/legal-changes';
const procedureLink = (code) => h('a', { href: `/danh-muc-tthc/thu-tuc?ma=${encodeURIComponent(code)}` }, code);

function register(procedures) {
  openQualityStep({
    action: 'register-legal-change',
    title: 'Ghi nhận thay đổi văn bản pháp luật',
    spec: {
      intro: 'Hệ thống phải được cập nhật trong 3 tháng kể từ ngày văn bản có hiệu lực (QĐ 19/2014/QĐ-TTg, Điều 4).',
      submitLabel: 'Ghi nhận',
      fields: [
        { name: 'docSymbol', label: 'Số, ký hiệu văn bản', required: true, max: 200, hint: 'Ví dụ 118/2025/NĐ-CP' },
        { name: 'excerpt', label: 'Trích yếu', kind: 'textarea', required: true, max: 2000, wide: true },
        { name: 'issuedOn', label: 'Ngày ban hành', kind: 'date', required: true },
        { name: 'effectiveFrom', label: 'Có hiệu lực từ ngày', kind: 'date', required: true },
        procedurePicker(procedures, { legend: 'Thủ tục (quy trình) chịu tác động', hint: 'Chọn ít nhất một thủ tục trong Danh mục TTHC.' }),
      ],
      validate: (values) => [
        ...(values.issuedOn && values.effectiveFrom && values.effectiveFrom < values.issuedOn ? [{ field: 'effectiveFrom', message: 'Ngày có hiệu lực không được trước ngày ban hành' }] : []),
        ...pickOne(values, 'procedureCodes', 'Chưa chọn thủ tục nào chịu tác động'),
      ],
      toBody: (body, values) => ({ ...body, procedureCodes: chosen(values, 'procedureCodes') }),
    },
    path: API,
    done: () => 'Đã ghi nhận thay đổi văn bản pháp luật',
    then: (result) => navigate(`/iso/thay-doi-phap-ly/${result.id}`),
  });
}

async function list(page, { query, user }) {
  const filters = { year: /^\d{4}$/.test(query.year ?? '') ? query.year : undefined, status: LEGAL_CHANGE_STATUS_LABELS[query.status] ? query.status : undefined };
  const [{ items }, procedures] = await Promise.all([get(API, filters), allows(user, ISO_SECRETARY_ROLES) ? catalogue() : []]);
  isoPage(
    page,
    { title: 'Thay đổi văn bản pháp luật', subtitle: 'Sổ theo dõi cập nhật văn bản pháp luật vào hệ thống quản lý chất lượng.', tab: '/iso/thay-doi-phap-ly' },
    h(
      'section',
      { class: 'card' },
      filterForm({
        name: 'legal-changes',
        label: 'Lọc thay đổi pháp lý',
        query: filters,
        resetHref: '/iso/thay-doi-phap-ly',
        submitLabel: 'Lọc',
        fields: [
          { name: 'year', label: 'Năm có hiệu lực' },
          { name: 'status', label: 'Tình trạng', kind: 'select', options: Object.entries(LEGAL_CHANGE_STATUS_LABELS) },
        ],
      }),
      allows(user, ISO_SECRETARY_ROLES)
        ? h('p', { class: 'action-buttons' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'register-legal-change', onclick: () => register(procedures) }, 'Ghi nhận thay đổi pháp lý'))
        : null,
    ),
    card(
      'legal-list-heading',
      `${formatNumber(items.length)} văn bản pháp luật`,
      items.length
        ? scrollTable(
            'Sổ theo dõi cập nhật văn bản pháp luật',
            ['Số, ký hiệu', 'Trích yếu', 'Ban hành', 'Có hiệu lực', 'Thủ tục chịu tác động', 'Tình trạng', 'Hạn cập nhật'],
            items.map((c) =>
              row(
                [
                  h('td', {}, h('a', { href: `/iso/thay-doi-phap-ly/${c.id}` }, c.docSymbol)),
                  c.excerpt,
                  formatDate(c.issuedOn),
                  formatDate(c.effectiveFrom),
                  c.procedureCodes.join(', '),
                  statusBadgeOf(c.status, LEGAL_CHANGE_STATUS_LABELS),
                  clockCell(c.clock),
                ],
                { 'data-id': c.id },
              ),
            ),
            { 'data-testid': 'legal-changes' },
          )
        : notice('Chưa có thay đổi pháp lý nào phù hợp.'),
    ),
  );
}

/** The steps the secretary may take on the change now (the decider's rules: assess once, then incorporate each affected procedure). */
function steps(change, user, procedures, path) {
  if (!allows(user, ISO_SECRETARY_ROLES)) return [];
  if (change.status === 'registered') {
    return [{
      action: 'assess',
      label: 'Đánh giá tác động',
      open: () =>
        openQualityStep({
          action: 'assess',
          title: 'Đánh giá tác động',
          path: `${path}/assess`,
          spec: {
            intro: `Văn bản ${change.docSymbol} có buộc phải sửa quy trình của các thủ tục ${change.procedureCodes.join(', ')} không?`,
            fields: [
              { name: 'impact', label: 'Kết quả đánh giá', kind: 'choice', required: true, options: labelOptions(LEGAL_IMPACT_LABELS) },
              { name: 'note', label: 'Nhận xét', kind: 'textarea', required: true, max: 2000, wide: true },
            ],
          },
        }),
    }];
  }
  const left = change.procedureCodes.filter((code) => !change.incorporations.some((i) => i.procedureCode === code));
  if (change.status !== 'revising' || !left.length) return [];
  return [{
    action: 'incorporate',
    label: 'Ghi nhận cập nhật quy trình',
    open: () =>
      openQualityStep({
        action: 'incorporate',
        title: 'Ghi nhận cập nhật quy trình',
        path: `${path}/incorporate`,
        spec: {
          intro: `Phiên bản phải đã được Chánh Văn phòng phê duyệt và nêu văn bản ${change.docSymbol} trong căn cứ pháp lý; ngày phê duyệt là ngày dừng thời hạn 3 tháng.`,
          submitLabel: 'Ghi nhận',
          fields: [
            { name: 'procedureCode', label: 'Thủ tục', kind: 'select', required: true, options: left.map((code) => ({ value: code, label: procedureText(procedures, code) })), value: left.length === 1 ? left[0] : undefined },
            { name: 'version', label: 'Phiên bản quy trình', kind: 'int', required: true, min: 1, max: 1000 },
          ],
        },
      }),
  }];
}

async function detail(page, { params, user }) {
  const path = `${API}/${params.id}`;
  const [change, procedures] = await Promise.all([get(path), catalogue()]);
  isoPage(
    page,
    { title: `Văn bản ${change.docSymbol}`, subtitle: change.excerpt, tab: '/iso/thay-doi-phap-ly' },
    h('p', { class: 'badges' }, statusBadgeOf(change.status, LEGAL_CHANGE_STATUS_LABELS), ' ', clockBadge(change.clock)),
    actionsCard(steps(change, user, procedures, path)),
    card(
      'change-heading',
      'Thông tin văn bản',
      facts(
        [
          ['Số, ký hiệu', change.docSymbol],
          ['Trích yếu', change.excerpt],
          ['Ngày ban hành', formatDate(change.issuedOn)],
          ['Có hiệu lực từ', formatDate(change.effectiveFrom)],
          ['Hạn cập nhật hệ thống', h('span', {}, `${formatDate(change.clock.dueOn)} `, clockBadge(change.clock))],
          ['Thủ tục chịu tác động', h('ul', { class: 'plain' }, change.procedureCodes.map((code) => h('li', {}, procedureLink(code), ` ${procedureText(procedures, code).slice(code.length)}`)))],
          ['Đánh giá tác động', change.assessment ? `${LEGAL_IMPACT_LABELS[change.assessment.impact]} — ${change.assessment.note}` : 'Chưa đánh giá'],
        ],
        { 'data-testid': 'summary' },
      ),
      change.incorporations.length
        ? scrollTable(
            'Các phiên bản quy trình đã cập nhật',
            ['Thủ tục', 'Phiên bản', 'Ngày phê duyệt'],
            change.incorporations.map((i) => row([h('td', {}, procedureLink(i.procedureCode)), String(i.version), formatDate(i.approvedOn)])),
          )
        : null,
    ),
    historyCard([
      { at: change.registeredAt, what: 'Ghi nhận văn bản pháp luật', detail: `Có hiệu lực từ ${formatDate(change.effectiveFrom)}; hạn cập nhật ${formatDate(change.dueOn)}` },
      change.assessment && { at: change.assessment.at, what: 'Đánh giá tác động', by: change.assessment.by, detail: `${LEGAL_IMPACT_LABELS[change.assessment.impact]}: ${change.assessment.note}` },
      ...change.incorporations.map((i) => ({ at: i.at, what: 'Cập nhật quy trình', detail: `Thủ tục ${i.procedureCode}, phiên bản ${i.version} (phê duyệt ngày ${formatDate(i.approvedOn)})` })),
    ]),
  );
}

/** /iso/thay-doi-phap-ly (the log) and /iso/thay-doi-phap-ly/:id (one change). */
export function render(page, context) {
  return context.params.id ? detail(page, context) : list(page, context);
}
