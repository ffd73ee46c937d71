import { type Face, type FormCanvas, TEXT_SIZE } from './form-canvas';

/** A signature block: the capacity in capitals, an italic note, room to sign, the signer's name. */
export type SignatureBlock = { heading: string; note?: string; name: string | null };

/** Nơi nhận: the recipients of a letter, printed left of its signature (NĐ 30, ô số 9b). */
export type Recipients = { recipients: string[] };

/** Room for a handwritten signature and the seal. */
const SIGNING_SPACE = 54;
const NOTE_SIZE = TEXT_SIZE.body - 1;

/** The closing of a form: a signature on the right, and on the left a second signature, the recipients or nothing. Never split across pages. */
export function drawSignatures(canvas: FormCanvas, left: SignatureBlock | Recipients | null, right: SignatureBlock): void {
  const half = canvas.width / 2;
  const height = Math.max(left === null ? 0 : columnHeight(canvas, left, half), columnHeight(canvas, right, half));
  canvas.ensureSpace(height);
  const y = canvas.doc.y;
  if (left !== null) drawColumn(canvas, left, canvas.left, y, half);
  drawColumn(canvas, right, canvas.left + half, y, half);
  canvas.doc.y = y + height + 8;
}

function lines(column: SignatureBlock | Recipients): Array<{ text: string; face: Face; size: number; space?: number }> {
  if ('recipients' in column) {
    return [
      { text: 'Nơi nhận:', face: 'boldItalic', size: TEXT_SIZE.body },
      ...column.recipients.map((recipient) => ({ text: `- ${recipient}`, face: 'regular' as const, size: TEXT_SIZE.small })),
    ];
  }
  return [
    { text: column.heading, face: 'bold', size: TEXT_SIZE.body },
    ...(column.note ? [{ text: column.note, face: 'italic' as const, size: NOTE_SIZE }] : []),
    { text: column.name ?? '', face: 'bold', size: TEXT_SIZE.body, space: SIGNING_SPACE },
  ];
}

function columnHeight(canvas: FormCanvas, column: SignatureBlock | Recipients, width: number): number {
  return lines(column).reduce((sum, line) => sum + (line.space ?? 0) + canvas.measure(line.text || ' ', line.face, line.size, width), 0);
}

function drawColumn(canvas: FormCanvas, column: SignatureBlock | Recipients, x: number, y: number, width: number): void {
  const align = 'recipients' in column ? 'left' : 'center';
  for (const line of lines(column)) {
    y += line.space ?? 0;
    y += canvas.textAt(line.text, x, y, width, line.face, line.size, align);
  }
}
