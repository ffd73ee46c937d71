import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { measuredAgainst, printedProcessBases, processLimitLines, processTitle, processVersionLines } from './process-basis';
import { yearWithVersionChange } from './testing/process-basis-sources';

describe('what the summaries print of each process the document steps were measured against', () => {
  it('every process of compliance.processes, each with its versions in force, their approval, its own steps\' limits and the calendar', () => {
    const [incoming, outgoing] = printedProcessBases(yearWithVersionChange());
    expect(incoming).toEqual({
      processCode: 'QT-VB-01', name: 'Xử lý văn bản đến', version: '1+2', calendarVersion: 'VN 2025.1+2026.1+2027.1-provisional',
      versions: [
        { version: 1, effectiveFrom: '2020-03-05', effectiveTo: '2026-11-30', decisionRef: 'Quy chế làm việc của Văn phòng UBND tỉnh', approvedOn: '2026-01-02' },
        { version: 2, effectiveFrom: '2026-12-01', effectiveTo: null, decisionRef: '12/QĐ-VP', approvedOn: '2026-11-20' },
      ],
      limits: [
        { step: 'Phân phối văn bản đến', limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày' },
        { step: 'Yêu cầu bổ sung hồ sơ (hồ sơ chưa đầy đủ)', limit: '2 ngày làm việc' },
        { step: 'Thẩm định, trình', limit: 'v1: 5 ngày làm việc; v2 từ 01/12/2026: 4 ngày làm việc' },
        { step: 'Giải quyết theo thời hạn lãnh đạo giao', limit: 'Ngày lãnh đạo giao (kể cả gia hạn)' },
      ],
    });
    expect(outgoing).toMatchObject({ processCode: 'QT-VB-02', version: '1', limits: [{ step: 'Phát hành văn bản đã ký' }] });
  });

  it('words what the steps were measured against, the title, a line per version with its approval and a line per step', () => {
    const processes = printedProcessBases(yearWithVersionChange());
    const [incoming, outgoing] = processes;
    expect(measuredAgainst(processes, 'VN 2026.1')).toBe('quy trình QT-VB-01 phiên bản 1+2, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN 2026.1');
    expect(processTitle(incoming)).toBe('QT-VB-01 Xử lý văn bản đến');
    expect(processVersionLines(incoming)).toEqual([
      'Phiên bản 1: hiệu lực 05/03/2020 – 30/11/2026; phê duyệt: Quy chế làm việc của Văn phòng UBND tỉnh, ngày 02/01/2026',
      'Phiên bản 2: hiệu lực từ 01/12/2026; phê duyệt: 12/QĐ-VP, ngày 20/11/2026',
    ]);
    expect(processLimitLines(outgoing)).toEqual(['Phát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày']);
  });

  it('before any version is approved, says the shipped limits apply, naming the process from the shipped table', () => {
    const sources = yearWithVersionChange();
    const [incoming] = printedProcessBases({ ...sources, processes: [{ processCode: 'QT-VB-01', version: '1', calendarVersion: 'VN 2026.1' }], register: [] });
    expect(processTitle(incoming)).toBe('QT-VB-01 Xử lý văn bản đến');
    expect(processVersionLines(incoming)).toEqual(['Phiên bản 1: thời hạn ban đầu, chưa có phiên bản được phê duyệt trong danh mục']);
  });
});
