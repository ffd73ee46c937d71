import ExcelJS from 'exceljs';
import { DEMO_CATALOGUE, type CatalogueExportRow } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { ValidationFailedException } from '../http/validation';
import { catalogueRowsOfWorkbook, catalogueWorkbook } from './catalogue-sheet';

const exported: CatalogueExportRow[] = DEMO_CATALOGUE.slice(0, 12).map(({ code, name, fieldCode, version }) => ({
  code, name, fieldCode, ...version, version: 1, approval: { by: 'chief', at: '2026-01-01T00:00:00Z', decisionRef: version.publishingDecision },
}));

describe('the catalogue spreadsheet', () => {
  it('reads back what it wrote, one row per version (version and approval are shown only)', async () => {
    const rows = await catalogueRowsOfWorkbook(await catalogueWorkbook(exported));
    expect(rows).toEqual(exported.map(({ version: _version, approval: _approval, ...row }) => row));
  });

  it('finds columns by their header in any order; a cell the spreadsheet made a date goes back to YYYY-MM-DD', async () => {
    const written = new ExcelJS.Workbook();
    await written.xlsx.load((await catalogueWorkbook(exported.slice(0, 1))) as unknown as ArrayBuffer);
    const [headers, cells] = [1, 2].map((n) => (written.worksheets[0].getRow(n).values as ExcelJS.CellValue[]).slice(1));
    cells[headers.indexOf('Hiệu lực từ ngày')] = new Date(`${exported[0].effectiveFrom}T00:00:00Z`);
    const reordered = new ExcelJS.Workbook();
    const sheet = reordered.addWorksheet('Danh mục');
    sheet.addRow([...headers].reverse());
    sheet.addRow([...cells].reverse());
    const [row] = await catalogueRowsOfWorkbook(Buffer.from(await reordered.xlsx.writeBuffer()));
    expect(row).toMatchObject({ code: exported[0].code, effectiveFrom: exported[0].effectiveFrom, requiredItems: exported[0].requiredItems });
  });

  it('an unreadable file or a sheet without the catalogue columns is a 400 on the body', async () => {
    await expect(catalogueRowsOfWorkbook(Buffer.from('not a workbook'))).rejects.toBeInstanceOf(ValidationFailedException);
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('x').addRow(['Mã TTHC']);
    await expect(catalogueRowsOfWorkbook(Buffer.from(await empty.xlsx.writeBuffer()))).rejects.toMatchObject({ problems: [{ field: 'body', message: expect.stringContaining('Tên thủ tục') }] });
  });
});
