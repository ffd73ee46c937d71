import type * as QRCode from 'qrcode';

let qrcode: typeof QRCode | undefined;

/**
 * Draws a QR code of `text` as vector squares, `size` points wide with its top-left corner at
 * (x, y): sharp at any print resolution, and no image to encode. The caller leaves the quiet
 * zone (four modules of white) around it. qrcode is loaded with the first code drawn (~25 ms of CPU
 * at start that every API process and test starting the app would otherwise pay, for a few slips).
 */
export function drawQrCode(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  qrcode ??= require('qrcode') as typeof QRCode;
  const { modules } = qrcode.create(text, { errorCorrectionLevel: 'M' });
  const cell = size / modules.size;
  for (let row = 0; row < modules.size; row += 1) {
    // One rectangle per run of dark modules keeps the page's content stream short.
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell);
    }
  }
  doc.fillColor('black').fill();
}
