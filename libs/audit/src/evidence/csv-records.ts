/**
 * Splits CSV text made of whole records (RFC 4180: quotes doubled inside quoted cells, CRLF or LF
 * line ends, an optional BOM) into rows of cells. Gives the XLSX exactly the cells of the CSV.
 * Cells are cut out with `slice` between delimiters rather than built a character at a time: a
 * year's registers go through here, and per-character strings were most of the XLSX's cost.
 */
export function csvRecords(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    let cell: string;
    if (text.charCodeAt(i) === QUOTE) {
      cell = '';
      for (i++; ; ) {
        const close = text.indexOf('"', i);
        if (close < 0) {
          cell += text.slice(i);
          i = text.length;
          break;
        }
        cell += text.slice(i, close);
        if (text.charCodeAt(close + 1) !== QUOTE) {
          i = close + 1;
          break;
        }
        cell += '"';
        i = close + 2;
      }
    } else {
      const start = i;
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++;
      cell = text.slice(start, i);
    }
    row.push(cell);
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      i++;
      if (i === text.length) row.push('');
    } else if (c === CR || c === LF) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      rows.push(row);
      row = [];
    }
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

function isDelimiter(c: number): boolean {
  return c === COMMA || c === CR || c === LF;
}
