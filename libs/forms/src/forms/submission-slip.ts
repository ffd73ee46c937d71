import { type AppraisalFindings, FINDING_HEADINGS } from '@office/domain';
import type { SlipDecision, SubmissionSlipView } from '../document-slip-views';
import type { FormCanvas } from '../layout/form-canvas';
import { drawSignatures } from '../layout/signatures';
import { asSentence, longDate, longDateTime } from '../vietnamese-format';
import { handLines, longDay, personText, signatureOf, slipHeading } from './slip-parts';

/** The headings of an appraisal (QC 10.2.2) as the slip words them. */
const FINDING_LABELS: Readonly<Record<keyof AppraisalFindings, string>> = {
  procedure: 'Về trình tự, thủ tục',
  format: 'Về thể thức',
  content: 'Về nội dung',
  legality: 'Về tính pháp lý',
};

/**
 * Phiếu trình giải quyết công việc (Quy chế làm việc, research B3 rule 19): addressed by name to
 * one leader; the matter and the document it answers, the specialist's appraisal and proposal,
 * the reserved opinion, then the department head's, the office leader's and the leader's
 * opinions, each with its signature. Opinions not yet given print as dotted lines.
 */
export function submissionSlipBody(canvas: FormCanvas, view: SubmissionSlipView): void {
  canvas.paragraph([{ text: `Kính gửi: đồng chí ${view.leader.name}, ${view.leader.position}`, face: 'bold' }], { align: 'center', spaceAfter: 8 });
  const { document } = view;
  canvas.field('Vấn đề trình', asSentence(document.excerpt));
  canvas.field(
    'Văn bản đến',
    `${document.documentType} số ${document.source.symbol} ${longDate(document.source.issuedDate)} của ${document.source.agency} (số đến ${document.incomingNumber}, ${longDay(document.receivedAt)})`,
  );
  canvas.field('Dự thảo trình ký', `${view.draft.documentType}: ${view.draft.excerpt} (${view.signsAs} ban hành)`);
  if (view.relatedOpinions.length > 0) canvas.field('Ý kiến các cơ quan liên quan', view.relatedOpinions.map((o) => `${o.agency}: ${o.opinion}`).join('; '));

  slipHeading(canvas, '1. Ý kiến thẩm định và đề xuất của chuyên viên:');
  if (view.findings) {
    for (const heading of FINDING_HEADINGS) {
      const finding = view.findings[heading];
      canvas.paragraph(`- ${FINDING_LABELS[heading]}: ${finding.ok ? 'đạt yêu cầu' : 'chưa đạt yêu cầu'}${finding.note ? ` (${finding.note})` : ''}.`, { indent: 12, spaceAfter: 2 });
    }
  }
  canvas.field('Đề xuất', asSentence(view.proposal), { spaceAfter: 2 });
  canvas.field('Ý kiến bảo lưu', view.reservedOpinion === null ? 'Không' : asSentence(view.reservedOpinion));

  slipHeading(canvas, '2. Ý kiến của lãnh đạo phòng:');
  handLines(canvas, 1);
  slipHeading(canvas, '3. Ý kiến của lãnh đạo Văn phòng:');
  decisionLine(canvas, view.initial, 'Đồng ý, ký nháy', 'Không đồng ý, trả lại chuyên viên');
  slipHeading(canvas, `4. Ý kiến quyết định của đồng chí ${view.leader.name}:`);
  decisionLine(canvas, view.decision, 'Đồng ý, đã ký ban hành', 'Không ký, trả lại');
  canvas.gap(2);

  drawSignatures(canvas, signatureOf('Chuyên viên', view.specialist, view.submittedAt), signatureOf(view.head?.position || 'Lãnh đạo phòng', view.head, null));
  canvas.gap(6);
  drawSignatures(canvas, signatureOf(view.initial?.by.position || 'Lãnh đạo Văn phòng', view.initial?.by ?? null, view.initial?.at ?? null), signatureOf(view.signer?.titleLines.join('\n') ?? view.leader.position, view.signer?.person ?? view.leader, view.decision?.at ?? null));
}

/** "Đồng ý, ký nháy — Hoàng Văn Nam (…), 09 giờ 00 phút, ngày …: note", or a line to write on. */
function decisionLine(canvas: FormCanvas, decision: SlipDecision | null, agreed: string, refused: string): void {
  if (decision === null) {
    handLines(canvas, 1);
    return;
  }
  const runs = [
    { text: decision.agreed ? agreed : refused, face: 'bold' as const },
    { text: ` — ${personText(decision.by)}, ${longDateTime(decision.at)}` },
    ...(decision.note ? [{ text: `. Ghi chú: ${asSentence(decision.note)}`, face: 'italic' as const }] : []),
  ];
  canvas.paragraph(runs, { align: 'left', indent: 12 });
}
