import { existsSync } from 'node:fs';

/**
 * TrueType fonts known to carry every Vietnamese glyph, where operating systems put them. No npm
 * package installed here ships one (pdfkit has only the 14 standard AFM fonts, which lack
 * Vietnamese letters such as ệ, ữ, Đ), so the summary PDF uses the system's font, or PDF_FONT.
 */
const CANDIDATES: ReadonlyArray<{ regular: string; bold?: string }> = [
  { regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf' }, // Debian, Ubuntu
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' }, // Fedora, RHEL
  { regular: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' }, // Arch
  { regular: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf' },
  { regular: '/usr/share/fonts/noto/NotoSans-Regular.ttf', bold: '/usr/share/fonts/noto/NotoSans-Bold.ttf' },
  { regular: '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', bold: '/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf' },
  { regular: '/System/Library/Fonts/Supplemental/Arial.ttf', bold: '/System/Library/Fonts/Supplemental/Arial Bold.ttf' }, // macOS
  { regular: 'C:\\Windows\\Fonts\\arial.ttf', bold: 'C:\\Windows\\Fonts\\arialbd.ttf' },
];

export interface PdfFont {
  regular: string;
  bold: string;
}

export class PdfFontMissingError extends Error {
  override readonly name = 'PdfFontMissingError';
}

/** The font of the summary PDF: PDF_FONT (and PDF_FONT_BOLD) if set, else the first system font found. */
export function resolvePdfFont(env: NodeJS.ProcessEnv = process.env): PdfFont {
  const configured = env.PDF_FONT?.trim();
  if (configured) {
    if (!existsSync(configured)) throw new PdfFontMissingError(`PDF_FONT=${configured}: no such file`);
    const bold = env.PDF_FONT_BOLD?.trim();
    return { regular: configured, bold: bold && existsSync(bold) ? bold : configured };
  }
  for (const candidate of CANDIDATES) {
    if (!existsSync(candidate.regular)) continue;
    return { regular: candidate.regular, bold: candidate.bold && existsSync(candidate.bold) ? candidate.bold : candidate.regular };
  }
  throw new PdfFontMissingError(
    'Không tìm thấy phông chữ TrueType có đủ dấu tiếng Việt để lập bản tóm tắt PDF của bộ hồ sơ minh chứng. ' +
      'Cài DejaVu Sans (Debian/Ubuntu: apt-get install fonts-dejavu-core) hoặc đặt PDF_FONT=/đường/dẫn/phông.ttf. ' +
      '(No TrueType font with Vietnamese glyphs found for the evidence summary PDF: install DejaVu Sans or set PDF_FONT.)',
  );
}
