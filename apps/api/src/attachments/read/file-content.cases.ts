import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { checkFileType } from '../upload/file-types';
import { byteRange, contentDisposition } from './file-content';

describe('serving an attached file', () => {
  it('names it in Vietnamese for every browser: an ASCII fallback and RFC 5987 filename*', () => {
    expect(contentDisposition('attachment', 'Quyết định 15-QĐ-UBND (bản ký).pdf')).toBe(
      `attachment; filename="Quyet dinh 15-QD-UBND (ban ky).pdf"; filename*=UTF-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%2015-Q%C4%90-UBND%20%28b%E1%BA%A3n%20k%C3%BD%29.pdf`,
    );
    expect(contentDisposition('inline', 'a"b\\c%.png')).toBe(`inline; filename="a_b_c_.png"; filename*=UTF-8''a%22b%5Cc%25.png`);
  });

  it('reads one byte range, and says when it lies outside the file', () => {
    expect(byteRange(undefined, 100)).toBeNull();
    expect(byteRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=0-1,5-6', 100)).toBeNull();
  });
});

describe('the type of a file is its content’s, and its name must say so', () => {
  const pdf = { mediaType: 'application/pdf', extension: 'pdf' };
  it.each([
    ['Công văn.pdf', pdf, true],
    ['CÔNG VĂN.PDF', pdf, true],
    ['anh.jpeg', { mediaType: 'image/jpeg', extension: 'jpg' }, true],
    ['goi-tin.edxml', { mediaType: 'application/xml', extension: 'xml' }, true],
    ['bao-cao.pdf', null, false],
    ['scan.png', pdf, false],
    ['khong-duoi', pdf, false],
  ] as const)('%s', (name, detected, ok) => {
    expect(checkFileType(name, detected).ok).toBe(ok);
  });
});
