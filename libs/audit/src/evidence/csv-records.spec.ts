import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { csvRecords } from './csv-records';

describe('csvRecords', () => {
  it('reads back quoted cells, doubled quotes, line breaks inside cells and a BOM', () => {
    const text = '\uFEFFSố đến,Ghi chú\r\n1,"V/v ""khẩn"", xử lý\nngay"\r\n2,\r\n';
    expect(csvRecords(text)).toEqual([['Số đến', 'Ghi chú'], ['1', 'V/v "khẩn", xử lý\nngay'], ['2', '']]);
  });

  it('keeps a last record without a line end', () => {
    expect(csvRecords('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(csvRecords('a,\r\n,"b"')).toEqual([['a', ''], ['', 'b']]);
    expect(csvRecords('x,')).toEqual([['x', '']]);
  });
});
