import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { csvRecords } from './csv-records';
import { fixedParts, SHEET_CLOSING, SHEET_PATH, sheetOpening, STYLE, xmlText } from './xlsx-parts';

/** Sheet XML gathered before it is handed to the package's deflate stream: fewer, larger writes. */
const GATHER_CHARS = 64 * 1024;

/**
 * One XLSX sheet written as CSV arrives, a chunk of whole records at a time: the first record is
 * the bold, frozen header row. The rows go straight into the sheet's entry of the package, which
 * is zipped into `out` as it comes; `add` waits whenever `out` is slower (backpressure), so no
 * sheet, and no part of one larger than a chunk, is held in memory. Cells are inline strings,
 * numbers and dates (no shared-strings table, which would have to hold every distinct text).
 */
export class XlsxSheet {
  private readonly sheet = new PassThrough();
  private readonly done: Promise<void>;
  private started = false;
  private pending = '';
  /** Calls run one after another even when a caller does not await `add` before `finish`. */
  private queue: Promise<void> = Promise.resolve();
  rows = 0;

  /** `mtime`: the time the package's parts carry (default: now); a pack's sheets carry the pack's, so the same pack is the same bytes. */
  constructor(out: Writable, sheetName: string, mtime?: Date) {
    const zip = new ZipFile();
    for (const part of fixedParts(sheetName)) zip.addBuffer(Buffer.from(part.xml, 'utf8'), part.path, { mtime });
    zip.addReadStream(this.sheet, SHEET_PATH, { mtime });
    zip.end();
    this.done = pipeline(zip.outputStream, out);
    // Errors surface through finish(); keep them from being reported as unhandled meanwhile.
    this.done.catch(() => undefined);
  }

  add(csvChunk: string): Promise<void> {
    return this.next(() => this.addRecords(csvChunk));
  }

  /** Writes the sheet's end and the package's central directory; resolves once `out` has it all. */
  finish(): Promise<void> {
    return this.next(async () => {
      if (!this.started) this.pending += sheetOpening([]);
      this.pending += SHEET_CLOSING;
      await this.flush();
      this.sheet.end();
      await this.done;
    });
  }

  /** Also marks the call handled: a caller may leave an `add` un-awaited and learn of a failure from `finish`. */
  private next(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async addRecords(csvChunk: string): Promise<void> {
    for (const cells of csvRecords(csvChunk)) {
      if (!this.started) {
        this.started = true;
        this.pending += sheetOpening(cells.map((header) => Math.min(50, Math.max(12, header.length + 2)))) + rowXml(1, cells, STYLE.bold);
        continue;
      }
      this.rows++;
      this.pending += rowXml(this.rows + 1, cells.map(cellValue), STYLE.plain);
      if (this.pending.length >= GATHER_CHARS) await this.flush();
    }
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    // Waits for the package to take more, or for it to fail (`out` closed): never for a drain that cannot come.
    if (this.sheet.write(text, 'utf8')) return;
    const drained = once(this.sheet, 'drain');
    drained.catch(() => undefined); // a drain the race no longer waits for must not fail unhandled
    await Promise.race([drained, this.done]);
  }
}

type Cell = string | number | { day: number };

function rowXml(row: number, cells: readonly Cell[], style: number): string {
  let xml = `<row r="${row}">`;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    const ref = `${columnName(i)}${row}`;
    const s = style === STYLE.plain ? '' : ` s="${style}"`;
    if (typeof cell === 'number') xml += `<c r="${ref}"${s}><v>${cell}</v></c>`;
    else if (typeof cell === 'object') xml += `<c r="${ref}" s="${STYLE.date}"><v>${cell.day}</v></c>`;
    else if (cell !== '') xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
  }
  return xml + '</row>';
}

/** A, B, …, Z, AA, AB, … */
function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Day 0 of a spreadsheet's date serial numbers (the 1900 date system as Excel counts it). */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Whole numbers become numbers and Vietnamese dates (`24/04/2025`, as the registers write them)
 * date cells that sort and filter as dates; a cell the CSV defused with a quote (`'=…`) is plain
 * text in XLSX, so the quote goes.
 */
function cellValue(cell: string): Cell {
  // The first character rules out most cells before any pattern is tried: every cell of a year goes through here.
  const first = cell.charCodeAt(0);
  if (first >= 0x30 && first <= 0x39) {
    if (/^(0|[1-9]\d{0,14})$/.test(cell)) return Number(cell);
    const day = cell.length === 10 ? /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/(\d{4})$/.exec(cell) : null;
    if (day) return { day: (Date.UTC(Number(day[3]), Number(day[2]) - 1, Number(day[1])) - SERIAL_EPOCH) / 86_400_000 };
    return cell;
  }
  return first === 0x27 && /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
