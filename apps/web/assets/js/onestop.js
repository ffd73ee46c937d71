import { download, errorText } from './api.js';
import { h, row, scrollTable } from './dom.js';
import { formatDate, formatDateTime } from './format.js';
import { CLASSIFICATION_LABELS, DOSSIER_FORM_LABELS, QUEUE_ACTION_LABELS } from './labels.js';
import { departmentName, dossierStatusLabel, fieldName, userName } from './reference.js';
import { statusBadge } from './widgets.js';

/** Small pieces shared by the one-stop pages: badges, links, due dates and the printed forms. */

export function dossierStatusBadge(dossier) {
  return statusBadge(dossier.status, dossier.statusLabel ?? dossierStatusLabel(dossier.status));
}

export function classificationBadge(classification) {
  if (!classification) return null;
  return h('span', { class: `badge classification classification-${classification}`, 'data-classification': classification }, CLASSIFICATION_LABELS[classification] ?? classification);
}

export function dossierLink(dossier) {
  return h('a', { href: `/ho-so/${dossier.id}` }, dossier.code);
}

/** "Thủ tục (mã) — lĩnh vực" of a dossier's procedure snapshot or a catalogue entry. */
export function procedureText(procedure) {
  return procedure ? `${procedure.name} (${procedure.code})` : '—';
}

export const procedureField = (procedure) => (procedure?.fieldCode ? fieldName(procedure.fieldCode) : '—');

/** The due date, with the new date of an apology beside it (the original stays the yardstick). */
export function dueText(dossier) {
  if (!dossier.dueDate) return '—';
  return dossier.newDueDate ? `${formatDate(dossier.dueDate)} (hẹn lại ${formatDate(dossier.newDueDate)})` : formatDate(dossier.dueDate);
}

/** A person or a department of the control sheet (`{userId, unitId, name}`). */
export function partyName(party) {
  if (!party) return '—';
  return party.name ?? (party.userId ? userName(party.userId) : departmentName(party.unitId));
}

/** Where a printed form is: a dossier's, or a slip given at the desk without a dossier (Mẫu 02, Mẫu 03). */
export const dossierFormPath = (id, form) => `/api/dossiers/${id}/forms/${form}`;
export const receptionFormPath = (id, form) => `/api/dossiers/receptions/${id}/forms/${form}`;

/** Buttons to open (to print) or save a printed form in PDF (`path` of the form). */
export function formButtons(path, form, fileStem) {
  const status = h('span', { class: 'download-status', role: 'status' });
  const run = async (open) => {
    status.className = 'download-status';
    status.textContent = 'Đang lập…';
    try {
      const name = await download(path, undefined, `${fileStem}.pdf`, { open });
      status.textContent = open ? '' : `Đã tải xuống ${name}`;
    } catch (error) {
      status.className = 'download-status tone-late';
      status.textContent = errorText(error);
    }
  };
  const label = DOSSIER_FORM_LABELS[form] ?? form;
  return h(
    'div',
    { class: 'form-print', 'data-form': form },
    h('span', { class: 'form-print-name' }, label),
    h(
      'span',
      { class: 'download-buttons' },
      h('button', { type: 'button', class: 'button button-small', 'data-open': form, 'aria-label': `Mở để in: ${label}`, onclick: () => run(true) }, 'Mở để in'),
      h('button', { type: 'button', class: 'button button-small', 'data-download': form, 'aria-label': `Tải PDF: ${label}`, onclick: () => run(false) }, 'Tải PDF'),
    ),
    status,
  );
}

/** A table of dossiers (the list, a queue with `action`: what each waits for): code, procedure, applicant, dates, status. */
export function dossierTable(caption, dossiers, testId, { withAction = false } = {}) {
  return scrollTable(
    caption,
    [withAction ? 'Việc cần làm' : null, 'Mã hồ sơ', 'Thủ tục hành chính', 'Lĩnh vực', 'Người nộp', 'Ngày nhận', 'Hẹn trả', 'Trạng thái'].filter(Boolean),
    dossiers.map((d) =>
      row(
        [
          withAction ? h('td', {}, h('span', { class: 'badge action' }, QUEUE_ACTION_LABELS[d.action] ?? d.action)) : null,
          h('td', {}, dossierLink(d)),
          h('td', {}, d.procedure.name, h('div', { class: 'cell-sub' }, d.procedure.code)),
          procedureField(d.procedure),
          d.applicant.name,
          formatDateTime(d.receivedAt),
          dueText(d),
          h('td', {}, dossierStatusBadge(d), ' ', classificationBadge(d.classification)),
        ].filter((cell) => cell !== null),
        { 'data-dossier-id': d.id, 'data-action': d.action },
      ),
    ),
    { 'data-testid': testId, class: 'data-table dossiers' },
  );
}
