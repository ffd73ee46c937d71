import type { ProcessBasisSources } from '../process-basis';

// As the calendar in force names itself on a server of 2026 (the shipped years and next year's provisional one): the longest line.
const CALENDAR = 'VN 2025.1+2026.1+2027.1-provisional';
const DISTRIBUTE_LIMIT = 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày';

/**
 * A year (2026) as the compliance answer and the process register give it when QT-VB-01's version
 * 2 (submit 4 working days, approved 20/11/2026) took effect on 01/12/2026, and QT-VB-02 stayed at
 * the seeded version 1: the fixture of the summaries, the realistic case for their one page.
 */
export function yearWithVersionChange(): ProcessBasisSources {
  const step = (name: string, limit: string, processCode: string) => ({ name, limit, basis: { processCode } });
  const seeded = { decisionRef: 'Quy chế làm việc của Văn phòng UBND tỉnh', at: '2026-01-02T03:00:00Z' };
  return {
    processes: [{ processCode: 'QT-VB-01', version: '1+2', calendarVersion: CALENDAR }, { processCode: 'QT-VB-02', version: '1', calendarVersion: CALENDAR }],
    steps: [
      step('Phân phối văn bản đến', DISTRIBUTE_LIMIT, 'QT-VB-01'),
      step('Yêu cầu bổ sung hồ sơ (hồ sơ chưa đầy đủ)', '2 ngày làm việc', 'QT-VB-01'),
      step('Thẩm định, trình', 'v1: 5 ngày làm việc; v2 từ 01/12/2026: 4 ngày làm việc', 'QT-VB-01'),
      step('Phát hành văn bản đã ký', DISTRIBUTE_LIMIT, 'QT-VB-02'),
      step('Giải quyết theo thời hạn lãnh đạo giao', 'Ngày lãnh đạo giao (kể cả gia hạn)', 'QT-VB-01'),
    ],
    register: [
      { code: 'QT-VB-01', name: 'Xử lý văn bản đến', version: 1, effectiveFrom: '2020-03-05', effectiveTo: '2026-11-30', approval: seeded },
      { code: 'QT-VB-01', name: 'Xử lý văn bản đến', version: 2, effectiveFrom: '2026-12-01', effectiveTo: null, approval: { decisionRef: '12/QĐ-VP', at: '2026-11-20T02:00:00Z' } },
      { code: 'QT-VB-02', name: 'Xử lý văn bản đi', version: 1, effectiveFrom: '2020-03-05', effectiveTo: null, approval: seeded },
    ],
  };
}
