import { join } from 'node:path';
import { HashedOutput, type PackedFile } from './hashed-output';
import { XlsxSheet } from './xlsx-sheet';

/**
 * One table written twice as it comes, a chunk of CSV records at a time: as CSV (exactly the
 * chunks, BOM included) and as an XLSX sheet with the same cells (neither file is held in memory).
 */
export class CsvAndXlsx {
  private readonly csv: HashedOutput;
  private readonly xlsx: HashedOutput;
  private readonly sheet: XlsxSheet;

  constructor(dir: string, baseName: string, sheetName: string, mtime?: Date) {
    this.csv = new HashedOutput(`${baseName}.csv`, join(dir, `${baseName}.csv`));
    this.xlsx = new HashedOutput(`${baseName}.xlsx`, join(dir, `${baseName}.xlsx`));
    this.sheet = new XlsxSheet(this.xlsx.stream, sheetName, mtime);
  }

  get rows(): number {
    return this.sheet.rows;
  }

  /** CSV text made of whole records; the first chunk starts with the BOM and the header line. */
  async add(chunk: string): Promise<void> {
    await this.csv.write(chunk);
    await this.sheet.add(chunk);
  }

  async finish(): Promise<PackedFile[]> {
    const csv = await this.csv.finished();
    await this.sheet.finish();
    return [csv, await this.xlsx.finished(false)];
  }
}
