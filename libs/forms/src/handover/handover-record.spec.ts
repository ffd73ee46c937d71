import { writeFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_OFFICE } from '../office';
import { hasPdfToText, pdfPages, readAll } from '../testing/pdf-text';
import { renderHandoverRecord, type HandoverRecordView } from './handover-record';

const VIEW: HandoverRecordView = {
  office: DEMO_OFFICE,
  datedAt: '2026-03-20T08:30:00Z',
  leaver: { name: 'Lý Minh Tuấn', post: 'Chuyên viên, Phòng Kinh tế' },
  receiver: { name: 'Trịnh Thị Hương', post: 'Chuyên viên, Phòng Kinh tế' },
  head: { name: 'Đặng Quang Huy', post: 'Trưởng phòng, Phòng Kinh tế' },
  kind: 'Chuyển công tác',
  lastWorkingDay: '2026-03-20',
  decisionRef: '45/QĐ-VP',
  reason: 'Điều động sang Sở Tài chính',
  lines: [
    { kind: 'Văn bản', item: 'văn bản đến số 12/2026 (Về việc đề nghị thẩm định điều chỉnh chủ trương đầu tư dự án trường học)', receiver: 'Trịnh Thị Hương', outcome: 'Đã giao lại trên hệ thống', reason: 'Bàn giao do chuyển công tác' },
    { kind: 'Hồ sơ một cửa', item: 'hồ sơ VPUB-260310-0001 (Điều chỉnh dự án đầu tư)', receiver: 'Trịnh Thị Hương', outcome: 'Đã giao lại trên hệ thống', reason: 'Bàn giao do chuyển công tác' },
    { kind: 'Nhiệm vụ', item: 'nhiệm vụ “Tổng hợp nhu cầu vốn đầu tư công năm 2027”', receiver: 'Nguyễn Văn Bình', outcome: 'Bàn giao trên giấy', reason: 'Chưa có bước đổi chuyên viên theo dõi' },
  ],
  signedAt: { leaver: '2026-03-19T08:00:00Z', head: null },
};

describe('Biên bản bàn giao công việc, hồ sơ, tài liệu', () => {
  (!hasPdfToText() ? it.skip : it)('prints the parties, the reason, every item with its receiver, how and why, and the signatures', async () => {
    const pdf = await readAll(renderHandoverRecord(VIEW));
    if (process.env.HANDOVER_RECORD_OUT) writeFileSync(process.env.HANDOVER_RECORD_OUT, pdf);
    const text = pdfPages(pdf).join('\n').normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'BIÊN BẢN BÀN GIAO CÔNG VIỆC, HỒ SƠ, TÀI LIỆU', '1. Bên giao: Lý Minh Tuấn, Chuyên viên, Phòng Kinh tế',
      'Chuyển công tác, ngày làm việc cuối cùng là ngày 20 tháng 3 năm 2026, theo 45/QĐ-VP', 'VPUB-260310-0001', 'Bàn giao trên giấy', 'Nguyễn Văn Bình',
      'Biên bản gồm 3 mục', 'NGƯỜI BÀN GIAO', 'THỦ TRƯỞNG ĐƠN VỊ', '(Ký, ghi rõ họ tên)', '(Đã ký trên hệ thống ngày 19/03/2026)',
    ]) {
      expect(text).toContain(expected);
    }
  });
});
