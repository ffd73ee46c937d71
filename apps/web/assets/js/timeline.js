import { DOCUMENT_FILE_PURPOSES, DOSSIER_FILE_PURPOSES } from './attachments-card.js';
import { h } from './dom.js';
import { formatDate, formatDateTime } from './format.js';
import { FINDING_LABELS, OUTCOME_LABELS, retentionLabel } from './labels.js';
import { departmentName, eventLabel, roleLabel, userName } from './reference.js';
import { forInformationNames } from './widgets.js';

/** "; để biết: …" of a distribution. */
function toldText(told) {
  const names = forInformationNames(told);
  return names.length ? `; để biết: ${names.join(', ')}` : '';
}

/** One line of what an event says, in Vietnamese. */
export function eventSummary(event) {
  const d = event.data ?? {};
  switch (event.type) {
    case 'DocumentReceived':
      return `Số đến ${d.incomingNumber}/${d.incomingYear}; nơi gửi: ${d.source?.agency ?? '—'}, số ký hiệu ${d.source?.symbol ?? '—'}; đến lúc ${formatDateTime(d.receivedAt)}`;
    case 'DocumentDistributed':
      return `Giao ${departmentName(d.departmentId)}: “${d.direction}”${d.dueDate ? `; thời hạn ${formatDate(d.dueDate)}` : ''}${toldText(d.forInformation)}${d.redistribution ? ' (phân phối lại)' : ''}`;
    case 'DocumentAssigned':
      return `${d.reassignment ? 'Giao lại cho' : 'Giao cho'} ${userName(d.specialistId)}${d.reason ? `; lý do: ${d.reason}` : ''}${d.dueDate ? `; hạn ${formatDate(d.dueDate)}` : ''}`;
    case 'DocumentReturned':
      return `Lý do: ${d.reason}`;
    case 'DocumentAppraised': {
      const failed = Object.entries(d.findings ?? {}).filter(([, f]) => !f.ok).map(([k, f]) => `${FINDING_LABELS[k] ?? k}${f.note ? ` (${f.note})` : ''}`);
      return `${OUTCOME_LABELS[d.outcome] ?? d.outcome}${failed.length ? `; chưa đạt: ${failed.join(', ')}` : '; các nội dung thẩm định đều đạt'}`;
    }
    case 'SupplementRequested':
      return `Cần bổ sung: ${(d.missingItems ?? []).join('; ')}${d.note ? ` — ${d.note}` : ''}`;
    case 'SupplementReceived':
      return d.note ? `Ghi chú: ${d.note}` : 'Đã nhận đủ hồ sơ bổ sung';
    case 'DocumentSubmitted':
      return `Trình ${userName(d.leaderId)}: ${d.proposal}${d.reservedOpinion ? `; bảo lưu: ${d.reservedOpinion}` : ''}`;
    case 'SubmissionInitialled':
    case 'DocumentSigned':
      return d.note ? `Ghi chú: ${d.note}` : '';
    case 'SubmissionReturned':
    case 'SubmissionRejected':
      return `Lý do: ${d.note}`;
    case 'DocumentIssued':
      return `Số, ký hiệu ${d.symbol}; ${d.copies} bản; nơi nhận: ${(d.recipients ?? []).join('; ')}`;
    case 'DocumentArchived':
      return `Hồ sơ ${d.fileCode}; thời hạn bảo quản: ${retentionLabel(d.retention)}`;
    case 'DeadlineExtended':
      return `Từ ${formatDate(d.previousDueDate)} đến ${formatDate(d.newDueDate)}; lý do: ${d.reason}`;
    case 'DocumentFileAttached':
    case 'DossierFileAttached':
      return attachedFileSummary(d);
    default:
      return '';
  }
}

/** A file attached: its name, use and hash (what verification names it by). */
export function attachedFileSummary(d) {
  const purpose = { ...DOCUMENT_FILE_PURPOSES, ...DOSSIER_FILE_PURPOSES }[d.purpose] ?? d.purpose;
  return `${d.name} (${purpose}${d.itemCode ? `: ${d.itemCode}` : ''}); SHA-256 ${String(d.sha256).slice(0, 12)}…`;
}

/**
 * The history of a document as a timeline: when, what, who (and in which role). With `audit`,
 * each entry also shows revision and hashes and a button to see the state just after it.
 * Another stream's history (a dossier's) brings its own `label` and `summary` of an event.
 */
export function timeline(events, { audit = false, onPick, label = (event) => eventLabel(event.type), summary = eventSummary } = {}) {
  return h(
    'ol',
    { class: `timeline${audit ? ' timeline-audit' : ''}`, 'data-testid': 'timeline' },
    events.map((event) =>
      h(
        'li',
        { class: 'timeline-item', 'data-type': event.type },
        h('div', { class: 'timeline-when' }, h('time', { datetime: event.occurredAt }, formatDateTime(event.occurredAt, audit))),
        h(
          'div',
          { class: 'timeline-body' },
          h('p', { class: 'timeline-what' }, label(event)),
          h('p', { class: 'timeline-who' }, `${userName(event.actorId)} — ${roleLabel(event.actorRole)}`),
          summary(event) ? h('p', { class: 'timeline-detail' }, summary(event)) : null,
          audit
            ? h(
                'p',
                { class: 'timeline-hash' },
                `Phiên bản ${event.revision} · vị trí ${event.position} · hash `,
                h('code', { title: event.hash }, `${event.hash.slice(0, 16)}…`),
                ' · hash trước ',
                h('code', { title: event.prevHash }, `${event.prevHash.slice(0, 16)}…`),
              )
            : null,
          audit && onPick ? h('button', { type: 'button', class: 'button button-small', onclick: () => onPick(event) }, 'Xem trạng thái ngay sau sự kiện này') : null,
        ),
      ),
    ),
  );
}
