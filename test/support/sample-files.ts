import { createHash } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

/** Test files that real programs open: a PDF made by pdfkit, a PNG written chunk by chunk. */

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A real PDF of `pages` pages (pdfkit's own font: no Vietnamese marks needed in the text). */
export async function samplePdf(title: string, pages = 1): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info: { Title: title } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', resolve));
  for (let page = 1; page <= pages; page++) {
    if (page > 1) doc.addPage();
    doc.fontSize(20).text(title).moveDown().fontSize(12).text(`Page ${page} of ${pages}`);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `width`×`height` RGB PNG: a paper-white page with a dark title bar and grey text lines, like a scan. */
export function samplePng(width = 420, height = 594): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const bar = y > 40 && y < 80 && x > 40 && x < width - 40;
      const line = y > 120 && (y - 120) % 28 < 6 && x > 40 && x < width - 40 - ((y * 7) % 90);
      const [r, g, b] = bar ? [150, 30, 30] : line ? [110, 110, 110] : [250, 248, 240];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
