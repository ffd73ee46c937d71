import { create } from 'qrcode';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { drawQrCode } from './qr-code';

describe('drawQrCode', () => {
  it('paints exactly the dark modules of the code, in runs', () => {
    const text = 'https://dichvucong.anthanh.gov.vn/tra-cuu?ma=VPUB-260305-0007&pin=482915';
    const rects: Array<[number, number, number, number]> = [];
    const doc = {
      rect(x: number, y: number, w: number, h: number) {
        rects.push([x, y, w, h]);
        return doc;
      },
      fillColor: () => doc,
      fill: () => doc,
    };
    const { modules } = create(text, { errorCorrectionLevel: 'M' });
    drawQrCode(doc as unknown as PDFKit.PDFDocument, text, 0, 0, modules.size);

    const painted = new Set<string>();
    for (const [x, y, w] of rects) for (let col = x; col < x + w; col += 1) painted.add(`${y},${col}`);
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) for (let col = 0; col < modules.size; col += 1) if (modules.get(row, col)) dark.add(`${row},${col}`);
    expect(painted).toEqual(dark);
    expect(rects.length).toBeLessThan(dark.size);
  });
});
