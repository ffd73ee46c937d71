import { h } from './dom.js';
import { addDays, formatDate, formatDateTime, formatNumber, localDateOf } from './format.js';
import { CONFIDENTIALITY_LABELS, URGENCY_LABELS } from './labels.js';
import { calendar, clockLabel, departmentName, statusLabel, userName } from './reference.js';

/** Small pieces shared by the pages: badges, numbers of documents, deadline states. */

/** Để biết of a distribution (`{departmentIds, userIds}`): the departments' then the people's names. */
export function forInformationNames(told) {
  return [...(told?.departmentIds ?? []).map(departmentName), ...(told?.userIds ?? []).map(userName)];
}

export function statusBadge(status, label) {
  return h('span', { class: `badge status status-${status}`, 'data-status': status }, label ?? statusLabel(status));
}

export function urgencyBadge(urgency, { always = false } = {}) {
  if (!urgency || (urgency === 'normal' && !always)) return null;
  return h('span', { class: `badge urgency urgency-${urgency}` }, URGENCY_LABELS[urgency] ?? urgency);
}

export function confidentialityBadge(confidentiality, { always = false } = {}) {
  if (!confidentiality || (confidentiality === 'normal' && !always)) return null;
  return h('span', { class: confidentiality === 'normal' ? 'badge' : 'badge secret' }, CONFIDENTIALITY_LABELS[confidentiality] ?? confidentiality);
}

/** "Số đến 12/2026" (and the confidential register when it is that series). */
export function incomingNumber(doc) {
  const number = `${doc.incomingNumber}/${doc.incomingYear ?? ''}`.replace(/\/$/, '');
  return doc.series === 'confidential' ? `${number} (sổ mật)` : number;
}

export function documentLink(doc, text) {
  return h('a', { href: `/van-ban/${doc.id ?? doc.documentId}` }, text ?? doc.excerpt ?? `Văn bản số đến ${incomingNumber(doc)}`);
}

/**
 * What a deadline of the API means today: done on time or late (with when), or still open with
 * the Vietnamese working days left / past (counted with the domain's calendar).
 */
export function deadlineText(deadline, today = localDateOf()) {
  // A settled clock without the instant it was settled (never reached that step) says only how it ended.
  const done = deadline.doneAt ? ` — xong lúc ${formatDateTime(deadline.doneAt)}` : '';
  if (deadline.state === 'on_time') return { text: `Đúng hạn${done}`, tone: 'ok' };
  if (deadline.state === 'late') return { text: `Trễ hạn${done}`, tone: 'late' };
  // The submit clock while a supplement is awaited: it does not run (QC 10.2.3 counts from a valid dossier).
  if (deadline.state === 'paused') return { text: 'Tạm dừng chờ bổ sung', tone: 'paused' };
  if (deadline.due === today) return { text: 'Đến hạn hôm nay', tone: 'warn' };
  if (deadline.due > today) {
    const left = calendar()?.between(today, deadline.due);
    return { text: left === null || left === undefined ? 'Chưa đến hạn' : `Còn ${left} ngày làm việc`, tone: left !== null && left <= 1 ? 'warn' : 'ok' };
  }
  const late = calendar()?.between(deadline.due, today);
  return { text: late ? `Quá hạn ${late} ngày làm việc` : 'Quá hạn', tone: 'late' };
}

/** The deadlines table of a document: step, due day, state. */
export function deadlinesTable(deadlines, today = localDateOf()) {
  const order = ['distribute', 'supplement', 'submit', 'issue', 'leader'];
  const entries = order.filter((clock) => deadlines?.[clock]).map((clock) => [clock, deadlines[clock]]);
  if (!entries.length) return h('p', {}, 'Không có thời hạn nào áp dụng.');
  return h(
    'table',
    { class: 'data-table deadlines', 'data-testid': 'deadlines' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Bước'), h('th', { scope: 'col' }, 'Hạn'), h('th', { scope: 'col' }, 'Tình trạng'))),
    h(
      'tbody',
      {},
      entries.map(([clock, deadline]) => {
        const { text, tone } = deadlineText(deadline, today);
        return h(
          'tr',
          { 'data-clock': clock, 'data-state': deadline.state },
          h('th', { scope: 'row' }, clockLabel(clock)),
          h('td', {}, formatDate(deadline.due)),
          h('td', {}, h('span', { class: `tone tone-${tone}` }, text)),
        );
      }),
    ),
  );
}

/**
 * Where a next due day stands today: 'overdue', 'due_soon' (today or the next working day, as the
 * counters and notices count it: at most one working day left) or null.
 */
export function dueStanding(doc, today = localDateOf()) {
  if (!doc.nextDue) return null;
  if (doc.overdue || doc.nextDue < today) return 'overdue';
  const left = calendar()?.between(today, doc.nextDue);
  // Outside the approved years the next calendar day stands in for the next working day (as the domain does).
  const soon = left === null || left === undefined ? doc.nextDue <= addDays(today, 1) : left <= 1;
  return soon ? 'due_soon' : null;
}

/** "Hạn gần nhất" of a list row: the read model's next due day, red with "Quá hạn" when past, amber with "Sắp đến hạn" within a working day. */
export function nextDueCell(doc) {
  if (!doc.nextDue) return '—';
  const standing = dueStanding(doc);
  if (standing === 'overdue') return h('span', { class: 'tone tone-late', 'data-due': 'overdue' }, formatDate(doc.nextDue), h('span', { class: 'badge late' }, 'Quá hạn'));
  if (standing === 'due_soon') return h('span', { class: 'tone tone-warn', 'data-due': 'due-soon' }, formatDate(doc.nextDue), h('span', { class: 'badge soon' }, 'Sắp đến hạn'));
  return h('span', {}, formatDate(doc.nextDue));
}

/** "‹ Trang trước · Trang 2/7 — 1.234 văn bản · Trang sau ›"; `go(n)` opens page n. */
export function pager(pageNumber, pageSize, total, noun, go) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Phân trang' },
    pageNumber > 1 ? h('button', { type: 'button', class: 'button', onclick: () => go(pageNumber - 1) }, '‹ Trang trước') : null,
    h('span', {}, `Trang ${pageNumber}/${pages} — ${formatNumber(total)} ${noun}`),
    pageNumber < pages ? h('button', { type: 'button', class: 'button', onclick: () => go(pageNumber + 1) }, 'Trang sau ›') : null,
  );
}
