import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { csvRecords } from './csv-records';
import { HashedOutput, type PackedFile } from './hashed-output';

/**
 * One table written twice as it comes, a chunk of CSV records at a time: as CSV (exactly the
 * chunks, BOM included) and as an XLSX sheet with the same cells (exceljs' streaming writer, so
 * neither file is ever held in memory).
 */
export class CsvAndXlsx {
  private readonly csv: HashedOutput;
  private readonly xlsx: HashedOutput;
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private sheet?: ExcelJS.Worksheet;
  rows = 0;

  constructor(
    dir: string,
    baseName: string,
    private readonly sheetName: string,
  ) {
    this.csv = new HashedOutput(`${baseName}.csv`, join(dir, `${baseName}.csv`));
    this.xlsx = new HashedOutput(`${baseName}.xlsx`, join(dir, `${baseName}.xlsx`));
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.xlsx.stream, useStyles: true, useSharedStrings: false });
  }

  /** CSV text made of whole records; the first chunk starts with the BOM and the header line. */
  async add(chunk: string): Promise<void> {
    await this.csv.write(chunk);
    for (const cells of csvRecords(chunk)) {
      if (!this.sheet) {
        this.sheet = this.workbook.addWorksheet(this.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
        this.sheet.columns = cells.map((header) => ({ header, width: Math.min(50, Math.max(12, header.length + 2)) }));
        this.sheet.getRow(1).font = { bold: true };
        this.sheet.getRow(1).commit();
        continue;
      }
      this.sheet.addRow(cells.map(cellValue)).commit();
      this.rows++;
    }
  }

  async finish(): Promise<PackedFile[]> {
    const csv = await this.csv.finished();
    this.sheet?.commit();
    await this.workbook.commit();
    return [csv, await this.xlsx.finished(false)];
  }
}

/** Whole numbers become numbers; a cell the CSV defused with a quote (`'=…`) is plain text in XLSX, so the quote goes. */
function cellValue(cell: string): string | number {
  if (/^(0|[1-9]\d{0,14})$/.test(cell)) return Number(cell);
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}
