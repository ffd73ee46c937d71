import { INCOMING_DOCUMENTS_PROCESS_CODE, INCOMING_DOCUMENTS_PROCESS_V1 } from '../deadlines';
import type { InternalProcessVersionSpec } from './internal-process.types';

/*
 * QT-VB-01 Xử lý văn bản đến as the catalogue ships it (DOMAIN.md §2–3): version 1 carries the limits of
 * INCOMING_DOCUMENTS_PROCESS_V1 (the one place they are written) with who does each step and why.
 * Effective from the day Nghị định 30/2020/NĐ-CP took effect, before any document of the log.
 */

const V1 = INCOMING_DOCUMENTS_PROCESS_V1.limits;

export const INCOMING_DOCUMENTS_PROCESS: { code: string; name: string; version1: InternalProcessVersionSpec } = {
  code: INCOMING_DOCUMENTS_PROCESS_CODE,
  name: 'Xử lý văn bản đến',
  version1: {
    effectiveFrom: '2020-03-05',
    effectiveTo: null,
    publishingDecision: 'Quy trình xử lý văn bản đến ban hành kèm Quy chế làm việc của Văn phòng UBND tỉnh',
    legalBasis: ['Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư', 'Quy chế làm việc của Văn phòng UBND tỉnh'],
    steps: [
      { no: 1, clock: 'distribute', task: 'Trình, phân phối văn bản đến', unit: 'Văn thư; Lãnh đạo Văn phòng phụ trách lĩnh vực', role: 'office_deputy_chief', ...V1.distribute, basis: 'Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP' },
      { no: 2, clock: 'supplement', task: 'Yêu cầu bổ sung hồ sơ chưa đầy đủ', unit: 'Chuyên viên được giao', role: 'specialist', ...V1.supplement, basis: 'Điểm 10.2.2 Quy chế làm việc' },
      { no: 3, clock: 'submit', task: 'Thẩm định, trình lãnh đạo (phiếu trình)', unit: 'Chuyên viên được giao', role: 'specialist', ...V1.submit, basis: 'Điểm 10.2.3 Quy chế làm việc' },
      { no: 4, clock: 'issue', task: 'Phát hành văn bản đã ký', unit: 'Văn thư', role: 'clerk', ...V1.issue, basis: 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP' },
    ],
  },
};
