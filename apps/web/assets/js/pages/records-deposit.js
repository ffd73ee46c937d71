import { download, errorText, get, newIdempotencyKey, post } from '../api.js';
import { h, mount, notice, pageTitle } from '../dom.js';
import { formatDateTime } from '../format.js';
import { toast } from '../layout.js';
import { reload } from '../router.js';
import { openStepDialog } from '../step-dialog.js';
import { allows } from '../roles.js';
import { userName } from '../reference.js';
import { caseFilesTable, periodText } from './records-widgets.js';

/*
 * One June / December deposit batch (GET /api/records/deposits/:period): the clerk opens it,
 * deposits the closed files (those due soon or overdue first), hands the batch over to the office
 * archive, and prints the inventory and the hand-over record (two copies each).
 */

const STATUS_TEXT = { none: 'Chưa mở', open: 'Đang nhận hồ sơ', handed_over: 'Đã giao nhận' };

async function depositFile(period, file) {
  try {
    await post(`/api/records/case-files/${file.id}/deposit`, { period }, { idempotencyKey: newIdempotencyKey() });
  } catch (error) {
    return toast(errorText(error), 'error');
  }
  toast(`Đã nộp lưu hồ sơ ${file.code}`);
  // Drawn again at the deposit's position (api.js: read-your-writes), the batch lists the file.
  return reload();
}

function handOver(period) {
  openStepDialog({
    action: 'hand-over',
    title: 'Giao nhận hồ sơ nộp lưu',
    spec: {
      intro: 'Lập Biên bản giao nhận hồ sơ, tài liệu (hai bản) kèm Mục lục hồ sơ, tài liệu nộp lưu.',
      submitLabel: 'Ký biên bản giao nhận',
      fields: [
        { name: 'receiverName', label: 'Người nhận (Lưu trữ cơ quan)', required: true, max: 300 },
        { name: 'condition', label: 'Tình trạng hồ sơ, tài liệu', kind: 'textarea', required: true, max: 1000, value: 'Hồ sơ đầy đủ, bìa và mục lục đúng quy định.' },
      ],
    },
    path: `/api/records/deposits/${period}/hand-over`,
  });
}

async function openBatch(period) {
  await post('/api/records/deposits', { period }, { idempotencyKey: newIdempotencyKey() });
  toast(`Đã mở đợt nộp lưu ${periodText(period).toLowerCase()}`);
  return reload();
}

function printouts(period) {
  const link = (name, label, file) =>
    h('button', { type: 'button', class: 'button', 'data-printout': name, onclick: () => download(`/api/records/deposits/${period}/${name}.pdf`, undefined, file, { open: true }) }, label);
  return h(
    'div',
    { class: 'action-buttons', 'data-testid': 'printouts' },
    link('inventory', 'In Mục lục hồ sơ nộp lưu (PDF)', `muc-luc-${period}.pdf`),
    link('handover', 'In Biên bản giao nhận (PDF)', `bien-ban-${period}.pdf`),
  );
}

export async function render(page, { params, user }) {
  const period = params.period;
  const batch = await get(`/api/records/deposits/${period}`);
  const clerk = allows(user, ['clerk']);
  const candidates = clerk && batch.status === 'open' ? (await get('/api/records/case-files', { status: 'closed', pageSize: 500 })).items : [];
  candidates.sort((a, b) => Number(!!b.standing) - Number(!!a.standing) || a.code.localeCompare(b.code, 'vi'));
  mount(
    page,
    pageTitle(`Đợt nộp lưu ${periodText(period).toLowerCase()}`, STATUS_TEXT[batch.status]),
    batch.status === 'none' && clerk
      ? h('section', { class: 'card actions-card' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'open-batch', onclick: () => openBatch(period) }, 'Mở đợt nộp lưu'))
      : null,
    batch.handover
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'handover-heading' },
          h('h2', { id: 'handover-heading' }, 'Biên bản giao nhận'),
          h('p', { 'data-testid': 'handover-summary' }, `${userName(batch.handover.by)} giao, ${batch.handover.receiverName} nhận ${batch.handover.files.length} hồ sơ lúc ${formatDateTime(batch.handover.at)}; lập thành ${batch.handover.copies} bản.`),
          printouts(period),
        )
      : null,
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'deposited-heading' },
      h('h2', { id: 'deposited-heading' }, `Hồ sơ đã nộp trong đợt (${batch.files.length})`),
      batch.files.length ? caseFilesTable('Hồ sơ đã nộp lưu trong đợt', batch.files, 'deposited-files') : notice('Chưa có hồ sơ nào được nộp trong đợt này.'),
      batch.canHandOver ? h('div', { class: 'action-buttons' }, h('button', { type: 'button', class: 'button button-primary', 'data-action': 'hand-over', onclick: () => handOver(period) }, 'Giao nhận hồ sơ')) : null,
    ),
    candidates.length
      ? h(
          'section',
          { class: 'card', 'aria-labelledby': 'candidates-heading' },
          h('h2', { id: 'candidates-heading' }, `Hồ sơ đã kết thúc chờ nộp lưu (${candidates.length})`),
          caseFilesTable('Hồ sơ đã kết thúc, quá hạn và sắp đến hạn lên trước', candidates, 'deposit-candidates', (f) =>
            h('button', { type: 'button', class: 'button', 'data-deposit': f.code, onclick: () => depositFile(period, f) }, 'Nộp lưu'),
          ),
        )
      : null,
  );
}
