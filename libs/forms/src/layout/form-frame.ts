import { PassThrough, type Readable } from 'node:stream';
import type { OfficeIdentity } from '../office';
import { type PdfFont, resolvePdfFont } from '../pdf-font';
import { FormCanvas, TEXT_SIZE } from './form-canvas';
import { openFormDocument } from './form-document';
import { drawNationalHeader } from './national-header';

/** What every printed form shares above its body: the national header and the title. */
export type FormFrame = {
  office: OfficeIdentity;
  /** In sentence case; printed in capitals. */
  title: string;
  /** The form's mark above the header, or null. */
  mark: string | null;
  /** The text after "Số: "; null prints no number line. */
  number: string | null;
  /** The instant the form is dated (the header's date line and the PDF's CreationDate). */
  datedAt: string;
};

/**
 * A form's PDF as a stream: header, title, then `body` below them. The view must already be in
 * NFC. Throws PdfFontMissingError, before anything is written, when no font with Vietnamese
 * letters is found (default: PDF_FONT, else a serif system font such as DejaVu Serif).
 */
export function renderFormFrame(frame: FormFrame, body: (canvas: FormCanvas) => void, font?: PdfFont): Readable {
  const doc = openFormDocument(font ?? resolvePdfFont(process.env, 'serif'), { title: frame.title, author: frame.office.fullName, datedAt: frame.datedAt });
  const out = new PassThrough();
  doc.once('error', (error: Error) => out.destroy(error));
  doc.pipe(out);

  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office: frame.office, number: frame.number, datedAt: frame.datedAt, mark: frame.mark });
  canvas.paragraph([{ text: frame.title.toLocaleUpperCase('vi'), face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 12 });
  body(canvas);
  doc.end();
  return out;
}
