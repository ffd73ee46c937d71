import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { csvCell, toCsv, vietnameseDate } from './register-csv';

describe('register CSV', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF', () => {
    const csv = toCsv(['Số đến', 'Tác giả'], [[1, 'Sở Kế hoạch và Đầu tư']]);
    expect(csv.startsWith('\uFEFFSố đến,Tác giả\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFSố đến,Tác giả\r\n1,Sở Kế hoạch và Đầu tư\r\n');
  });

  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('V/v "khẩn", xử lý\nngay')).toBe('"V/v ""khẩn"", xử lý\nngay"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(null)).toBe('');
  });

  it('writes days the Vietnamese way', () => {
    expect(vietnameseDate('2025-04-24')).toBe('24/04/2025');
    expect(vietnameseDate(null)).toBe('');
  });
});
