import { assertVietnameseGlyphs, type PdfFont } from '../pdf-font';
import type { Face } from './form-canvas';
import { newPdfDocument } from './pdf-document';

const MM = 72 / 25.4;

/** NĐ 30/2020, Phụ lục I: A4, top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM };

export type FormMetadata = { title: string; author: string; datedAt: string };

/**
 * An A4 PDF with the four faces registered by name. CreationDate is the form's own date rather
 * than the clock, so that the same view always yields the same file.
 */
export function openFormDocument(font: PdfFont, meta: FormMetadata): PDFKit.PDFDocument {
  const doc = newPdfDocument({
    size: 'A4',
    margins: MARGINS,
    info: { Title: meta.title, Author: meta.author, Creator: 'Office Ledger', CreationDate: new Date(meta.datedAt) },
  });
  const faces: Record<Face, string> = { regular: font.regular, bold: font.bold, italic: font.italic, boldItalic: font.boldItalic };
  for (const [name, path] of Object.entries(faces)) doc.registerFont(name, path);
  doc.font('regular');
  assertVietnameseGlyphs(doc, font.regular);
  return doc;
}
