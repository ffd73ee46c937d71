/** Byte-order mark: spreadsheet programs then read the file as UTF-8 and show Vietnamese correctly. */
export const UTF8_BOM = '\uFEFF';

/** One CSV cell (RFC 4180): quoted when it holds a separator, a quote or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : String(value);
  // A leading =, +, - or @ would make a spreadsheet evaluate the cell: neutralise it. (Compared by
  // code unit, not by a regular expression: the pack writes this for millions of cells.)
  const safe = FORMULA_STARTS.has(text.charCodeAt(0)) ? `'${text}` : text;
  return QUOTED.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** =, +, - and @. */
const FORMULA_STARTS = new Set([0x3d, 0x2b, 0x2d, 0x40]);
const QUOTED = /[",\r\n]/;

/** A whole CSV document: BOM, header line, rows, CRLF line ends. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  return UTF8_BOM + [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** '2025-04-24' → '24/04/2025', as Vietnamese registers write dates. */
export function vietnameseDate(day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}
