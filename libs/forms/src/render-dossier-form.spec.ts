import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import type { RuleSetCode } from '@office/domain';
import { describe, it } from '@jest/globals';
import { expect } from '../../../test/support/expect';
import { DOSSIER_FORM_KINDS, type DossierFormKind } from './form-editions';
import { lookupUrl } from './forms/appointment-slip';
import { PdfFontMissingError, resolvePdfFont } from './pdf-font';
import { renderDossierForm, writeDossierForm } from './render-dossier-form';
import { hasPdfToText, pdfPages, readAll } from './testing/pdf-text';
import { sampleViews } from './testing/sample-views';

const RULE_SETS: readonly RuleSetCode[] = ['nd61-2018', 'nd118-2025'];

/** The rendered form, its pages' text with whitespace runs made single spaces (lines wrap anywhere). */
async function render<K extends DossierFormKind>(kind: K, ruleSet: RuleSetCode, tweak: (views: ReturnType<typeof sampleViews>) => void = () => undefined) {
  const views = sampleViews(ruleSet);
  tweak(views);
  const pdf = await readAll(renderDossierForm(kind, views[kind]));
  const pages = pdfPages(pdf).map((page) => page.replace(/\s+/g, ' '));
  return { pdf, pages, text: pages.join(' ') };
}

describe('lookupUrl', () => {
  it('carries the code and PIN to the portal lookup, encoded', () => {
    expect(lookupUrl('https://dichvucong.anthanh.gov.vn/', 'VPUB-260305-0007', '48 29')).toBe('https://dichvucong.anthanh.gov.vn/tra-cuu?ma=VPUB-260305-0007&pin=48%2029');
  });
});

describe('renderDossierForm', () => {
  it.each(DOSSIER_FORM_KINDS.flatMap((kind) => RULE_SETS.map((ruleSet) => [kind, ruleSet] as const)))('streams a whole PDF of %s (%s)', async (kind, ruleSet) => {
    const pdf = await readAll(renderDossierForm(kind, sampleViews(ruleSet)[kind]));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1').trim()).toBe('%%EOF');
  });

  it('writes to a Writable and resolves when it is done', async () => {
    let bytes = 0;
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((bytes += chunk.length), done()) });
    await writeDossierForm('refusal', sampleViews('nd118-2025').refusal, sink);
    expect(bytes).toBeGreaterThan(1000);
  });

  (!existsSync('/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf') ? it.skip : it)('refuses, before writing, a font without Vietnamese letters', () => {
    const font = resolvePdfFont({ PDF_FONT: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf' });
    expect(() => renderDossierForm('refusal', sampleViews('nd118-2025').refusal, { font })).toThrow(PdfFontMissingError);
  });
});

(!hasPdfToText() ? describe.skip : describe)('the printed text of each form (needs pdftotext from poppler-utils; skipped when absent)', () => {
  const HEADER = ['UBND TỈNH AN THÀNH', 'VĂN PHÒNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];

  it('appointment slip (Mẫu 01): applicant, items, times, fee, register, signatures, code and PIN', async () => {
    const { text, pages } = await render('appointment-slip', 'nd118-2025');
    expect(pages).toHaveLength(1);
    for (const phrase of [
      ...HEADER,
      'Mẫu số 01 (kèm theo Thông tư số 03/2025/TT-VPCP)',
      'Số: VPUB-260305-0007',
      'An Thành, ngày 05 tháng 3 năm 2026',
      'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
      'Họ và tên: Nguyễn Thị Minh Nguyệt',
      'Số điện thoại: 0912 345 678',
      'Email: nguyet.ntm@example.vn',
      'Nội dung yêu cầu giải quyết: Phê duyệt hoặc điều chỉnh phương án quản lý rừng bền vững của chủ rừng là tổ chức',
      'Quyết định thành lập tổ chức chủ rừng',
      'Bản sao chứng thực',
      '2. Số lượng hồ sơ: 1 bộ',
      '3. Thời gian giải quyết hồ sơ theo quy định: 20 ngày làm việc',
      '4. Thời gian nhận hồ sơ: 09 giờ 07 phút, ngày 05 tháng 3 năm 2026',
      '5. Thời gian trả kết quả giải quyết hồ sơ: ngày 02 tháng 4 năm 2026',
      '7. Phí, lệ phí: 1.500.000 đồng',
      'Vào Sổ theo dõi hồ sơ, Quyển số: 2026, Số thứ tự: 7.',
      'NGƯỜI NỘP HỒ SƠ',
      'NGƯỜI TIẾP NHẬN HỒ SƠ',
      'Kiều Thị Yến',
      'Mã tra cứu: 482915',
      'https://dichvucong.anthanh.gov.vn/tra-cuu',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('supplement request (Mẫu 02): every missing item with its reason, the officer and the contact', async () => {
    const { text } = await render('supplement-request', 'nd118-2025', (views) => {
      views['supplement-request'].dossierCode = 'VPUB-260305-0007';
    });
    for (const phrase of [
      ...HEADER,
      'Mẫu số 02',
      'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
      'Số: 15/PYCBS-BPMC',
      'Mã hồ sơ: VPUB-260305-0007',
      'Văn bản ý kiến của UBND cấp xã nơi có rừng',
      'Chưa có trong hồ sơ',
      'Bản sao chưa được chứng thực',
      'số điện thoại 0200 3 812 345',
      'NGƯỜI HƯỚNG DẪN',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('refusal (Mẫu 03): the reason and its legal basis', async () => {
    const { text } = await render('refusal', 'nd61-2018');
    for (const phrase of ['Mẫu số 03 (kèm theo Thông tư số 01/2018/TT-VPCP)', 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ', 'Số: 03/PTC-BPMC', 'khoản 2 Điều 10 Nghị định số 118/2025/NĐ-CP', 'không thuộc thẩm quyền giải quyết của Văn phòng UBND tỉnh.']) {
      expect(text).toContain(phrase);
    }
  });

  it('apology (Mẫu 04): received on, old date, reason, new date, worded per rule set', async () => {
    const old = await render('apology', 'nd61-2018');
    for (const phrase of [
      'Mẫu số 04 (kèm theo Thông tư số 01/2018/TT-VPCP)',
      'PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
      'Kính gửi: Ông/Bà Nguyễn Thị Minh Nguyệt',
      'lúc 09 giờ 07 phút, ngày 06 tháng 5 năm 2025, mã hồ sơ VPUB-250506-0012',
      'Thời gian hẹn trả kết quả giải quyết hồ sơ: ngày 04 tháng 6 năm 2025.',
      'Lý do: hồ sơ phải lấy ý kiến Sở Nông nghiệp và Môi trường',
      'hẹn lại thời gian trả kết quả giải quyết hồ sơ vào ngày 13 tháng 6 năm 2025',
      'KT. CHÁNH VĂN PHÒNG',
      'Hoàng Văn Nam',
    ]) {
      expect(old.text).toContain(phrase);
    }
    const current = await render('apology', 'nd118-2025');
    expect(current.text).toContain('Mẫu số 04 (kèm theo Thông tư số 03/2025/TT-VPCP)');
    expect(current.text).toContain('VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT');
    expect(current.text).toContain('đề nghị Ông/Bà đồng ý gia hạn thời gian giải quyết hồ sơ đến ngày 10 tháng 4 năm 2026');
    expect(current.text).not.toContain('PHIẾU XIN LỖI');
  });

  it('stop notice: Mẫu 05 under NĐ 118/2025, the same notice without a number under NĐ 61/2018', async () => {
    const current = await render('stop-notice', 'nd118-2025');
    expect(current.text).toContain('Mẫu số 05 (kèm theo Thông tư số 03/2025/TT-VPCP)');
    expect(current.text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(current.text).toContain('VPUB-260305-0007');
    expect(current.text).toContain('Lý do: theo đơn đề nghị dừng giải quyết hồ sơ của tổ chức nộp hồ sơ.');
    const old = await render('stop-notice', 'nd61-2018');
    expect(old.text).toContain('THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ');
    expect(old.text).not.toContain('Mẫu số');
  });

  it('control sheet (2018 Mẫu 05, 2025 Mẫu 06): header and a row per hand-over with its result', async () => {
    const old = await render('control-sheet', 'nd61-2018');
    expect(old.text).toContain('Mẫu số 05 (kèm theo Thông tư số 01/2018/TT-VPCP)');
    const { text } = await render('control-sheet', 'nd118-2025');
    for (const phrase of [
      'Mẫu số 06 (kèm theo Thông tư số 03/2025/TT-VPCP)',
      'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
      'Mã hồ sơ: VPUB-260305-0007',
      'Cơ quan (bộ phận) giải quyết hồ sơ: Phòng Kinh tế, Văn phòng UBND tỉnh An Thành',
      'Cơ quan phối hợp giải quyết hồ sơ: Sở Nông nghiệp và Môi trường',
      'Hẹn trả kết quả: ngày 02 tháng 4 năm 2026',
      'Giao: Kiều Thị Yến, Bộ phận tiếp nhận và trả kết quả',
      'Nhận: Đặng Quang Huy, Trưởng phòng Kinh tế',
      '13 giờ 37 phút, ngày 05 tháng 3 năm 2026',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Không tính thời gian',
    ]) {
      expect(text).toContain(phrase);
    }
  });

  it('continues a control sheet of 40 hand-overs on further pages, each with the table header and its number', async () => {
    const { pages } = await render('control-sheet', 'nd118-2025', (views) => {
      views['control-sheet'].rows = sampleViews('nd118-2025', 40)['control-sheet'].rows;
    });
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, i) => {
      expect(page).toContain('Thời gian giao, nhận hồ sơ');
      if (i > 0) expect(page.trim().startsWith(String(i + 1))).toBe(true);
    });
    expect(pages.at(-1)).toContain('40. ');
  });

  it('prints decomposed Vietnamese input as composed letters', async () => {
    const { text } = await render('refusal', 'nd118-2025', (views) => {
      views.refusal.applicant = { ...views.refusal.applicant, name: 'Trần Thị Ngọc Ánh'.normalize('NFD') };
    });
    expect(text).toContain('Họ và tên: Trần Thị Ngọc Ánh');
  });
});
