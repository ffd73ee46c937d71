import { get } from '../api.js';
import { facts, h, notice, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatDateTime, formatNumber, localDateOf } from '../format.js';
import { userName } from '../reference.js';
import { allows, OFFICE_CHIEF_ROLES } from '../roles.js';
import { card, isoPage, openQualityStep } from './iso-common.js';

/*
 * Tự kiểm tra (/iso/tu-kiem-tra): the self-check list of TT 26/2014/TT-BKHCN Art. 36, each point
 * answered from the log with its evidence and links (GET /api/quality/self-check), and the year's
 * quality policy and objectives measured against their targets (GET /api/quality/objectives),
 * which the office chief sets (POST /api/quality/objectives).
 */

const OBJECTIVES = '/api/quality/objectives';

const STATUS = {
  met: ['Đạt', 'badge classification-on_time'],
  partly: ['Đạt một phần', 'badge soon'],
  not_met: ['Chưa đạt', 'badge late'],
  no_data: ['Chưa có số liệu', 'badge'],
};

/** The measurable indicators (QUALITY_INDICATORS of the domain), in its order: the chief's form offers one line each. */
const INDICATORS = [
  ['dossiers_on_time', 'Tỷ lệ hồ sơ TTHC giải quyết trước hạn, đúng hạn (%)', 'percent'],
  ['document_submit_on_time', 'Tỷ lệ văn bản đến được thẩm định, trình đúng hạn (%)', 'percent'],
  ['nonconformities_closed_on_time', 'Tỷ lệ điểm không phù hợp được khắc phục, đóng trong hạn (%)', 'percent'],
  ['satisfaction_share', 'Tỷ lệ hồ sơ được đánh giá hài lòng (%)', 'percent'],
  ['satisfaction_score', 'Điểm hài lòng trung bình (1–5)', 'score'],
  ['legal_changes_on_time', 'Tỷ lệ văn bản pháp luật mới được cập nhật trong 3 tháng (%)', 'percent'],
];

const statusBadge = (status) => {
  const [text, cls] = STATUS[status] ?? [status, 'badge'];
  return h('span', { class: cls, 'data-status': status }, text);
};

const valueText = (value, unit) => (value === null || value === undefined ? '—' : `${value.toLocaleString('vi-VN')}${unit === 'percent' ? ' %' : ''}`);

function pointsTable(points) {
  return scrollTable(
    'Các nội dung kiểm tra theo Điều 36 Thông tư 26/2014/TT-BKHCN',
    ['#', 'Nội dung kiểm tra', 'Tình trạng', 'Minh chứng từ hệ thống', 'Liên kết'],
    points.map((p, i) =>
      row(
        [
          String(i + 1),
          h('td', {}, h('div', {}, p.title), h('div', { class: 'hint' }, p.source)),
          h('td', {}, statusBadge(p.status)),
          h('td', {}, h('div', {}, p.evidence.summary), p.answeredFromLog ? null : h('div', { class: 'hint' }, 'Không có trong nhật ký: cần minh chứng ngoài hệ thống')),
          h('td', {}, p.links.length ? h('ul', { class: 'plain link-list' }, p.links.map((link) => h('li', {}, h('a', { href: link.href }, link.text)))) : '—'),
        ],
        { 'data-point': p.key, 'data-status': p.status },
      ),
    ),
    { 'data-testid': 'self-check' },
  );
}

function setObjectives(year, current) {
  const byIndicator = new Map((current?.objectives ?? []).map((o) => [o.indicator, o]));
  openQualityStep({
    action: 'set-objectives',
    title: `Chính sách và mục tiêu chất lượng năm ${year}`,
    path: OBJECTIVES,
    done: () => `Đã ban hành mục tiêu chất lượng năm ${year}`,
    spec: {
      intro: 'Mỗi mục tiêu đo bằng một chỉ tiêu tính từ dữ liệu của hệ thống; bỏ trống chỉ tiêu không dùng. Mục tiêu đạt khi kết quả đo ≥ chỉ tiêu.',
      submitLabel: 'Ban hành',
      fields: [
        { name: 'policy', label: 'Chính sách chất lượng', kind: 'textarea', required: true, max: 4000, wide: true, value: current?.policy ?? '' },
        ...INDICATORS.map(([key, label, unit]) => ({
          legend: label,
          fields: [
            { name: `target.${key}`, label: unit === 'percent' ? 'Chỉ tiêu (%)' : 'Chỉ tiêu (điểm)', local: true, max: 6, value: byIndicator.has(key) ? String(byIndicator.get(key).target) : '' },
            { name: `text.${key}`, label: 'Nội dung mục tiêu', local: true, max: 2000, wide: true, value: byIndicator.get(key)?.text ?? '' },
          ],
        })),
      ],
      validate: (values) =>
        INDICATORS.flatMap(([key, , unit]) => {
          const raw = values[`target.${key}`];
          if (raw === undefined) return values[`text.${key}`] ? [{ field: `target.${key}`, message: 'Cần ghi chỉ tiêu cho mục tiêu này' }] : [];
          const n = Number(String(raw).replace(',', '.'));
          const [min, max] = unit === 'percent' ? [0, 100] : [1, 5];
          return Number.isFinite(n) && n >= min && n <= max ? [] : [{ field: `target.${key}`, message: `Chỉ tiêu là số từ ${min} đến ${max}` }];
        }),
      toBody: (body, values) => ({
        year,
        policy: body.policy,
        objectives: INDICATORS.filter(([key]) => values[`target.${key}`] !== undefined).map(([key, label], i) => ({
          code: byIndicator.get(key)?.code ?? `MT-${String(i + 1).padStart(2, '0')}`,
          text: values[`text.${key}`] || label.replace(/ \((%|1–5)\)$/, ''),
          indicator: key,
          target: Number(String(values[`target.${key}`]).replace(',', '.')),
        })),
      }),
    },
  });
}

function objectivesCard(answer, user) {
  const chief = allows(user, OFFICE_CHIEF_ROLES);
  const { summary, period } = answer;
  return h(
    'section',
    { class: 'card', id: 'muc-tieu', 'aria-labelledby': 'objectives-heading', 'data-testid': 'objectives' },
    h('h2', { id: 'objectives-heading' }, `Mục tiêu chất lượng năm ${answer.year}`),
    answer.policy
      ? facts([
          ['Chính sách chất lượng', answer.policy],
          ['Ban hành', `${userName(answer.setBy)}, ${formatDateTime(answer.setAt)}${answer.revision > 1 ? ` (lần ${answer.revision})` : ''}`],
          ['Kết quả đo đến ngày', formatDate(period.asOf)],
          ['Đạt', `${formatNumber(summary.met)}/${formatNumber(summary.total)} mục tiêu`],
        ])
      : notice(`Năm ${answer.year} chưa có chính sách và mục tiêu chất lượng.`),
    answer.objectives.length
      ? scrollTable(
          'Mục tiêu, kết quả đo từ hệ thống và chỉ tiêu',
          ['Mã', 'Mục tiêu', 'Chỉ tiêu đo', 'Kết quả đo', 'Chỉ tiêu', 'Đánh giá'],
          answer.objectives.map((o) =>
            row(
              [
                o.code,
                o.text,
                h('td', {}, h('div', {}, o.indicatorName), h('div', { class: 'hint' }, `${o.basis} (${formatNumber(o.measured.numerator)}/${formatNumber(o.measured.denominator)})`)),
                valueText(o.measured.value, o.unit),
                `≥ ${valueText(o.target, o.unit)}`,
                h('td', {}, statusBadge(o.status)),
              ],
              { 'data-code': o.code, 'data-status': o.status },
            ),
          ),
          { 'data-testid': 'objectives-table' },
        )
      : null,
    chief ? h('p', { class: 'action-buttons' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'set-objectives', onclick: () => setObjectives(answer.year, answer) }, answer.policy ? 'Sửa mục tiêu chất lượng' : 'Đặt mục tiêu chất lượng')) : null,
  );
}

/** /iso/tu-kiem-tra?year=: the self-check list and the objectives of the year (this year by default). */
export async function render(page, { query, user }) {
  const year = /^\d{4}$/.test(query.year ?? '') ? Number(query.year) : Number(localDateOf().slice(0, 4));
  const [check, objectives] = await Promise.all([get('/api/quality/self-check', { year }), get(OBJECTIVES, { year })]);
  const { met, partly, not_met: notMet } = check.summary;
  isoPage(
    page,
    {
      title: 'Tự kiểm tra hệ thống quản lý chất lượng',
      subtitle: `Năm ${year}, số liệu đến ngày ${formatDate(check.period.asOf)}: các nội dung Sở Khoa học và Công nghệ kiểm tra (Điều 36 Thông tư 26/2014/TT-BKHCN), trả lời từ dữ liệu của hệ thống.`,
      tab: '/iso/tu-kiem-tra',
    },
    h('section', { class: 'card' }, filterForm({ name: 'self-check', label: 'Chọn năm', query: { year: String(year) }, resetHref: '/iso/tu-kiem-tra', submitLabel: 'Xem', fields: [{ name: 'year', label: 'Năm' }] })),
    card(
      'self-check-heading',
      'Danh mục tự kiểm tra',
      h(
        'p',
        { class: 'badges', 'data-testid': 'self-check-summary' },
        h('span', { class: STATUS.met[1] }, `${formatNumber(met)} đạt`),
        ' ',
        h('span', { class: STATUS.partly[1] }, `${formatNumber(partly)} đạt một phần`),
        ' ',
        h('span', { class: STATUS.not_met[1] }, `${formatNumber(notMet)} chưa đạt`),
      ),
      pointsTable(check.points),
    ),
    objectivesCard(objectives, user),
  );
}
