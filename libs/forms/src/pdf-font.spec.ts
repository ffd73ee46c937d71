import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { scratchFolders } from '../../../test/support/scratch-folders';
import { PdfFontMissingError, resolvePdfFont } from './pdf-font';

const DEJAVU = '/usr/share/fonts/truetype/dejavu';

describe('resolvePdfFont', () => {
  const scratch = scratchFolders();

  it('refuses a configured font that does not exist', () => {
    expect(() => resolvePdfFont({ PDF_FONT: '/nowhere/font.ttf' })).toThrow(PdfFontMissingError);
  });

  it('uses the configured font for every face it is not told otherwise', () => {
    const dir = scratch('pdf-font-');
    const [regular, bold] = [join(dir, 'Regular.ttf'), join(dir, 'Bold.ttf')];
    writeFileSync(regular, '');
    writeFileSync(bold, '');
    expect(resolvePdfFont({ PDF_FONT: regular, PDF_FONT_BOLD: bold })).toEqual({ regular, bold, italic: regular, boldItalic: bold });
  });

  (!existsSync(`${DEJAVU}/DejaVuSerifCondensed.ttf`) ? it.skip : it)('finds a serif family with its italics for the forms, and sans-serif by default', () => {
    expect(resolvePdfFont({}, 'serif')).toEqual({
      regular: `${DEJAVU}/DejaVuSerifCondensed.ttf`,
      bold: `${DEJAVU}/DejaVuSerifCondensed-Bold.ttf`,
      italic: `${DEJAVU}/DejaVuSerifCondensed-Italic.ttf`,
      boldItalic: `${DEJAVU}/DejaVuSerifCondensed-BoldItalic.ttf`,
    });
    expect(resolvePdfFont({}).regular).toBe(`${DEJAVU}/DejaVuSans.ttf`);
  });
});
