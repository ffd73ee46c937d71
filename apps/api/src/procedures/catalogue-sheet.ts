import type { CellValue, Workbook } from 'exceljs';
import type { CatalogueExportRow, CatalogueRow } from '@office/domain';
import { ValidationFailedException } from '../http/validation';

/*
 * The catalogue as the ISO secretary keeps it in a spreadsheet: one row per procedure version.
 * Lists go one entry a line within their cell; a required item is `name | form | quantity |
 * mandatory` and a step `no | task | unit | role | workingDays`, so a row reads as it prints.
 * The version and approval columns are shown on export and ignored on import (the office chief
 * approves each version in the application).
 */

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SHEET_NAME = 'Danh mục TTHC';
const SEPARATOR = ' | ';
const MANDATORY = 'bắt buộc';
const OPTIONAL = 'không bắt buộc';

type Cell = string | number | null;

interface Column {
  key: string;
  header: string;
  width: number;
  write(row: CatalogueExportRow): Cell;
  /** Where the cell's text goes in the imported row; absent for columns shown only. */
  read?(text: string, row: Record<string, unknown>): void;
}

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
const parts = (line: string) => line.split('|').map((part) => part.trim());
/** A number if the text is one, else the text: the domain then names the field it refuses. */
const numeric = (text: string): number | string => (text !== '' && Number.isFinite(Number(text)) ? Number(text) : text);
const optional = (text: string) => (text === '' ? null : text);

const COLUMNS: Column[] = [
  { key: 'code', header: 'Mã TTHC', width: 12, write: (r) => r.code, read: (t, r) => (r.code = t) },
  { key: 'name', header: 'Tên thủ tục hành chính', width: 50, write: (r) => r.name, read: (t, r) => (r.name = t) },
  { key: 'fieldCode', header: 'Lĩnh vực', width: 10, write: (r) => r.fieldCode, read: (t, r) => (r.fieldCode = t) },
  { key: 'version', header: 'Phiên bản', width: 10, write: (r) => r.version },
  { key: 'effectiveFrom', header: 'Hiệu lực từ ngày', width: 14, write: (r) => r.effectiveFrom, read: (t, r) => (r.effectiveFrom = t) },
  { key: 'effectiveTo', header: 'Hiệu lực đến ngày', width: 14, write: (r) => r.effectiveTo ?? null, read: (t, r) => (r.effectiveTo = optional(t)) },
  { key: 'publishingDecision', header: 'Quyết định công bố', width: 30, write: (r) => r.publishingDecision, read: (t, r) => (r.publishingDecision = t) },
  { key: 'legalBasis', header: 'Căn cứ pháp lý', width: 40, write: (r) => r.legalBasis.join('\n'), read: (t, r) => (r.legalBasis = lines(t)) },
  {
    key: 'requiredItems', header: 'Thành phần hồ sơ (tên | hình thức | số lượng | bắt buộc)', width: 60,
    write: (r) => r.requiredItems.map((i) => [i.name, i.form, i.quantity, i.mandatory ? MANDATORY : OPTIONAL].join(SEPARATOR)).join('\n'),
    read: (t, r) => (r.requiredItems = lines(t).map(parts).map(([name, form, quantity, mandatory]) => ({ name, form, quantity: numeric(quantity ?? ''), mandatory: mandatoryOf(mandatory) }))),
  },
  { key: 'statutoryDays', header: 'Thời hạn giải quyết (ngày làm việc)', width: 12, write: (r) => r.statutoryDays, read: (t, r) => (r.statutoryDays = numeric(t)) },
  { key: 'cutoffHour', header: 'Giờ chốt tiếp nhận', width: 10, write: (r) => r.cutoffHour ?? null, read: (t, r) => (r.cutoffHour = t === '' ? null : numeric(t)) },
  { key: 'feeVnd', header: 'Phí, lệ phí (đồng)', width: 14, write: (r) => r.feeVnd ?? null, read: (t, r) => (r.feeVnd = t === '' ? null : numeric(t)) },
  { key: 'onlineLevel', header: 'Mức độ trực tuyến', width: 12, write: (r) => r.onlineLevel, read: (t, r) => (r.onlineLevel = t) },
  { key: 'resultType', header: 'Kết quả giải quyết', width: 24, write: (r) => r.resultType, read: (t, r) => (r.resultType = t) },
  { key: 'supplementPolicy', header: 'Khi bổ sung hồ sơ', width: 12, write: (r) => r.supplementPolicy, read: (t, r) => (r.supplementPolicy = t) },
  {
    key: 'steps', header: 'Quy trình nội bộ (bước | công việc | đơn vị | vai trò | ngày làm việc)', width: 70,
    write: (r) => r.steps.map((s) => [s.no, s.task, s.unit, s.role ?? '', s.workingDays].join(SEPARATOR)).join('\n'),
    read: (t, r) => (r.steps = lines(t).map(parts).map(([no, task, unit, role, workingDays]) => ({ no: numeric(no ?? ''), task, unit, role: role ? role : null, workingDays: numeric(workingDays ?? '') }))),
  },
  { key: 'approval', header: 'Quyết định phê duyệt quy trình', width: 30, write: (r) => r.approval?.decisionRef ?? null },
];

function mandatoryOf(text: string | undefined): boolean | string {
  const value = (text ?? '').toLowerCase();
  if (value === MANDATORY || value === 'true' || value === 'có') return true;
  if (value === OPTIONAL || value === 'false' || value === 'không') return false;
  return text ?? '';
}

/**
 * exceljs is loaded when a catalogue is first exported or imported, not when the API starts: it is
 * the heaviest package of the API's start (~0.35 s of CPU), paid by every process and test app otherwise.
 */
async function newWorkbook(): Promise<Workbook> {
  const { default: ExcelJS } = await import('exceljs');
  return new ExcelJS.Workbook();
}

/** The catalogue as one XLSX sheet: bold frozen header, lists one entry a line. */
export async function catalogueWorkbook(rows: readonly CatalogueExportRow[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS.map(({ key, header, width }) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(COLUMNS.map((column) => column.write(row))).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The rows of an uploaded workbook (its first sheet; columns found by their header, in any
 * order). An unreadable file or a sheet without the catalogue's headers is a 400 on `body`; the
 * rows' content is left to the domain, which names each refused row's field.
 */
export async function catalogueRowsOfWorkbook(file: Buffer): Promise<CatalogueRow[]> {
  const workbook = await newWorkbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new ValidationFailedException([{ field: 'body', message: 'Tệp gửi lên không phải bảng tính XLSX đọc được' }]);
  }
  const sheet = workbook.worksheets[0];
  const columns = new Map<number, Column>();
  sheet?.getRow(1).eachCell((cell, index) => {
    const text = cellText(cell.value);
    const column = COLUMNS.find((c) => c.header === text || c.key === text);
    if (column) columns.set(index, column);
  });
  const missing = COLUMNS.filter((c) => c.read && ![...columns.values()].includes(c)).map((c) => c.header);
  if (!sheet || missing.length > 0) throw new ValidationFailedException([{ field: 'body', message: `Bảng tính thiếu cột: ${missing.join(', ') || 'mọi cột'}` }]);
  const rows: CatalogueRow[] = [];
  for (let index = 2; index <= sheet.rowCount; index++) {
    const source = sheet.getRow(index);
    if (!source.hasValues) continue;
    const row: Record<string, unknown> = {};
    for (const [at, column] of columns) column.read?.(cellText(source.getCell(at).value), row);
    rows.push(row as CatalogueRow);
  }
  return rows;
}

/** A cell as text; a date the spreadsheet turned into one goes back to YYYY-MM-DD. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('').trim();
  if (typeof value === 'object' && 'text' in value) return String(value.text).trim();
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '').trim();
  return String(value).trim();
}
