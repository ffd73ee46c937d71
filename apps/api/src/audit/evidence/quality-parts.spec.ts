import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { HashedOutput } from '@office/audit';
import { packedBytes } from '@office/audit/testing/packed-bytes';
import { DEMO_ORGANISATION } from '@office/domain';
import { annualQualityReportPdf, DEMO_OFFICE, printedProcessBases, resolvePdfFont, writeIsoPackSummary } from '@office/forms';
import { yearWithVersionChange } from '@office/forms/quality/testing/process-basis-sources';
import { describe, it } from '@jest/globals';
import { expect } from '../../../../../test/support/expect';
import { scratchFolders } from '../../../../../test/support/scratch-folders';
import { annualQualityReport } from '../../quality/annual-report/annual-report';
import { filesDigest, qualityHeadline, qualityParts, writePart } from './quality-parts';
import { sampleQualityFigures } from './testing/quality-figures';

const hasFont = (() => { try { resolvePdfFont(); return true; } catch { return false; } })();
const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).normalize('NFC');
/** Where the pictures of the documents go (docs/forms), when RENDER_FORMS=1 asks for them. */
const PICTURES = join(__dirname, '../../../../../docs/forms');
const scratch = scratchFolders();

async function writtenCsv(name: string): Promise<string> {
  const part = qualityParts(sampleQualityFigures(), DEMO_ORGANISATION).find((p) => p.name === name)!;
  const dir = scratch('quality-part-');
  const { file, rows } = await writePart(dir, part);
  const bytes = packedBytes(dir, file);
  expect(file).toMatchObject({ name, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length });
  expect(rows).toBe([...part.rows].length);
  expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  return bytes.toString('utf8').slice(1);
}

describe('the quality parts of the evidence pack', () => {
  it('lists every part of issue #12 item 7 once', () => {
    expect(qualityParts(sampleQualityFigures(), DEMO_ORGANISATION).map((p) => p.name)).toEqual([
      'so-theo-doi-quy-trinh.csv', 'hieu-qua-thu-tuc.csv', 'hieu-qua-buoc-ho-so.csv', 'so-cap-nhat-van-ban-phap-luat.csv', 'danh-gia-noi-bo.csv',
      'khong-phu-hop-khac-phuc.csv', 'xem-xet-lanh-dao.csv', 'cong-bo-phu-hop.csv', 'muc-do-hai-long.csv', 'muc-tieu-chat-luong.csv', 'tu-kiem-tra.csv',
    ]);
  });

  it('the objectives measured from the log and the self-check list, point by point with its evidence and links', async () => {
    expect(await writtenCsv('muc-tieu-chat-luong.csv')).toContain('2026,MT1,Giải quyết hồ sơ đúng hạn,Tỷ lệ hồ sơ đúng hạn,98,7,8,87.5,%,không đạt,rm_dossiers');
    expect(await writtenCsv('tu-kiem-tra.csv')).toContain('2026,legal_updates,Cập nhật văn bản pháp luật,TT 26 Art. 36,đạt một phần,có,"1 trễ hạn, 1 quá hạn",07/2026/TT-BKHĐT: /quality/legal-changes/l2');
  });

  it('the process register names the version, its approval (who, when, decision), legal basis and the legal change with its days late', async () => {
    const lines = (await writtenCsv('so-theo-doi-quy-trinh.csv')).split('\r\n');
    expect(lines[0]).toContain('Mã thủ tục,Tên thủ tục,Lĩnh vực,Phiên bản,Hiệu lực từ');
    expect(lines[1]).toBe(
      '1.004227,"Cấp giấy phép ""thử nghiệm"", loại A",KH-DT,2,01/03/2026,,15,100/QĐ-UBND,12/QĐ-VP,Phạm Minh Đức,20/02/2026,Luật Đầu tư 2020; NĐ 31/2021/NĐ-CP,' +
        '"05/2026/NĐ-CP (hiệu lực 01/11/2025, hạn 01/02/2026: trễ hạn)",19',
    );
    // The office's own process beside the procedures: its steps' limits, approval and the basis of each limit.
    // A line per step in the limits cell, worded as the compliance table words them.
    expect(lines[2]).toMatch(/^QT-VB-01,Xử lý văn bản đến,Quy trình nội bộ,1,05\/03\/2020,,"Trình, phân phối văn bản đến: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày\n/);
    expect(lines[2]).toContain('Thẩm định, trình lãnh đạo (phiếu trình): 5 ngày làm việc\nPhát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày"');
    expect(lines[2]).toContain(',01/QĐ-VP,Phạm Minh Đức,02/01/2026,');
    expect(lines[2]).toContain('Trình, phân phối văn bản đến: Khoản 1 Điều 23 Nghị định 30/2020/NĐ-CP; Yêu cầu bổ sung hồ sơ chưa đầy đủ: Điểm 10.2.2 Quy chế làm việc');
    // QT-VB-02 beside it: the steps no source gives a limit say so.
    expect(lines[3]).toMatch(/^QT-VB-02,Xử lý văn bản đi,Quy trình nội bộ,1,05\/03\/2020,,"Soạn thảo dự thảo văn bản, trình kèm phiếu trình: Không quy định thời hạn \(chưa có căn cứ\)\n/);
    expect(lines[3]).toContain('Phát hành văn bản đã ký: Khoản 1 Điều 18 Nghị định 30/2020/NĐ-CP');
    expect(lines).toHaveLength(5);
  });

  it('performance per procedure ends with the totals; per dossier step with its rates', async () => {
    const procedures = (await writtenCsv('hieu-qua-thu-tuc.csv')).split('\r\n');
    expect(procedures[1]).toBe('1.004227,"Cấp giấy phép ""thử nghiệm"", loại A",1,10,8,2,5,1,2,1,87.50');
    expect(procedures[2]).toBe(',Tổng cộng,1,10,8,2,5,1,2,1,87.50');
    const steps = (await writtenCsv('hieu-qua-buoc-ho-so.csv')).split('\r\n');
    expect(steps.slice(1, 3)).toEqual(['1,Tiếp nhận,10,0,9,1,0,90.00,0.5,1', '2,Thẩm định,8,2,6,0,0,100.00,5,8']);
  });

  it('the legal-change log, audits, NC/CA log, reviews, declarations and satisfaction each say what an inspector asks', async () => {
    const changes = await writtenCsv('so-cap-nhat-van-ban-phap-luat.csv');
    expect(changes).toContain('05/2026/NĐ-CP,Sửa đổi thủ tục,01/10/2025,01/11/2025,1.004227,đã cập nhật quy trình,phải cập nhật: Đổi thành phần hồ sơ,1.004227 v2 (20/02/2026),01/02/2026,20/02/2026,trễ hạn,19');
    expect(changes).toContain('07/2026/TT-BKHĐT,Biểu mẫu mới,01/06/2026,15/07/2026,1.004227,đang cập nhật quy trình,phải cập nhật: Đổi mẫu đơn,,15/10/2026,,quá hạn,48');
    expect(await writtenCsv('danh-gia-noi-bo.csv')).toContain('2026,Đánh giá nội bộ năm 2026,01/10/2026,1.004227,Ngô Thị Mai,40/QĐ-VP (05/09/2026),01/10/2026,1,1,Một điểm không phù hợp nhẹ,1,đã kết thúc,20/10/2026');
    expect(await writtenCsv('khong-phu-hop-khac-phuc.csv')).toContain(
      '02/10/2026,đánh giá nội bộ,a1,8.5.1,nhẹ,"1.004227 Cấp giấy phép ""thử nghiệm"", loại A",Thiếu văn bản xin lỗi,Gửi văn bản xin lỗi,Chưa có nhắc việc,Bật cảnh báo hạn,Dương Văn Tùng,30/11/2026,,,đang thực hiện hành động khắc phục,',
    );
    expect(await writtenCsv('xem-xet-lanh-dao.csv')).toContain('2026,10/11/2026,Phạm Minh Đức,process_performance: Đạt 95 %,Bổ sung nhân lực bộ phận một cửa,đã xác nhận hiệu lực,"Phạm Minh Đức, 12/11/2026",Có hiệu lực');
    expect(await writtenCsv('cong-bo-phu-hop.csv')).toContain('45/QĐ-VP,15/11/2026,Phạm Minh Đức,1.004227,"Sở Khoa học và Công nghệ, 50/VP-HCTC, 16/11/2026",');
    const satisfaction = (await writtenCsv('muc-do-hai-long.csv')).split('\r\n');
    expect(satisfaction.slice(1, 3)).toEqual(['11/2026,Tỷ lệ hồ sơ được đánh giá hài lòng (4–5 điểm),3,4,75.00', '11/2026,Điểm hài lòng trung bình (thang 1–5),17,4,4.25']);
  });

  it('the headline: on-time rates, open nonconformities and the clocks overdue', () => {
    expect(qualityHeadline(sampleQualityFigures(), [{ onTime: 30, late: 10 }], '2026-12-02')).toEqual({
      dossiersOnTimeRate: 0.875, dossierStepsOnTimeRate: 0.9444, documentStepsOnTimeRate: 0.75, openNonconformities: 1,
      legalChangesOverdue: 1, legalChangesLate: 1, legalChangesOnTime: 0, actionsOverdue: 1,
    });
  });

  it('the files digest is the SHA-256 of the sha256sum lines of the files before the summary, in order', () => {
    const files = [{ name: 'a.csv', sha256: 'a'.repeat(64), size: 1 }, { name: 'b.csv', sha256: 'b'.repeat(64), size: 2 }];
    expect(filesDigest(files)).toBe(createHash('sha256').update(`${'a'.repeat(64)}  a.csv\n${'b'.repeat(64)}  b.csv\n`).digest('hex'));
    expect(filesDigest([...files].reverse())).not.toBe(filesDigest(files));
  });

  (!hasFont || !hasPdftotext ? it.skip : it)('the one-page summary in Vietnamese: office, period, counts of each part, rates, each process measured against, open NCs, clocks overdue and the digest', async () => {
    const dir = scratch('iso-summary-');
    const out = new HashedOutput('tom-tat-ho-so-iso.pdf', join(dir, 'tom-tat-ho-so-iso.pdf'));
    const figures = sampleQualityFigures();
    const parts = qualityParts(figures, DEMO_ORGANISATION).map((p) => ({ title: p.title, file: p.name, rows: [...p.rows].length }));
    const digest = 'f'.repeat(64);
    await writeIsoPackSummary(out.stream, {
      office: DEMO_OFFICE, period: { from: '2026-01-01', to: '2026-12-31' }, field: null, generatedAt: '2026-12-02T03:00:00.000Z', generatedBy: 'Đinh Thị Phương (Thư ký ISO)',
      // A year's pack: the four registers, the compliance table and the events before the quality parts; QT-VB-01 changed version in December.
      parts: [
        ...['Sổ văn bản đến', 'Sổ văn bản đến (mật)', 'Sổ văn bản đi', 'Sổ văn bản đi (mật)'].map((title, i) => ({ title, file: 'CSV, XLSX', rows: [1234, 56, 987, 43][i] })),
        { title: 'Tuân thủ thời hạn từng bước (văn bản đến, đi)', file: 'tuan-thu-thoi-han.csv', rows: 5 }, { title: 'Sự kiện của văn bản, có mã băm', file: 'su-kien CSV, JSONL', rows: 23456 }, ...parts,
      ],
      rates: { dossiers: 0.875, dossierSteps: 0.9444, documentSteps: 0.75 },
      processes: printedProcessBases(yearWithVersionChange()),
      openNonconformities: 1, clocksOverdue: { legalChanges: 1, actions: 1 }, legalChanges: { onTime: 0, late: 1 }, filesDigest: digest, storeHeadPosition: '4242',
    }, resolvePdfFont());
    const file = await out.finished(false);
    const path = join(dir, file.name);
    const pages = execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1];
    expect(pages).toBe('1');
    const text = pdfText(path).replace(/\s+/g, ' ');
    for (const expected of [
      'UBND TỈNH AN THÀNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TÓM TẮT HỒ SƠ MINH CHỨNG HỆ THỐNG QUẢN LÝ CHẤT LƯỢNG', '01/01/2026 – 31/12/2026, toàn cơ quan',
      '87,5 %', 'hồ sơ thủ tục 94,4 %; văn bản (đến, đi) 75,0 %', '0 đúng hạn, 1 trễ hạn, 1 đang quá hạn', 'Điểm không phù hợp chưa đóng: 1; hành động khắc phục quá hạn: 1',
      // Both processes, each version in force with its approval, each step's limit as the compliance table words it, and the calendar.
      'Bước xử lý văn bản đo theo: quy trình QT-VB-01 phiên bản 1+2, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN 2025.1+2026.1+2027.1-provisional',
      'QT-VB-01 Xử lý văn bản đến. Phiên bản 1: hiệu lực 05/03/2020 – 30/11/2026; phê duyệt: Quy chế làm việc của Văn phòng UBND tỉnh, ngày 02/01/2026. Phiên bản 2: hiệu lực từ 01/12/2026; phê duyệt: 12/QĐ-',
      'VP, ngày 20/11/2026. Thời hạn: Phân phối văn bản đến: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày. Yêu cầu bổ sung hồ sơ (hồ sơ chưa đầy đủ): 2 ngày làm việc. ' +
        'Thẩm định, trình: v1: 5 ngày làm việc; v2 từ 01/12/2026: 4 ngày làm việc. Giải quyết theo thời hạn lãnh đạo giao: Ngày lãnh đạo giao (kể cả gia hạn).',
      'QT-VB-02 Xử lý văn bản đi. Phiên bản 1: hiệu lực từ 05/03/2020; phê duyệt: Quy chế làm việc của Văn phòng UBND tỉnh, ngày 02/01/2026. Thời hạn: Phát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày.',
      'Sổ theo dõi quy trình', 'so-theo-doi-quy-trinh.csv', 'Sổ văn bản đến CSV, XLSX 1234', 'Mức độ hài lòng (Bộ chỉ số 766) muc-do-hai-long.csv 2', digest,
    ]) expect(text).toContain(expected);
    if (process.env.RENDER_FORMS === '1') execFileSync('pdftoppm', ['-png', '-r', '70', '-singlefile', path, join(PICTURES, 'tom-tat-ho-so-iso')]);
  });
});

describe('the December report to the province', () => {
  const report = () => annualQualityReport({
    year: 2026, figures: sampleQualityFigures(), documentSteps: [{ onTime: 30, late: 10 }],
    documentProcesses: [{ processCode: 'QT-VB-01', version: '1+2', calendarVersion: 'VN 2026.1' }, { processCode: 'QT-VB-02', version: '1', calendarVersion: 'VN 2026.1' }], organisation: DEMO_ORGANISATION, preparedBy: 'Đinh Thị Phương',
    scopeChange: { kind: 'declaration_scope', year: 2026, message: 'Phạm vi thay đổi sau công bố: cần công bố lại', declaration: { id: 'd1', decisionNo: '45/QĐ-VP', declaredOn: '2026-11-15' }, procedures: { added: ['2.000'], removed: [] } },
    now: new Date('2026-12-02T03:00:00Z'),
  });

  it('sums up the year from the same figures as the pack: scope, processes, legal changes, audits, reviews, NCs, declarations, performance, proposals', () => {
    const r = report();
    expect(r.asOf).toBe('2026-12-02');
    expect(r.scope).toEqual({ declaration: { decisionNo: '45/QĐ-VP', declaredOn: '2026-11-15', procedureCodes: ['1.004227'] }, proceduresInForce: 1, change: { added: ['2.000'], removed: [] } });
    expect(r.processes.map((p) => [p.code, p.version])).toEqual([['1.004227', 2], ['QT-VB-01', 1], ['QT-VB-02', 1]]);
    expect(r.processes[0]).toEqual({ code: '1.004227', name: 'Cấp giấy phép "thử nghiệm", loại A', version: 2, effectiveFrom: '2026-03-01', effectiveTo: null, decisionRef: '12/QĐ-VP', approvedOn: '2026-02-20' });
    expect(r.basis).toEqual({ documentSteps: [{ processCode: 'QT-VB-01', version: '1+2' }, { processCode: 'QT-VB-02', version: '1' }], calendarVersion: 'VN 2026.1' });
    expect(r.legalChanges).toMatchObject({ total: 2, onTime: 0, late: 1, overdue: 1, pending: 0 });
    expect(r.audits).toMatchObject({ planned: 1, reported: 1, findings: 1, nonconformityFindings: 1 });
    expect(r.reviews).toMatchObject({ held: 1, confirmed: 1, items: [{ chair: 'Phạm Minh Đức', confirmedOn: '2026-11-12' }] });
    expect(r.nonconformities).toEqual({ raised: 1, closed: 0, open: 1, bySource: { audit: 1 } });
    expect(r.declarations).toEqual([{ decisionNo: '45/QĐ-VP', declaredOn: '2026-11-15', procedures: 1, notifiedOn: '2026-11-16', postedOn: null }]);
    expect(r.performance).toEqual({
      dossiers: { received: 10, resolved: 8, early: 2, onTime: 5, late: 1, inProgressOverdue: 1, onTimeRate: 0.875 },
      dossierStepsOnTimeRate: 0.9444, documentStepsOnTimeRate: 0.75, satisfaction: { rated: 4, satisfiedShare: 0.75, meanScore: 4.25 },
    });
    expect(r.proposals).toEqual([
      'Bổ sung nhân lực bộ phận một cửa', 'Hoàn thành cập nhật quy trình theo 07/2026/TT-BKHĐT (quá hạn 48 ngày).',
      'Hoàn thành hành động khắc phục cho 1 điểm không phù hợp còn mở.', 'Công bố lại hệ thống quản lý chất lượng phù hợp do phạm vi áp dụng đã thay đổi.',
    ]);
  });

  (!hasFont || !hasPdftotext ? it.skip : it)('prints with the national header, every section in Vietnamese and the chief’s signature', async () => {
    const dir = scratch('annual-report-');
    const chunks: Buffer[] = [];
    const pdf = annualQualityReportPdf(report(), DEMO_OFFICE, resolvePdfFont(process.env, 'serif'));
    for await (const chunk of pdf.pipe(new PassThrough())) chunks.push(chunk as Buffer);
    const path = join(dir, 'bao-cao.pdf');
    writeFileSync(path, Buffer.concat(chunks));
    const text = pdfText(path).replace(/\s+/g, ' ');
    for (const expected of [
      'UBND TỈNH AN THÀNH', 'VĂN PHÒNG', 'Độc lập - Tự do - Hạnh phúc', 'BÁO CÁO', 'Kính gửi: Sở Khoa học và Công nghệ',
      '1. Phạm vi áp dụng hệ thống', 'Quyết định công bố số 45/QĐ-VP ngày 15/11/2026', 'cần công bố lại: thêm 2.000',
      '2. Quy trình có hiệu lực trong năm', '12/QĐ-VP (20/02/2026)', '3. Cập nhật văn bản quy phạm pháp luật', '0 cập nhật đúng hạn, 1 cập nhật trễ hạn, 1 đang quá hạn',
      '4. Đánh giá nội bộ', '5. Xem xét của lãnh đạo', 'chủ trì Phạm Minh Đức', '6. Điểm không phù hợp', 'đánh giá nội bộ: 1', '7. Công bố',
      '8. Kết quả giải quyết', '87,5 %', 'điểm trung bình 4,25/5', 'QT-VB-02',
      'Căn cứ số liệu: hồ sơ tính theo thời hạn của phiên bản thủ tục có hiệu lực khi tiếp nhận (mục 2); bước xử lý văn bản đo theo quy trình QT-VB-01 phiên bản 1+2, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN 2026.1', '9. Đề xuất, kiến nghị', 'Bổ sung nhân lực bộ phận một cửa', 'CHÁNH VĂN PHÒNG', 'Nơi nhận:',
    ]) expect(text).toContain(expected);
    if (process.env.RENDER_FORMS === '1') execFileSync('pdftoppm', ['-png', '-r', '70', path, join(PICTURES, 'bao-cao-iso-nam')]);
  });
});
