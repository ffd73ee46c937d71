import { type Confidentiality, localDateOf, type Urgency } from '@office/domain';
import type { IncomingDocumentRef, SlipPerson } from '../document-slip-views';
import { type FormCanvas, type Run, TEXT_SIZE } from '../layout/form-canvas';
import type { SignatureBlock } from '../layout/signatures';
import { BLANK, longDate, longDateTime } from '../vietnamese-format';

/** Độ khẩn as ND30 prints it (Phụ lục I: "Thượng khẩn", "Hỏa tốc"). */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = { normal: 'Thường', urgent: 'Khẩn', very_urgent: 'Thượng khẩn', flash: 'Hỏa tốc' };
/** Độ mật: the four levels of the law on protecting state secrets. */
export const CONFIDENTIALITY_LABELS: Readonly<Record<Confidentiality, string>> = { normal: 'Thường', confidential: 'Mật', secret: 'Tối mật', top_secret: 'Tuyệt mật' };

/** A line left for handwriting: dots across the whole width. */
const HAND_LINE = '…'.repeat(200);

/** A heading inside a slip ("1. Ý kiến của lãnh đạo Văn phòng:"). */
export function slipHeading(canvas: FormCanvas, text: string): void {
  canvas.gap(2);
  canvas.paragraph([{ text, face: 'bold' }], { align: 'left', spaceAfter: 3 });
}

/** Two "label: value" fields on one line, values bold, e.g. the symbol and the date of a document. */
export function fieldPair(canvas: FormCanvas, first: [string, string], second: [string, string]): void {
  const runs: Run[] = [
    { text: `${first[0]}: ` },
    { text: first[1], face: 'bold' },
    { text: `;   ${second[0]}: ` },
    { text: second[1], face: 'bold' },
  ];
  canvas.paragraph(runs, { align: 'left' });
}

/** Dotted lines for what will be written by hand; each is cut to one line by its width. */
export function handLines(canvas: FormCanvas, count: number): void {
  const { doc } = canvas;
  for (let i = 0; i < count; i += 1) {
    canvas.use('regular', TEXT_SIZE.body);
    doc.text(HAND_LINE, canvas.left, doc.y, { width: canvas.width, lineBreak: false, ellipsis: false, height: TEXT_SIZE.body * 1.4 });
    doc.x = canvas.left;
    doc.y += 4;
  }
}

/** What both slips say of the incoming document: its numbers, dates, sender, type, excerpt and levels. */
export function incomingDocumentFields(canvas: FormCanvas, document: IncomingDocumentRef): void {
  fieldPair(canvas, ['Số đến', String(document.incomingNumber)], ['Ngày đến', longDateTime(document.receivedAt)]);
  canvas.field('Cơ quan ban hành', document.source.agency);
  fieldPair(canvas, ['Số, ký hiệu', document.source.symbol], ['Ngày văn bản', longDate(document.source.issuedDate)]);
  fieldPair(canvas, ['Tên loại', document.documentType], ['Người ký', document.source.signer ?? BLANK]);
  canvas.field('Trích yếu', document.excerpt);
  fieldPair(canvas, ['Độ khẩn', URGENCY_LABELS[document.urgency]], ['Độ mật', CONFIDENTIALITY_LABELS[document.confidentiality]]);
}

/** A signature block: the position in capitals, the date signed (or a date to fill in), the name. */
export function signatureOf(heading: string, person: SlipPerson | null, at: string | null): SignatureBlock {
  return { heading: heading.toLocaleUpperCase('vi'), note: at === null ? 'Ngày … tháng … năm …' : capitalised(longDay(at)), name: person?.name ?? null };
}

/** The date of an instant in words: 'ngày 05 tháng 3 năm 2026' (Asia/Ho_Chi_Minh). */
export function longDay(instant: string): string {
  return longDate(localDateOf(instant));
}

/** "Hoàng Văn Nam (Phó Chánh Văn phòng)". */
export function personText(person: SlipPerson): string {
  return person.position ? `${person.name} (${person.position})` : person.name;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
