import { h, row, scrollTable } from '../dom.js';
import { formatDate } from '../format.js';
import { userName } from '../reference.js';

/*
 * Quy trình nội bộ (DOMAIN.md §7): the office's own processes in the catalogue, each version with the
 * limits of its steps, its legal basis and the office chief's approval (GET /api/procedures/internal).
 * A document is handled under the version in force on the day it was registered.
 */

// Worded as the compliance table words a limit (stepLimitWording in the domain); a step no source gives a
// limit (drafting, initial, signature of QT-VB-02) says so.
const within = (days) => (days === 0 ? 'trong ngày' : days === 1 ? 'ngày làm việc tiếp theo' : `${days} ngày làm việc`);
const limitOf = (step) =>
  step.workingDays === null
    ? 'không quy định thời hạn (chưa có căn cứ)'
    : `${within(step.workingDays)}${step.urgentWorkingDays !== step.workingDays ? `; văn bản khẩn trở lên: ${within(step.urgentWorkingDays)}` : ''}`;
const SYSTEM_ACTOR = '00000000-0000-4000-8000-000000000000';

function approvalText(approval) {
  if (!approval) return 'Chờ Chánh Văn phòng phê duyệt';
  const who = approval.by === SYSTEM_ACTOR ? 'quy trình ban đầu của hệ thống' : userName(approval.by);
  return `${approval.decisionRef} (${who}, ${formatDate(approval.at.slice(0, 10))})`;
}

/** One card: every version of every internal process, its steps with their limits and basis. */
export function internalProcessesCard(processes) {
  const rows = processes.flatMap((p) =>
    p.versions.map((v) =>
      row(
        [
          h('td', {}, h('strong', {}, p.code), h('div', {}, p.name)),
          String(v.version),
          `${formatDate(v.effectiveFrom)} – ${v.effectiveTo ? formatDate(v.effectiveTo) : 'nay'}`,
          h('td', {}, h('ul', { class: 'plain' }, v.steps.map((s) => h('li', {}, `${s.task}: ${limitOf(s)}`, h('div', { class: 'hint' }, s.basis))))),
          h('td', {}, v.publishingDecision, h('div', { class: 'hint' }, v.legalBasis.join('; '))),
          approvalText(v.approval),
        ],
        { 'data-process': p.code, 'data-version': String(v.version) },
      ),
    ),
  );
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'internal-processes-heading', id: 'quy-trinh-noi-bo' },
    h('h2', { id: 'internal-processes-heading' }, 'Quy trình nội bộ của Văn phòng'),
    h('p', { class: 'hint' }, 'Văn bản được tính thời hạn theo phiên bản quy trình có hiệu lực vào ngày đăng ký; phiên bản mới không làm thay đổi thời hạn đã tính.'),
    rows.length
      ? scrollTable('Quy trình nội bộ và các phiên bản', ['Quy trình', 'Phiên bản', 'Hiệu lực', 'Thời hạn các bước (căn cứ)', 'Ban hành, căn cứ pháp lý', 'Phê duyệt'], rows, { 'data-testid': 'internal-processes' })
      : h('p', {}, 'Chưa có quy trình nội bộ nào trong danh mục.'),
  );
}
