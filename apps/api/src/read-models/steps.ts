import { CLOCK_NAMES, type ClockName } from '@office/domain';

/** The incoming-document process as ISO steps, with the limits of DOMAIN.md §3. */
export const PROCESS_STEPS: ReadonlyArray<{ step: ClockName; name: string; limit: string; source: string }> = [
  { step: 'distribute', name: 'Phân phối văn bản đến', limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', source: 'NĐ 30/2020/NĐ-CP Điều 23.1' },
  { step: 'supplement', name: 'Yêu cầu bổ sung hồ sơ (hồ sơ chưa đầy đủ)', limit: '2 ngày làm việc', source: 'Quy chế làm việc 10.2.2' },
  { step: 'submit', name: 'Thẩm định, trình', limit: '5 ngày làm việc từ khi hồ sơ hợp lệ', source: 'Quy chế làm việc 10.2.3' },
  { step: 'issue', name: 'Phát hành văn bản đã ký', limit: 'Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày', source: 'NĐ 30/2020/NĐ-CP Điều 18.1' },
  { step: 'leader', name: 'Giải quyết theo thời hạn lãnh đạo giao', limit: 'Ngày lãnh đạo giao (kể cả gia hạn)', source: 'Quy chế làm việc 10.1.1' },
];

export const STEP_ORDER: readonly ClockName[] = CLOCK_NAMES;
