import type PDFDocumentClass from 'pdfkit';

let pdfkit: typeof PDFDocumentClass | undefined;

/**
 * A new pdfkit document, pdfkit being loaded with the first one: with fontkit and its Unicode tables
 * it costs ~0.2 s of CPU that every API and projector process and every test that starts the app
 * would otherwise pay at start, though most never print. Synchronous, as pages are drawn.
 */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions): PDFKit.PDFDocument {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  pdfkit ??= require('pdfkit') as typeof PDFDocumentClass;
  return new pdfkit(options);
}
