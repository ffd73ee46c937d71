import { formatDate, formatDateTime, formatNumber } from './format.js';
import {
  CLASSIFICATION_LABELS, DOSSIER_APPRAISAL_LABELS, DOSSIER_CHANNEL_LABELS, DOSSIER_EVENT_LABELS, PAYMENT_METHOD_LABELS, RETURN_METHOD_LABELS, STEP_OUTCOME_LABELS,
} from './labels.js';
import { departmentName, eventLabel, userName } from './reference.js';
import { attachedFileSummary } from './timeline.js';

/** What a dossier's event (GET /api/dossiers/:id/history) was, and one line of what it says, in Vietnamese. */
export const dossierEventLabel = (event) => DOSSIER_EVENT_LABELS[event.type] ?? eventLabel(event.type);

const missingText = (missing) => (missing ?? []).map((m) => `${m.item} (${m.reason})`).join('; ');
/** The control-sheet row a hand-over closed: "bước 3: Trước hạn". */
const handoverText = (handover) => (handover?.outcome ? `bước ${handover.stepNo}: ${STEP_OUTCOME_LABELS[handover.outcome] ?? handover.outcome}` : null);
const parts = (...texts) => texts.filter(Boolean).join('; ');

export function dossierEventSummary(event) {
  const d = event.data ?? {};
  switch (event.type) {
    case 'DossierReceived':
      return `Mã hồ sơ ${d.code}; ${DOSSIER_CHANNEL_LABELS[d.channel] ?? d.channel}; ${d.sets} bộ; hẹn trả ${formatDate(d.due?.due)}`;
    case 'DossierTransferred':
      return parts(`Chuyển đến ${d.toUserId ? userName(d.toUserId) : departmentName(d.toUnitId)}${d.note ? `: ${d.note}` : ''}`, handoverText(d.handover));
    case 'DossierAppraised':
      return `${DOSSIER_APPRAISAL_LABELS[d.outcome] ?? d.outcome}: ${d.findings}`;
    case 'SupplementRequestedDuringProcessing':
      return `Cần bổ sung: ${missingText(d.missing)}`;
    case 'DossierSupplementReceived':
      return `Đã nhận: ${(d.items ?? []).join('; ')}; hẹn trả mới ${formatDate(d.due?.due)}`;
    case 'DossierResultSubmitted':
      return parts(`Trình ${userName(d.leaderId)}: ${d.proposal}`, handoverText(d.handover));
    case 'DossierResultInitialled':
    case 'DossierResultSigned':
      return parts(d.note && `Ghi chú: ${d.note}`, handoverText(d.handover));
    case 'DossierSubmissionReturned':
    case 'DossierSubmissionRejected':
      return `Lý do: ${d.note}`;
    case 'DossierResultIssued':
      return parts(`Số, ký hiệu ${d.symbol}`, `${d.copies} bản`, `nơi nhận: ${(d.recipients ?? []).join(', ')}`, handoverText(d.handover));
    case 'ApologyIssued':
      return `Hẹn lại từ ${formatDate(d.previousDueDate)} sang ${formatDate(d.newDueDate)}; lý do: ${d.reason}${d.issuedLate ? ' (xin lỗi sau ngày hẹn trả)' : ''}`;
    case 'ProcessingStopped':
    case 'DossierWithdrawn':
      return `Lý do: ${d.reason}`;
    case 'ResultReceivedAtDesk':
      return parts(`Phân loại: ${CLASSIFICATION_LABELS[d.classification] ?? d.classification}`, handoverText(d.handover));
    case 'ResultReturned':
      return `Người nhận: ${d.receivedBy?.name}${d.receivedBy?.idNumber ? ` (${d.receivedBy.idNumber})` : ''}; ${RETURN_METHOD_LABELS[d.method] ?? d.method}`;
    case 'FeeAssessed':
      return `${formatNumber(d.amountVnd)} đồng`;
    case 'FeePaid':
      return `${formatNumber(d.amountVnd)} đồng — ${PAYMENT_METHOD_LABELS[d.method] ?? d.method}`;
    case 'DossierFileAttached':
      return attachedFileSummary(d);
    case 'ItemsDigitised':
      return `Đã số hóa: ${(d.items ?? []).join('; ')}`;
    case 'SatisfactionRecorded':
      return `Điểm ${d.score}/5`;
    case 'PartnerOpinionRequested':
      return `${d.partner}: ${d.request}${d.dueDate ? `; hạn ${formatDate(d.dueDate)}` : ''}`;
    case 'PartnerOpinionReceived':
      return `${d.partner}: ${d.opinion}`;
    case 'DossierSubmittedOnline':
      return `Mã cổng dịch vụ công ${d.portalRef}; nộp lúc ${formatDateTime(d.submittedAt)}`;
    default:
      return '';
  }
}
