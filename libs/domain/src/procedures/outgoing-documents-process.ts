import { INCOMING_DOCUMENTS_PROCESS_CODE, INCOMING_DOCUMENTS_PROCESS_V1, OUTGOING_DOCUMENTS_PROCESS_CODE } from '../deadlines';
import { INCOMING_DOCUMENTS_PROCESS } from './incoming-documents-process';
import type { InternalProcessVersionSpec } from './internal-process.types';

/*
 * QT-VB-02 Xử lý văn bản đi as the catalogue ships it: drafting → initial → signature → issue
 * (DOMAIN.md §2; research/domain-research.md C2). Only issue has a sourced limit (ND30 Art. 18.1:
 * the signed document goes out the next working day, urgent ones the same day), the one
 * INCOMING_DOCUMENTS_PROCESS_V1 already measured. Drafting, initial and signature carry no clock
 * and a null limit: neither DOMAIN.md nor the research give one, so the data says so instead of
 * inventing one. Effective, like QT-VB-01, from the day Nghị định 30/2020/NĐ-CP took effect.
 */

const NO_LIMIT = { clock: null, workingDays: null, urgentWorkingDays: null } as const;

export const OUTGOING_DOCUMENTS_PROCESS: { code: string; name: string; version1: InternalProcessVersionSpec } = {
  code: OUTGOING_DOCUMENTS_PROCESS_CODE,
  name: 'Xử lý văn bản đi',
  version1: {
    effectiveFrom: '2020-03-05',
    effectiveTo: null,
    publishingDecision: 'Quy trình xử lý văn bản đi ban hành kèm Quy chế làm việc của Văn phòng UBND tỉnh',
    legalBasis: ['Nghị định 30/2020/NĐ-CP ngày 05/3/2020 về công tác văn thư', 'Quy chế làm việc của Văn phòng UBND tỉnh'],
    steps: [
      { no: 1, task: 'Soạn thảo dự thảo văn bản, trình kèm phiếu trình', unit: 'Chuyên viên được giao', role: 'specialist', ...NO_LIMIT,
        basis: `Điều 10 Nghị định 30/2020/NĐ-CP; không có thời hạn riêng: dự thảo được trình trong thời hạn trình của ${INCOMING_DOCUMENTS_PROCESS_CODE} (Điểm 10.2.3 Quy chế làm việc)` },
      { no: 2, task: 'Kiểm tra, ký tắt phiếu trình và dự thảo', unit: 'Lãnh đạo Văn phòng phụ trách lĩnh vực', role: 'office_deputy_chief', ...NO_LIMIT,
        basis: 'Điểm 10.1.1 Quy chế làm việc (ký tắt trước khi trình ký); chưa có căn cứ về thời hạn' },
      { no: 3, task: 'Ký ban hành văn bản', unit: 'Lãnh đạo được trình (hoặc người được ủy quyền, giao ký thay)', role: null, ...NO_LIMIT,
        basis: 'Điều 11 và Điều 13 Nghị định 30/2020/NĐ-CP; chưa có căn cứ về thời hạn' },
      { no: 4, clock: 'issue', task: 'Phát hành văn bản đã ký', unit: 'Văn thư', role: 'clerk', ...INCOMING_DOCUMENTS_PROCESS_V1.limits.issue,
        basis: 'Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP' },
    ],
  },
};

/** The internal processes the catalogue ships, in the order they are seeded. */
export const SHIPPED_INTERNAL_PROCESSES = [INCOMING_DOCUMENTS_PROCESS, OUTGOING_DOCUMENTS_PROCESS] as const;
