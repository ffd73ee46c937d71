import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DOCUMENT_TYPES, findDocumentType, formatOutgoingSymbol, isDocumentTypeCode, symbolNumber } from './outgoing-symbol';

describe('DOCUMENT_TYPES (ND30 Art. 7, abbreviations of Appendix III)', () => {
  it('lists the 29 administrative types with unique snake_case codes and unique abbreviations', () => {
    expect(DOCUMENT_TYPES).toHaveLength(29);
    const codes = DOCUMENT_TYPES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    const abbreviations = DOCUMENT_TYPES.map((t) => t.abbreviation).filter((a) => a !== null);
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it.each<[string, string, string | null]>([
    ['decision', 'Quyết định (cá biệt)', 'QĐ'],
    ['resolution', 'Nghị quyết (cá biệt)', 'NQ'],
    ['rules', 'Quy định', 'QyĐ'],
    ['programme', 'Chương trình', 'CTr'],
    ['scheme', 'Đề án', 'ĐA'],
    ['project', 'Dự án', 'DA'],
    ['proposal', 'Tờ trình', 'TTr'],
    ['contract', 'Hợp đồng', 'HĐ'],
    ['official_telegram', 'Công điện', 'CĐ'],
    ['agreement', 'Bản thỏa thuận', 'BTT'],
    ['power_of_attorney', 'Giấy ủy quyền', 'GUQ'],
    ['invitation', 'Giấy mời', 'GM'],
    ['official_letter', 'Công văn', null],
    ['public_letter', 'Thư công', null],
  ])('%s = %s (%s)', (code, name, abbreviation) => {
    expect(findDocumentType(code)).toEqual({ code, name, abbreviation });
  });

  it('isDocumentTypeCode', () => {
    expect(isDocumentTypeCode('decision')).toBe(true);
    expect(isDocumentTypeCode('Quyết định')).toBe(false);
    expect(isDocumentTypeCode(undefined)).toBe(false);
  });
});

describe('formatOutgoingSymbol (ND30 Appendix I, II.3)', () => {
  it.each<[Parameters<typeof formatOutgoingSymbol>[0], string]>([
    [{ number: 15, documentType: 'decision', signedBy: 'committee' }, '15/QĐ-UBND'],
    [{ number: 15, documentType: 'decision', signedBy: 'office' }, '15/QĐ-VPUBND'],
    [{ number: 12, documentType: 'official_letter', signedBy: 'committee', unitCode: 'KT' }, '12/UBND-KT'],
    [{ number: 12, documentType: 'official_letter', signedBy: 'office', unitCode: 'KT' }, '12/VPUBND-KT'],
    [{ number: 7, documentType: 'plan', signedBy: 'committee', unitCode: 'KT' }, '07/KH-UBND'],
    [{ number: 3, documentType: 'public_letter', signedBy: 'committee', unitCode: 'VX' }, '03/UBND-VX'],
    [{ number: 1234, documentType: 'report', signedBy: 'office' }, '1234/BC-VPUBND'],
    [{ number: 9, documentType: 'scheme', signedBy: 'committee' }, '09/ĐA-UBND'],
  ])('%j → %s', (input, symbol) => {
    expect(formatOutgoingSymbol(input)).toBe(symbol);
  });

  it.each<[Parameters<typeof formatOutgoingSymbol>[0], string, string]>([
    [{ number: 12, documentType: 'official_letter', signedBy: 'committee' }, 'UNIT_CODE_REQUIRED', 'unitCode'],
    [{ number: 12, documentType: 'official_letter', signedBy: 'committee', unitCode: 'K T' }, 'UNIT_CODE_REQUIRED', 'unitCode'],
    [{ number: 12, documentType: 'memo', signedBy: 'committee' }, 'UNKNOWN_DOCUMENT_TYPE', 'documentType'],
    [{ number: 0, documentType: 'decision', signedBy: 'committee' }, 'INVALID_NUMBER', 'number'],
  ])('refuses %j (%s)', (input, rule, field) => {
    expect(() => formatOutgoingSymbol(input)).toThrow(expect.objectContaining({ code: 'RULE_VIOLATION', rule, field }));
  });

  it('symbolNumber reads the number back', () => {
    expect(symbolNumber('05/QĐ-UBND')).toBe(5);
    expect(symbolNumber('12/UBND-KT')).toBe(12);
    expect(symbolNumber('QĐ-UBND')).toBeNull();
  });
});
