import { navigate } from '../router.js';
import { get } from '../api.js';
import { facts, h, notice, row, scrollTable } from '../dom.js';
import { filterForm } from '../filters.js';
import { formatDate, formatDateTime, formatNumber, localDateOf } from '../format.js';
import { REVIEW_STATUS_LABELS, REVIEW_TOPIC_LABELS } from '../labels.js';
import { org, userName } from '../reference.js';
import { allows, ISO_SECRETARY_ROLES, OFFICE_CHIEF_ROLES } from '../roles.js';
import {
  actionsCard, card, catalogue, chosen, historyCard, isoPage, openQualityStep, peopleOptions, pickOne, procedurePicker, procedureText,
  statusBadgeOf,
} from './iso-common.js';

/*
 * Xem xét của lãnh đạo and công bố hệ thống phù hợp (/iso/xem-xet): the secretary records the
 * minutes of the review the office chief chaired, the chief confirms the system is effective,
 * then signs the declaration (only after a confirmed review of the same year), which the
 * secretary notifies to the Department of Science and Technology and posts.
 */

const REVIEWS = '/api/quality/reviews';
const DECLARATIONS = '/api/quality/declarations';
/** The inputs the office must bring to every review (REQUIRED_REVIEW_TOPICS of the domain): listed first, required. */
const REQUIRED_TOPICS = ['process_performance', 'nonconformities', 'audit_results', 'satisfaction', 'objectives'];
const today = () => formatDate(localDateOf());
const reviewText = (review) => `Xem xét ngày ${formatDate(review.heldOn)}`;

/** Fills the required inputs of the open review form from GET /api/quality/review-inputs (1 January to today). */
async function fillReviewInputs(event) {
  const button = event.currentTarget;
  const form = button.closest('[data-testid="dialog-record-review"]')?.querySelector('form');
  const to = localDateOf();
  button.disabled = true;
  try {
    const { summaries } = await get('/api/quality/review-inputs', { from: `${to.slice(0, 4)}-01-01`, to });
    for (const [topic, summary] of Object.entries(summaries)) {
      const field = form?.querySelector(`[data-field="inputs.${topic}"] textarea`);
      if (field) field.value = summary;
    }
    button.textContent = `Đã lấy số liệu đến ngày ${formatDate(to)}`;
  } finally {
    button.disabled = false;
  }
}

function recordReview() {
  const chiefs = org().users.filter((user) => user.roles.includes('office_chief'));
  openQualityStep({
    action: 'record-review',
    title: 'Ghi nhận biên bản xem xét của lãnh đạo',
    path: REVIEWS,
    done: () => 'Đã ghi nhận biên bản xem xét; chờ Chánh Văn phòng xác nhận hiệu lực',
    then: (result) => navigate(`/iso/xem-xet/${result.id}`),
    spec: {
      intro: [h('button', { type: 'button', class: 'button', 'data-action': 'fill-review-inputs', onclick: fillReviewInputs }, 'Lấy dữ liệu từ hệ thống'), ' Điền các nội dung đầu vào bắt buộc từ số liệu năm nay (có thể sửa trước khi ghi nhận).'],
      submitLabel: 'Ghi nhận biên bản',
      fields: [
        { name: 'heldOn', label: 'Ngày họp', kind: 'date', required: true, value: today() },
        { name: 'chairId', label: 'Chủ trì', kind: 'select', required: true, options: peopleOptions(chiefs), value: chiefs[0]?.id, hint: 'Chánh Văn phòng (người đứng đầu) chủ trì' },
        {
          legend: 'Nội dung đầu vào',
          hint: 'Năm nội dung đầu tiên là bắt buộc.',
          fields: Object.entries(REVIEW_TOPIC_LABELS).map(([topic, label]) => ({ name: `inputs.${topic}`, label, kind: 'textarea', local: true, required: REQUIRED_TOPICS.includes(topic), max: 4000, wide: true })),
        },
        { name: 'decisions', label: 'Kết luận của cuộc xem xét', kind: 'lines', required: true, maxItems: 50, itemMax: 2000, wide: true, hint: 'Mỗi dòng một kết luận (cải tiến, nguồn lực…)' },
      ],
      toBody: (body, values) => ({
        ...body,
        inputs: Object.keys(REVIEW_TOPIC_LABELS).filter((topic) => values[`inputs.${topic}`]).map((topic) => ({ topic, summary: values[`inputs.${topic}`] })),
      }),
    },
  });
}

function declare(reviews, procedures, reviewId) {
  openQualityStep({
    action: 'declare',
    title: 'Công bố hệ thống quản lý chất lượng phù hợp',
    path: DECLARATIONS,
    done: () => 'Đã ký công bố hệ thống quản lý chất lượng phù hợp',
    then: (result) => navigate(`/iso/cong-bo/${result.id}`),
    spec: {
      intro: 'Chỉ công bố sau cuộc xem xét của lãnh đạo trong cùng năm đã được Chánh Văn phòng xác nhận hiệu lực.',
      submitLabel: 'Ký công bố',
      fields: [
        { name: 'decisionNo', label: 'Số, ký hiệu quyết định công bố', required: true, max: 200, hint: 'Ví dụ 45/QĐ-VP' },
        { name: 'declaredOn', label: 'Ngày công bố', kind: 'date', required: true, value: today() },
        {
          name: 'reviewId',
          label: 'Căn cứ cuộc xem xét của lãnh đạo',
          kind: 'select',
          required: true,
          value: reviewId,
          options: reviews.map((review) => ({ value: review.id, label: `${reviewText(review)} — ${REVIEW_STATUS_LABELS[review.status] ?? review.status}` })),
        },
        procedurePicker(procedures, { legend: 'Phạm vi áp dụng: thủ tục hành chính' }),
      ],
      validate: (values) => pickOne(values, 'procedureCodes', 'Chưa chọn thủ tục nào trong phạm vi công bố'),
      toBody: (body, values) => ({ ...body, procedureCodes: chosen(values, 'procedureCodes') }),
    },
  });
}

function declarationsTable(declarations, reviews) {
  if (!declarations.length) return notice('Chưa có bản công bố nào.');
  return scrollTable(
    'Các bản công bố hệ thống quản lý chất lượng phù hợp',
    ['Quyết định', 'Ngày công bố', 'Căn cứ xem xét', 'Phạm vi', 'Thông báo Sở KH&CN', 'Niêm yết'],
    declarations.map((d) => {
      const review = reviews.find((r) => r.id === d.reviewId);
      return row(
        [
          h('td', {}, h('a', { href: `/iso/cong-bo/${d.id}` }, d.decisionNo)),
          formatDate(d.declaredOn),
          review ? h('td', {}, h('a', { href: `/iso/xem-xet/${review.id}` }, reviewText(review))) : '—',
          `${formatNumber(d.procedureCodes.length)} thủ tục`,
          d.notice ? `${d.notice.docRef} (${formatDate(d.notice.notifiedOn)})` : h('td', {}, h('span', { class: 'tone tone-warn' }, 'Chưa thông báo')),
          d.posting ? formatDate(d.posting.postedOn) : h('td', {}, h('span', { class: 'tone tone-warn' }, 'Chưa niêm yết')),
        ],
        { 'data-id': d.id },
      );
    }),
    { 'data-testid': 'declarations' },
  );
}

async function list(page, { query, user }) {
  const year = /^\d{4}$/.test(query.year ?? '') ? query.year : undefined;
  const chief = allows(user, OFFICE_CHIEF_ROLES);
  const [{ items: reviews }, { items: allReviews }, { items: declarations }, procedures] = await Promise.all([
    get(REVIEWS, { year }),
    year ? get(REVIEWS) : { items: null },
    get(DECLARATIONS),
    chief ? catalogue() : [],
  ]);
  const every = allReviews ?? reviews;
  isoPage(
    page,
    { title: 'Xem xét của lãnh đạo và công bố', subtitle: 'Ít nhất một cuộc xem xét mỗi năm; công bố hệ thống phù hợp sau khi Chánh Văn phòng xác nhận hiệu lực.', tab: '/iso/xem-xet' },
    h(
      'section',
      { class: 'card' },
      filterForm({ name: 'reviews', label: 'Lọc theo năm', query: { year }, resetHref: '/iso/xem-xet', submitLabel: 'Lọc', fields: [{ name: 'year', label: 'Năm' }] }),
      h(
        'p',
        { class: 'action-buttons' },
        allows(user, ISO_SECRETARY_ROLES) ? h('button', { type: 'button', class: 'button button-primary', 'data-action': 'record-review', onclick: recordReview }, 'Ghi nhận biên bản xem xét') : null,
        chief ? h('button', { type: 'button', class: 'button button-primary', 'data-action': 'declare', onclick: () => declare(every, procedures) }, 'Ký công bố hệ thống phù hợp') : null,
      ),
    ),
    card(
      'reviews-heading',
      `${formatNumber(reviews.length)} cuộc xem xét của lãnh đạo${year ? ` năm ${year}` : ''}`,
      reviews.length
        ? scrollTable(
            'Biên bản xem xét của lãnh đạo',
            ['Cuộc xem xét', 'Chủ trì', 'Kết luận', 'Tình trạng'],
            reviews.map((r) =>
              row([h('td', {}, h('a', { href: `/iso/xem-xet/${r.id}` }, reviewText(r))), userName(r.chairId), `${formatNumber(r.decisions.length)} kết luận`, statusBadgeOf(r.status, REVIEW_STATUS_LABELS)], { 'data-id': r.id, 'data-status': r.status }),
            ),
            { 'data-testid': 'reviews' },
          )
        : notice('Chưa có cuộc xem xét nào.'),
    ),
    card('declarations-heading', 'Công bố hệ thống quản lý chất lượng phù hợp', declarationsTable(declarations, every)),
  );
}

async function reviewDetail(page, { params, user }) {
  const path = `${REVIEWS}/${params.id}`;
  const [review, { items: declarations }] = await Promise.all([get(path), get(DECLARATIONS)]);
  const chief = allows(user, OFFICE_CHIEF_ROLES);
  const steps = [];
  if (chief && review.status === 'held') {
    steps.push({
      action: 'confirm',
      label: 'Xác nhận hiệu lực của hệ thống',
      open: () =>
        openQualityStep({
          action: 'confirm',
          title: 'Xác nhận hiệu lực của hệ thống',
          path: `${path}/confirm`,
          spec: { submitLabel: 'Xác nhận', intro: 'Chánh Văn phòng xác nhận hệ thống quản lý chất lượng có hiệu lực theo biên bản xem xét này.', fields: [{ name: 'note', label: 'Ý kiến', kind: 'textarea', max: 2000, wide: true }] },
        }),
    });
  }
  const declared = declarations.filter((d) => d.reviewId === review.id);
  if (chief && review.status === 'confirmed' && !declared.length) {
    steps.push({ action: 'declare', label: 'Ký công bố hệ thống phù hợp', open: async () => declare([review], await catalogue(), review.id) });
  }
  isoPage(
    page,
    { title: `Xem xét của lãnh đạo ngày ${formatDate(review.heldOn)}`, subtitle: `Năm ${review.year}; chủ trì: ${userName(review.chairId)}`, tab: '/iso/xem-xet' },
    h('p', { class: 'badges' }, statusBadgeOf(review.status, REVIEW_STATUS_LABELS)),
    actionsCard(steps),
    card(
      'inputs-heading',
      'Nội dung đầu vào',
      scrollTable(null, ['Nội dung', 'Tóm tắt'], review.inputs.map((input) => row([REVIEW_TOPIC_LABELS[input.topic] ?? input.topic, input.summary], { 'data-topic': input.topic })), { 'data-testid': 'inputs' }),
    ),
    card(
      'decisions-heading',
      'Kết luận',
      h('ol', {}, review.decisions.map((decision) => h('li', {}, decision))),
      facts([
        ['Xác nhận hiệu lực', review.confirmation ? `${userName(review.confirmation.by)}, ${formatDateTime(review.confirmation.at)}${review.confirmation.note ? ` — ${review.confirmation.note}` : ''}` : 'Chờ Chánh Văn phòng xác nhận'],
        ['Công bố', declared.length ? h('span', {}, declared.map((d) => h('a', { href: `/iso/cong-bo/${d.id}` }, `Quyết định ${d.decisionNo}`))) : null],
      ]),
    ),
    historyCard([
      { at: review.recordedAt, what: 'Ghi nhận biên bản xem xét', detail: `Họp ngày ${formatDate(review.heldOn)}` },
      review.confirmation && { at: review.confirmation.at, what: 'Xác nhận hiệu lực của hệ thống', by: review.confirmation.by, detail: review.confirmation.note },
      ...declared.map((d) => ({ at: d.declaredAt, what: 'Công bố hệ thống phù hợp', by: d.by, detail: `Quyết định ${d.decisionNo}` })),
    ]),
  );
}

async function declarationDetail(page, { params, user }) {
  const path = `${DECLARATIONS}/${params.id}`;
  const [declaration, procedures] = await Promise.all([get(path), catalogue()]);
  const step = (name, label, fields) => ({ action: name, label, open: () => openQualityStep({ action: name, title: label, path: `${path}/${name}`, spec: { submitLabel: 'Ghi nhận', fields } }) });
  const steps = [];
  if (allows(user, ISO_SECRETARY_ROLES) && !declaration.notice) {
    steps.push(
      step('notify', 'Ghi nhận thông báo bản công bố', [
        { name: 'recipient', label: 'Cơ quan nhận thông báo', required: true, max: 300, value: 'Sở Khoa học và Công nghệ' },
        { name: 'docRef', label: 'Số, ký hiệu văn bản thông báo', required: true, max: 200 },
        { name: 'notifiedOn', label: 'Ngày thông báo', kind: 'date', required: true, value: today() },
      ]),
    );
  }
  if (allows(user, ISO_SECRETARY_ROLES) && !declaration.posting) {
    steps.push(
      step('post', 'Ghi nhận niêm yết bản công bố', [
        { name: 'postedOn', label: 'Ngày niêm yết', kind: 'date', required: true, value: today() },
        { name: 'websiteUrl', label: 'Địa chỉ đăng trên cổng thông tin điện tử', max: 500, hint: 'Không bắt buộc' },
      ]),
    );
  }
  isoPage(
    page,
    { title: `Công bố hệ thống phù hợp — Quyết định ${declaration.decisionNo}`, subtitle: `Ngày công bố ${formatDate(declaration.declaredOn)}`, tab: '/iso/xem-xet' },
    actionsCard(steps),
    card(
      'declaration-heading',
      'Bản công bố',
      facts(
        [
          ['Quyết định', declaration.decisionNo],
          ['Ngày công bố', formatDate(declaration.declaredOn)],
          ['Người ký', userName(declaration.by)],
          ['Căn cứ', h('a', { href: `/iso/xem-xet/${declaration.reviewId}` }, 'Cuộc xem xét của lãnh đạo')],
          ['Phạm vi áp dụng', h('ul', { class: 'plain' }, declaration.procedureCodes.map((code) => h('li', {}, procedureText(procedures, code))))],
          ['Thông báo', declaration.notice ? `${declaration.notice.recipient} — văn bản ${declaration.notice.docRef}, ngày ${formatDate(declaration.notice.notifiedOn)}` : 'Chưa thông báo'],
          ['Niêm yết', declaration.posting ? `Ngày ${formatDate(declaration.posting.postedOn)}${declaration.posting.websiteUrl ? ` — ${declaration.posting.websiteUrl}` : ''}` : 'Chưa niêm yết'],
        ],
        { 'data-testid': 'summary' },
      ),
    ),
    historyCard([
      { at: declaration.declaredAt, what: 'Ký công bố', by: declaration.by, detail: `Quyết định ${declaration.decisionNo}` },
      declaration.notice && { at: declaration.notice.notifiedOn, what: 'Thông báo bản công bố', detail: `${declaration.notice.recipient}, văn bản ${declaration.notice.docRef}` },
      declaration.posting && { at: declaration.posting.postedOn, what: 'Niêm yết bản công bố', detail: declaration.posting.websiteUrl },
    ]),
  );
}

/** /iso/xem-xet (reviews and declarations), /iso/xem-xet/:id (one review), /iso/cong-bo/:id (one declaration). */
export function render(page, context) {
  if (!context.params.id) return list(page, context);
  return context.url.pathname.startsWith('/iso/cong-bo/') ? declarationDetail(page, context) : reviewDetail(page, context);
}
