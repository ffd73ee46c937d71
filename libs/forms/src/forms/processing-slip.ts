import type { ProcessingSlipView } from '../document-slip-views';
import type { FormCanvas } from '../layout/form-canvas';
import { drawSignatures } from '../layout/signatures';
import { asSentence, longDate, longDateTime } from '../vietnamese-format';
import { fieldPair, handLines, incomingDocumentFields, personText, signatureOf, slipHeading } from './slip-parts';

/** Lines left for each opinion not yet given, and for the handler's proposal. */
const OPINION_LINES = 2;

/**
 * Phiếu giải quyết văn bản đến (NĐ 30/2020, Phụ lục IV): the document, the office leader's
 * direction, the department head's assignment, and room for the handler's proposal. What is not
 * yet decided prints as dotted lines, so that the slip printed at registration serves on paper.
 */
export function processingSlipBody(canvas: FormCanvas, view: ProcessingSlipView): void {
  incomingDocumentFields(canvas, view.document);
  directionSection(canvas, view);
  assignmentSection(canvas, view);
  slipHeading(canvas, '3. Ý kiến đề xuất của người giải quyết:');
  handLines(canvas, OPINION_LINES + 1);
  canvas.gap(6);
  drawSignatures(
    canvas,
    signatureOf('Người giải quyết', view.assignment ? { name: view.assignment.specialist, position: '' } : null, null),
    signatureOf(view.assignment?.by.position || 'Lãnh đạo phòng', view.assignment?.by ?? null, view.assignment?.at ?? null),
  );
}

function directionSection(canvas: FormCanvas, view: ProcessingSlipView): void {
  slipHeading(canvas, '1. Ý kiến của lãnh đạo Văn phòng:');
  const { direction } = view;
  if (direction === null) {
    handLines(canvas, OPINION_LINES + 1);
  } else {
    canvas.paragraph([{ text: asSentence(direction.direction), face: 'italic' }], { indent: 12 });
    fieldPair(canvas, ['Đơn vị chủ trì', direction.department], ['Thời hạn giải quyết', direction.dueDate === null ? 'không ấn định' : longDate(direction.dueDate)]);
    canvas.field('Người phân phối', `${personText(direction.by)}, ${longDateTime(direction.at)}`);
  }
  drawSignatures(canvas, null, signatureOf(direction?.by.position || 'Lãnh đạo Văn phòng', direction?.by ?? null, direction?.at ?? null));
}

function assignmentSection(canvas: FormCanvas, view: ProcessingSlipView): void {
  slipHeading(canvas, '2. Ý kiến của lãnh đạo phòng:');
  const { assignment } = view;
  if (assignment === null) {
    handLines(canvas, OPINION_LINES);
    return;
  }
  fieldPair(canvas, ['Giao chuyên viên', assignment.specialist], ['Hạn xử lý', assignment.dueDate === null ? 'theo thời hạn chung' : longDate(assignment.dueDate)]);
  canvas.field('Người giao', `${personText(assignment.by)}, ${longDateTime(assignment.at)}`);
  if (assignment.reassignedFrom) canvas.field(`Giao lại (thay ${assignment.reassignedFrom.specialist}), lý do`, assignment.reassignedFrom.reason);
}
