import { type Face, type FormCanvas, TEXT_SIZE } from './form-canvas';

export type TableColumn = {
  header: string;
  /** The column's share of the content width; shares are scaled to fill it. */
  share: number;
  align?: 'left' | 'center' | 'right';
};

const PAD_X = 4;
const PAD_Y = 3;

/**
 * A ruled table in the flow, its cells wrapping. A row that does not fit on the page moves to a
 * new one, which repeats the header row, so that every page reads on its own.
 */
export function drawTable(canvas: FormCanvas, columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>, size: number = TEXT_SIZE.body - 1): void {
  const { doc } = canvas;
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => (column.share / total) * canvas.width);
  const headers = columns.map((column) => column.header);

  const heightOf = (cells: readonly string[], face: Face) =>
    Math.max(...cells.map((cell, i) => canvas.measure(cell, face, size, widths[i] - 2 * PAD_X))) + 2 * PAD_Y;

  const draw = (cells: readonly string[], face: Face, header: boolean) => {
    const height = heightOf(cells, face);
    const y = doc.y;
    let x = canvas.left;
    cells.forEach((cell, i) => {
      const inner = widths[i] - 2 * PAD_X;
      // Header cells are centred both ways; body cells start at the top, as on paper forms.
      const offset = header ? (height - 2 * PAD_Y - canvas.measure(cell, face, size, inner)) / 2 : 0;
      canvas.textAt(cell, x + PAD_X, y + PAD_Y + offset, inner, face, size, header ? 'center' : (columns[i].align ?? 'left'));
      doc.rect(x, y, widths[i], height).lineWidth(0.6).stroke();
      x += widths[i];
    });
    doc.y = y + height;
  };

  canvas.ensureSpace(heightOf(headers, 'bold') + (rows.length > 0 ? heightOf(rows[0], 'regular') : 0));
  draw(headers, 'bold', true);
  for (const row of rows) {
    if (doc.y + heightOf(row, 'regular') > canvas.bottom) {
      doc.addPage();
      draw(headers, 'bold', true);
    }
    draw(row, 'regular', false);
  }
  doc.x = canvas.left;
  doc.y += 6;
}
