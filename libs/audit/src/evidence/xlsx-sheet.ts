import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { csvRecords } from './csv-records';

/**
 * One XLSX sheet written as CSV arrives, a chunk of whole records at a time, through exceljs'
 * streaming writer: the first record is the bold, frozen header row; no sheet is held in memory.
 */
export class XlsxSheet {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet?: ExcelJS.Worksheet;
  rows = 0;

  constructor(
    stream: Writable,
    private readonly sheetName: string,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  }

  add(csvChunk: string): void {
    for (const cells of csvRecords(csvChunk)) {
      if (!this.sheet) {
        this.sheet = this.workbook.addWorksheet(this.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
        this.sheet.columns = cells.map((header) => ({ header, width: Math.min(50, Math.max(12, header.length + 2)) }));
        this.sheet.getRow(1).font = { bold: true };
        this.sheet.getRow(1).commit();
        continue;
      }
      const row = this.sheet.addRow(cells.map(cellValue));
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      });
      row.commit();
      this.rows++;
    }
  }

  /** Writes the workbook's closing parts and ends the stream. */
  async finish(): Promise<void> {
    this.sheet?.commit();
    await this.workbook.commit();
  }
}

const DATE_FORMAT = 'dd/mm/yyyy';

/**
 * Whole numbers become numbers and Vietnamese dates (`24/04/2025`, as the registers write them)
 * date cells that sort and filter as dates; a cell the CSV defused with a quote (`'=…`) is plain
 * text in XLSX, so the quote goes.
 */
function cellValue(cell: string): string | number | Date {
  if (/^(0|[1-9]\d{0,14})$/.test(cell)) return Number(cell);
  const day = /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/(\d{4})$/.exec(cell);
  if (day) return new Date(Date.UTC(Number(day[3]), Number(day[2]) - 1, Number(day[1])));
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
