import type { OfficeIdentity } from '../office';
import { placeAndDate } from '../vietnamese-format';
import { type Face, type FormCanvas, TEXT_SIZE } from './form-canvas';

/** What the header of an administrative document shows (NĐ 30/2020, Phụ lục I, ô số 1–4). */
export type HeaderFields = {
  office: OfficeIdentity;
  /** The text after "Số: "; null prints no number line. */
  number: string | null;
  /** The instant of the place-and-date line. */
  datedAt: string;
  /** The form's mark above the header ("Mẫu số 01 (kèm theo …)"), or null. */
  mark: string | null;
};

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const SLOGAN = 'Độc lập - Tự do - Hạnh phúc';
/** The agency's column; the national motto takes the rest, as on a printed document. */
const AGENCY_SHARE = 0.4;

/**
 * The two-column national header: left the agency (its parent in capitals, its own name bold and
 * underlined, the number), right the national motto (the slogan bold and underlined) and the
 * place and date in italics, on the number's line. Leaves the flow below it, ready for the title.
 */
export function drawNationalHeader(canvas: FormCanvas, fields: HeaderFields): void {
  const { doc, left, width } = canvas;
  let top = doc.y;
  if (fields.mark) top += canvas.textAt(fields.mark, left, top, width, 'italic', TEXT_SIZE.small, 'right') + 6;

  const agencyWidth = width * AGENCY_SHARE;
  const mottoX = left + agencyWidth;
  const mottoWidth = width - agencyWidth;

  let agencyY = top;
  agencyY += canvas.textAt(fields.office.parentName, left, agencyY, agencyWidth, 'regular', fitted(canvas, fields.office.parentName, 'regular', agencyWidth), 'center');
  const nameSize = fitted(canvas, fields.office.name, 'bold', agencyWidth);
  agencyY += canvas.textAt(fields.office.name, left, agencyY, agencyWidth, 'bold', nameSize, 'center');
  // NĐ 30: a rule under the agency's name, a third to a half of the name's length.
  rule(canvas, left + agencyWidth / 2, agencyY + 2.5, Math.max(canvas.widthOf(fields.office.name, 'bold', nameSize) / 2, 40));

  let mottoY = top;
  mottoY += canvas.textAt(MOTTO, mottoX, mottoY, mottoWidth, 'bold', fitted(canvas, MOTTO, 'bold', mottoWidth), 'center');
  const sloganSize = TEXT_SIZE.header + 0.5;
  mottoY += canvas.textAt(SLOGAN, mottoX, mottoY, mottoWidth, 'bold', sloganSize, 'center');
  // NĐ 30: a rule under the slogan, as long as the slogan.
  rule(canvas, mottoX + mottoWidth / 2, mottoY + 2.5, canvas.widthOf(SLOGAN, 'bold', sloganSize));

  const lineY = Math.max(agencyY, mottoY) + 10;
  let lineHeight = canvas.textAt(placeAndDate(fields.office.place, fields.datedAt), mottoX, lineY, mottoWidth, 'italic', TEXT_SIZE.header, 'center');
  if (fields.number !== null) {
    lineHeight = Math.max(lineHeight, canvas.textAt(`Số: ${fields.number}`, left, lineY, agencyWidth, 'regular', TEXT_SIZE.header, 'center'));
  }
  doc.x = left;
  doc.y = lineY + lineHeight + 18;
}

/** The header size, or smaller when `text` would not fit on one line of `width`. */
function fitted(canvas: FormCanvas, text: string, face: Face, width: number): number {
  const natural = canvas.widthOf(text, face, TEXT_SIZE.header);
  return natural <= width ? TEXT_SIZE.header : Math.floor((TEXT_SIZE.header * width * 10) / natural) / 10;
}

/** A thin horizontal rule of `length` centred on `centreX`. */
function rule(canvas: FormCanvas, centreX: number, y: number, length: number): void {
  canvas.doc.moveTo(centreX - length / 2, y).lineTo(centreX + length / 2, y).lineWidth(0.6).stroke();
}
