import { BLANK } from '../vietnamese-format';

/** The four faces every form registers under these names. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A stretch of text in one face: a paragraph may mix them ("Họ và tên: " regular, the name bold). */
export type Run = { text: string; face?: Face };

/** Point sizes of a form (DejaVu Serif Condensed runs wider than Times New Roman, hence 11.5 points where NĐ 30 says 13 to 14). */
export const TEXT_SIZE = { body: 11.5, header: 11, title: 13, small: 9.5 } as const;

/** Extra space between lines: about 1.15 line spacing. */
const LINE_GAP = 2;

export type ParagraphOptions = {
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Left indent of every line, in points. */
  indent?: number;
  /** Room kept free on the right of every line, in points (e.g. beside a QR code). */
  rightIndent?: number;
  /** Extra indent of the paragraph's first line, in points. */
  firstLineIndent?: number;
  size?: number;
  /** Space below the paragraph, in points. */
  spaceAfter?: number;
};

/**
 * The content box of an A4 form and the text primitives drawn in it. It remembers the face and
 * size last set, because the page numbering (drawn when pdfkit breaks a paragraph across pages)
 * must hand the paragraph back its own font.
 */
export class FormCanvas {
  private face: Face = 'regular';
  private size: number = TEXT_SIZE.body;
  private pages = 1;

  constructor(readonly doc: PDFKit.PDFDocument) {
    doc.on('pageAdded', () => this.numberPage());
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  /** The lowest y text may reach on this page. */
  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Sets the face and size of what is drawn next. */
  use(face: Face, size: number): PDFKit.PDFDocument {
    this.face = face;
    this.size = size;
    return this.doc.font(face).fontSize(size);
  }

  /** Height of `text` in `face` and `size` wrapped to `width`. */
  measure(text: string, face: Face, size: number, width: number): number {
    this.use(face, size);
    return this.doc.heightOfString(text, { width, lineGap: LINE_GAP });
  }

  /** Writes `text` in a box at (x, y) without moving the flow; returns its height. */
  textAt(text: string, x: number, y: number, width: number, face: Face, size: number, align: ParagraphOptions['align'] = 'left'): number {
    const height = this.measure(text, face, size, width);
    const flowY = this.doc.y;
    this.doc.text(text, x, y, { width, align, lineGap: LINE_GAP });
    this.doc.x = this.left;
    this.doc.y = flowY;
    return height;
  }

  /**
   * A paragraph in the flow; runs continue on one another, wrapping as one text. Mixed runs only
   * align left or justified: pdfkit misplaces continued runs on a centred line.
   */
  paragraph(content: string | readonly Run[], options: ParagraphOptions = {}): void {
    const { align = 'justify', indent = 0, rightIndent = 0, firstLineIndent = 0, size = TEXT_SIZE.body, spaceAfter = 4 } = options;
    const runs = (typeof content === 'string' ? [{ text: content }] : content).filter((run) => run.text !== '');
    const layout = { width: this.width - indent - rightIndent, align, lineGap: LINE_GAP, indent: firstLineIndent };
    runs.forEach((run, i) => {
      this.use(run.face ?? 'regular', size);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, this.left + indent, this.doc.y, { ...layout, continued });
      else this.doc.text(run.text, { ...layout, continued });
    });
    this.doc.x = this.left;
    this.doc.y += spaceAfter;
  }

  /** "Label: value", the value in bold; a missing value prints as a dotted blank. */
  field(label: string, value: string | null, options: ParagraphOptions = {}): void {
    this.paragraph([{ text: `${label}: ` }, value === null ? { text: BLANK } : { text: value, face: 'bold' }], { align: 'left', ...options });
  }

  /** Width of `text` in `face` and `size` on one line. */
  widthOf(text: string, face: Face, size: number): number {
    this.use(face, size);
    return this.doc.widthOfString(text);
  }

  /** Moves the flow down by `points`. */
  gap(points: number): void {
    this.doc.y += points;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** NĐ 30/2020: from the second page on, the page number is centred in the top margin. */
  private numberPage(): void {
    this.pages += 1;
    const { face, size } = this;
    const top = this.doc.page.margins.top;
    this.doc.font('regular').fontSize(TEXT_SIZE.small).text(String(this.pages), this.left, top / 2, { width: this.width, align: 'center', lineBreak: false });
    this.use(face, size);
    this.doc.x = this.left;
    this.doc.y = top;
  }
}
