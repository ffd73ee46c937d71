import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { csvCell } from '../registers/register-csv';
import { documentListCsv, DOCUMENT_SHEET_HEADERS, EXPORT_CAP } from './document-list-sheet';
import type { SummaryAnswer } from './document-summary.mapper';

const doc = (overrides: Partial<SummaryAnswer>): SummaryAnswer =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    incomingNumber: 7,
    incomingYear: 2026,
    series: 'normal',
    status: 'received',
    source: { agency: 'Sở Tài chính', symbol: '9/STC', issuedDate: '2026-03-01', signer: null },
    excerpt: 'Về việc báo cáo',
    urgency: 'normal',
    confidentiality: 'normal',
    fieldCode: 'KH-DT',
    receivedAt: '2026-03-02T02:00:00.000Z',
    nextDue: '2026-03-03',
    overdue: false,
    ...overrides,
  }) as SummaryAnswer;

const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');

describe('the documents list as a sheet', () => {
  it('writes the columns of the page, the marks in words, and where each due day stands', () => {
    const csv = documentListCsv([doc({}), doc({ urgency: 'flash', confidentiality: 'secret', series: 'confidential', nextDue: '2026-02-27', overdue: true }), doc({ nextDue: '2026-03-10' })], 3, '2026-03-03');
    const [header, soon, late, later] = lines(csv);
    expect(header).toBe(DOCUMENT_SHEET_HEADERS.map(csvCell).join(','));
    expect(soon).toBe('7/2026,02/03/2026,Sở Tài chính,9/STC,Về việc báo cáo,Thường,Thường,KH-DT,"Đã tiếp nhận, chờ phân phối",03/03/2026,Sắp đến hạn');
    expect(late).toContain('7/2026 (sổ mật)');
    expect(late).toContain('Hỏa tốc,Tối mật');
    expect(late.endsWith('27/02/2026,Quá hạn')).toBe(true);
    expect(later.endsWith('10/03/2026,')).toBe(true);
  });

  it('says so in a last line when the cap cut the list', () => {
    expect(lines(documentListCsv([doc({})], 1, '2026-03-03'))).toHaveLength(2);
    const cut = lines(documentListCsv([doc({})], EXPORT_CAP + 12, '2026-03-03'));
    expect(cut).toHaveLength(3);
    expect(cut[2]).toBe(`Chỉ xuất 1 trong ${EXPORT_CAP + 12} văn bản phù hợp (tối đa ${EXPORT_CAP} dòng một lần): hãy lọc hẹp hơn để xuất phần còn lại.`);
  });
});
