import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_ORGANISATION, isDomainError, type DocumentEvent } from '@office/domain';
import { cmd, historyUntil, run } from '@office/domain/testing/document-fixtures';
import { type DocumentSlipKind, renderDocumentSlip } from '@office/forms';
import { hasPdfToText, pdfPages, readAll } from '@office/forms/testing/pdf-text';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { documentSlipView } from './document-slip-views';

/** The slip's PDF from a document's events, and its pages' text with whitespace runs made single spaces. */
async function render(kind: DocumentSlipKind, events: DocumentEvent[]) {
  const pdf = await readAll(renderDocumentSlip(kind, documentSlipView(kind, events, DEMO_ORGANISATION)));
  const pages = hasPdfToText() ? pdfPages(pdf).map((page) => page.normalize('NFC').replace(/\s+/g, ' ')) : [];
  return { pdf, pages, text: pages.join(' ') };
}

const HEADER = ['UBND TỈNH AN THÀNH', 'VĂN PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
const DOCUMENT = ['Số đến: 125', 'Cơ quan ban hành: Sở Kế hoạch và Đầu tư', 'Số, ký hiệu: 512/SKHĐT-KTĐN', 'Ngày văn bản: ngày 22 tháng 4 năm 2025', 'V/v đề nghị phê duyệt chủ trương đầu tư dự án khu công nghiệp'];

/** The happy path, but the office leader sends the submission back: the state forgets it, the slip does not. */
const returnedHistory = () => run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial({ agree: false, note: 'Bổ sung ý kiến của Sở Xây dựng' })).events;

describe('the slips of an incoming document, from its events', () => {
  it.each(['processing-slip', 'submission-slip'] as const)('%s streams a whole PDF', async (kind) => {
    const { pdf } = await render(kind, historyUntil('signed'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
  });

  it('there is no submission slip before the submission: WRONG_STATE (409), rule NOT_SUBMITTED', () => {
    const refused = (() => {
      try {
        documentSlipView('submission-slip', historyUntil('appraised'), DEMO_ORGANISATION);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(isDomainError(refused) && { code: refused.code, rule: refused.rule }).toEqual({ code: 'WRONG_STATE', rule: 'NOT_SUBMITTED' });
  });

  it('a submission sent back keeps its slip: who returned it and why; the leader has not decided', () => {
    const view = documentSlipView('submission-slip', returnedHistory(), DEMO_ORGANISATION);
    expect(view.initial).toMatchObject({ agreed: false, note: 'Bổ sung ý kiến của Sở Xây dựng', by: { name: 'Hoàng Văn Nam', position: 'Phó Chánh Văn phòng' } });
    expect(view.decision).toBeNull();
    expect(view.leader).toEqual({ name: 'Trần Quốc Hưng', position: 'Phó Chủ tịch UBND tỉnh' });
  });

  it('the processing slip shows the due date as last extended', () => {
    const events = run(cmd.receive(), cmd.distribute(), cmd.extendDeadline()).events;
    expect(documentSlipView('processing-slip', events, DEMO_ORGANISATION).direction?.dueDate).toBe('2025-05-30');
  });
});

(!hasPdfToText() ? describe.skip : describe)('the printed text of the slips (needs pdftotext from poppler-utils; skipped when absent)', () => {
  it('processing slip of a signed document: the document, the direction, the assignment, on one page', async () => {
    const { pages, text } = await render('processing-slip', historyUntil('signed'));
    expect(pages).toHaveLength(1);
    for (const phrase of [
      ...HEADER,
      'An Thành, ngày 24 tháng 4 năm 2025',
      'PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN',
      ...DOCUMENT,
      'Ngày đến: 09 giờ 00 phút, ngày 24 tháng 4 năm 2025',
      'Độ khẩn: Thường',
      '1. Ý kiến của lãnh đạo Văn phòng:',
      'Giao Phòng Kinh tế nghiên cứu, tham mưu.',
      'Đơn vị chủ trì: Phòng Kinh tế',
      'Thời hạn giải quyết: ngày 15 tháng 5 năm 2025',
      'Người phân phối: Hoàng Văn Nam (Phó Chánh Văn phòng), 14 giờ 00 phút, ngày 24 tháng 4 năm 2025',
      '2. Ý kiến của lãnh đạo phòng:',
      'Giao chuyên viên: Lý Minh Tuấn',
      'Người giao: Đặng Quang Huy (Trưởng phòng), 08 giờ 00 phút, ngày 25 tháng 4 năm 2025',
      '3. Ý kiến đề xuất của người giải quyết:',
      'NGƯỜI GIẢI QUYẾT',
      'PHÓ CHÁNH VĂN PHÒNG',
      'TRƯỞNG PHÒNG',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('processing slip printed at registration: dotted lines where the leaders will write', async () => {
    const { pages, text } = await render('processing-slip', historyUntil('received', { urgency: 'flash', confidentiality: 'secret' }));
    expect(pages).toHaveLength(1);
    expect(text).toContain('Độ khẩn: Hỏa tốc; Độ mật: Tối mật');
    expect(text).toContain('LÃNH ĐẠO VĂN PHÒNG');
    expect(text).toContain('Ngày … tháng … năm …');
    expect(text).not.toContain('Hoàng Văn Nam');
  });

  it('submission slip of a signed document: to one leader by name, appraisal, proposal, reserved opinion, decisions, four signatures', async () => {
    const { pages, text } = await render('submission-slip', historyUntil('signed'));
    expect(pages).toHaveLength(1);
    for (const phrase of [
      ...HEADER,
      'An Thành, ngày 29 tháng 4 năm 2025',
      'PHIẾU TRÌNH GIẢI QUYẾT CÔNG VIỆC',
      'Kính gửi: đồng chí Trần Quốc Hưng, Phó Chủ tịch UBND tỉnh',
      'Vấn đề trình: V/v đề nghị phê duyệt chủ trương đầu tư dự án khu công nghiệp.',
      'Tờ trình số 512/SKHĐT-KTĐN ngày 22 tháng 4 năm 2025 của Sở Kế hoạch và Đầu tư (số đến 125, ngày 24 tháng 4 năm 2025)',
      'Dự thảo trình ký: Quyết định: Phê duyệt chủ trương đầu tư dự án khu công nghiệp (UBND tỉnh ban hành)',
      'Ý kiến các cơ quan liên quan: Sở Tài chính: Thống nhất',
      '- Về tính pháp lý: đạt yêu cầu (Phù hợp Luật Đầu tư 2020).',
      'Đề xuất: Đề nghị phê duyệt chủ trương đầu tư.',
      'Ý kiến bảo lưu: Bảo lưu ý kiến về quy mô diện tích.',
      'Đồng ý, ký nháy — Hoàng Văn Nam (Phó Chánh Văn phòng), 09 giờ 00 phút, ngày 05 tháng 5 năm 2025',
      '4. Ý kiến quyết định của đồng chí Trần Quốc Hưng:',
      'Đồng ý, đã ký ban hành — Trần Quốc Hưng (Phó Chủ tịch UBND tỉnh), 09 giờ 00 phút, ngày 06 tháng 5 năm 2025',
      'CHUYÊN VIÊN',
      'TRƯỞNG PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
      'PHÓ CHỦ TỊCH UBND TỈNH',
      'Lý Minh Tuấn',
      'Đặng Quang Huy',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('submission slip sent back: the office leader returned it with a note', async () => {
    const { text } = await render('submission-slip', returnedHistory());
    expect(text).toContain('Không đồng ý, trả lại chuyên viên — Hoàng Văn Nam (Phó Chánh Văn phòng)');
    expect(text).toContain('Ghi chú: Bổ sung ý kiến của Sở Xây dựng.');
    expect(text).not.toContain('đã ký ban hành');
  });
});

/*
 * Regenerates docs/forms/phieu-xu-ly-van-ban-den.png and docs/forms/phieu-trinh.png (skipped unless asked):
 *   RENDER_SAMPLES=1 npx jest apps/api/src/documents/document-forms/document-slips.spec.ts
 */
(!process.env.RENDER_SAMPLES ? describe.skip : describe)('sample pictures of the slips (docs/forms)', () => {
  const out = resolve(__dirname, '../../../../../docs/forms');
  it.each([
    ['phieu-xu-ly-van-ban-den', 'processing-slip'],
    ['phieu-trinh', 'submission-slip'],
  ] as const)('%s', async (file, kind) => {
    mkdirSync(out, { recursive: true });
    const pdf = join(out, `${file}.pdf`);
    writeFileSync(pdf, (await render(kind, historyUntil('signed'))).pdf);
    // -singlefile: a one-page slip keeps the plain name.
    execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', pdf, join(out, file)]);
    rmSync(pdf);
  });
});
