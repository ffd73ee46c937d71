import { existsSync } from 'node:fs';

/**
 * TrueType fonts known to carry every Vietnamese glyph, where operating systems put them. No npm
 * package installed here ships one (pdfkit has only the 14 standard AFM fonts, which lack
 * Vietnamese letters such as ệ, ữ, Đ), so PDFs use the system's font, or PDF_FONT.
 * A family lacking a face falls back to its upright or regular face.
 */
type Candidate = { regular: string; bold?: string; italic?: string; boldItalic?: string };

const dejavu = (dir: string, name: 'DejaVuSans' | 'DejaVuSerifCondensed' | 'DejaVuSerif', slant: 'Oblique' | 'Italic'): Candidate => ({
  regular: `${dir}/${name}.ttf`,
  bold: `${dir}/${name}-Bold.ttf`,
  italic: `${dir}/${name}-${slant}.ttf`,
  boldItalic: `${dir}/${name}-Bold${slant}.ttf`,
});

const SANS: readonly Candidate[] = [
  dejavu('/usr/share/fonts/truetype/dejavu', 'DejaVuSans', 'Oblique'), // Debian, Ubuntu
  dejavu('/usr/share/fonts/dejavu', 'DejaVuSans', 'Oblique'), // Fedora, RHEL
  dejavu('/usr/share/fonts/dejavu-sans-fonts', 'DejaVuSans', 'Oblique'),
  dejavu('/usr/share/fonts/TTF', 'DejaVuSans', 'Oblique'), // Arch
  {
    regular: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
    bold: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
    italic: '/usr/share/fonts/truetype/noto/NotoSans-Italic.ttf',
    boldItalic: '/usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf',
  },
  { regular: '/usr/share/fonts/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/noto/NotoSans-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
  { regular: '/System/Library/Fonts/Supplemental/Arial.ttf', bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf' }, // macOS
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf', italic: 'C:\\Windows\\Fonts\\ariali.ttf', boldItalic: 'C:\\Windows\\Fonts\\arialbi.ttf' },
];

/**
 * Administrative documents are set in Times New Roman (NĐ 30/2020, Phụ lục I). Linux servers
 * rarely have it, and Liberation Serif (its metric twin) lacks Vietnamese letters: DejaVu Serif
 * Condensed is the closest in width there.
 */
const SERIF: readonly Candidate[] = [
  dejavu('/usr/share/fonts/truetype/dejavu', 'DejaVuSerifCondensed', 'Italic'), // Debian, Ubuntu
  dejavu('/usr/share/fonts/dejavu-serif-fonts', 'DejaVuSerifCondensed', 'Italic'), // Fedora, RHEL
  dejavu('/usr/share/fonts/TTF', 'DejaVuSerifCondensed', 'Italic'), // Arch
  dejavu('/usr/share/fonts/truetype/dejavu', 'DejaVuSerif', 'Italic'),
  {
    regular: '/System/Library/Fonts/Supplemental/Times New Roman.ttf', // macOS
    bold: '/System/Library/Fonts/Supplemental/Times New Roman Bold.ttf',
    italic: '/System/Library/Fonts/Supplemental/Times New Roman Italic.ttf',
    boldItalic: '/System/Library/Fonts/Supplemental/Times New Roman Bold Italic.ttf',
  },
  { regular: 'C:\\Windows\\Fonts\\times.ttf', bold: 'C:\\Windows\\Fonts\\timesbd.ttf', italic: 'C:\\Windows\\Fonts\\timesi.ttf', boldItalic: 'C:\\Windows\\Fonts\\timesbi.ttf' },
];

export type PdfFontFamily = 'sans' | 'serif';

/** Paths of the four faces a PDF uses. */
export interface PdfFont {
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

export class PdfFontMissingError extends Error {
  override readonly name = 'PdfFontMissingError';
}

/**
 * The font of a PDF: PDF_FONT (with PDF_FONT_BOLD, PDF_FONT_ITALIC, PDF_FONT_BOLD_ITALIC) if set,
 * else the first system font found of `family`, else of the sans-serif family.
 */
export function resolvePdfFont(env: NodeJS.ProcessEnv = process.env, family: PdfFontFamily = 'sans'): PdfFont {
  const configured = env.PDF_FONT?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new PdfFontMissingError(`PDF_FONT=${configured}: no such file`);
    return faces({ regular: configured, bold: env.PDF_FONT_BOLD?.trim(), italic: env.PDF_FONT_ITALIC?.trim(), boldItalic: env.PDF_FONT_BOLD_ITALIC?.trim() });
  }
  const candidates = family === 'serif' ? [...SERIF, ...SANS] : SANS;
  const found = candidates.find((candidate) => existsSync(candidate.regular));
  if (found) return faces(found);
  throw new PdfFontMissingError(
    'Không tìm thấy phông chữ TrueType có đủ dấu tiếng Việt để lập tệp PDF. ' +
      'Cài DejaVu (Debian/Ubuntu: apt-get install fonts-dejavu-core) hoặc đặt PDF_FONT=/đường/dẫn/phông.ttf. ' +
      '(No TrueType font with Vietnamese glyphs found for PDF output: install DejaVu or set PDF_FONT.)',
  );
}

function faces(candidate: Candidate): PdfFont {
  const present = (path: string | undefined) => (path && existsSync(path) ? path : undefined);
  const bold = present(candidate.bold) ?? candidate.regular;
  const italic = present(candidate.italic) ?? candidate.regular;
  return { regular: candidate.regular, bold, italic, boldItalic: present(candidate.boldItalic) ?? bold };
}

/** Letters a Vietnamese font must have; the standard PDF fonts lack them. */
const VIETNAMESE_SAMPLE = 'ĐđƠơƯưẤầẬệỄữỹ';

/** Throws PdfFontMissingError when the document's current font lacks Vietnamese letters (e.g. a PDF_FONT without them). */
export function assertVietnameseGlyphs(doc: PDFKit.PDFDocument, path: string): void {
  const loaded = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(codePoint: number): boolean } } })._font?.font;
  if (!loaded?.hasGlyphForCodePoint) return;
  const missing = [...VIETNAMESE_SAMPLE].filter((c) => !loaded.hasGlyphForCodePoint!(c.codePointAt(0)!));
  if (missing.length > 0) throw new PdfFontMissingError(`phông ${path} thiếu chữ tiếng Việt (${missing.join(' ')}); đặt PDF_FONT tới một phông có đủ dấu`);
}
