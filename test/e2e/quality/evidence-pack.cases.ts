import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzip } from '@office/audit/testing/unzip';
import { REQUIRED_REVIEW_TOPICS } from '@office/domain';
import { beforeAll, describe, it } from '@jest/globals';
import { expect } from '../../support/expect';
import { eventually, step, userId } from '../../support/onestop-desk';
import { scratchFolders } from '../../support/scratch-folders';
import { useTestApp } from '../../support/test-app';

/** The API's today moves on in steps, so that a version is approved after the declaration, not at its instant. */
let now = new Date('2026-10-02T03:00:00Z');
const later = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));
const DECLARED = '8.000301';
const ADDED = '8.000302';

const version = (overrides: Record<string, unknown> = {}) => ({
  effectiveFrom: '2026-01-01',
  effectiveTo: null,
  publishingDecision: 'Quyết định số 100/QĐ-UBND ngày 20/12/2025',
  legalBasis: ['Luật Đầu tư 2020'],
  requiredItems: [{ name: 'Văn bản đề nghị', form: 'original', quantity: 1, mandatory: true }],
  statutoryDays: 10,
  onlineLevel: 'partial',
  resultType: 'Quyết định',
  supplementPolicy: 'restart',
  steps: [{ no: 1, task: 'Giải quyết', unit: 'Phòng Kinh tế', role: 'specialist', workingDays: 10 }],
  ...overrides,
});

const hasPdftotext = (() => { try { execFileSync('pdftotext', ['-v'], { stdio: 'ignore' }); return true; } catch { return false; } })();

describe('the ISO evidence pack with the quality system, the December report and the renewal after a scope change, over HTTP', () => {
  const app = useTestApp({ clock: () => now });
  const scratch = scratchFolders();
  const must = async (username: string, path: string, body: unknown) => {
    const answer = await step(app, username, path, body);
    if (answer.status !== 201) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body as { id: string };
  };
  const scopeWarnings = async () => ((await app.get('thuky.iso', '/api/quality/queue')).body.warnings as Array<{ kind: string }>).filter((w) => w.kind === 'declaration_scope');

  beforeAll(async () => {
    await must('thuky.iso', '/api/procedures', { code: DECLARED, name: 'Thủ tục thử nghiệm hồ sơ ISO', fieldCode: 'KH-DT' });
    await must('thuky.iso', `/api/procedures/${DECLARED}/versions`, version());
    await must('chanh.vp', `/api/procedures/${DECLARED}/versions/1/approve`, { decisionRef: '15/QĐ-VP' });
    await must('thuky.iso', '/api/quality/legal-changes', { docSymbol: '20/2026/NĐ-CP', excerpt: 'Sửa đổi thành phần hồ sơ', issuedOn: '2026-04-10', effectiveFrom: '2026-05-01', procedureCodes: [DECLARED] });
    await must('thuky.iso', '/api/quality/nonconformities', {
      source: 'inspection', sourceRef: 'Biên bản kiểm tra số 3/2026', clause: '8.5.1', description: 'Phiếu kiểm soát quá trình thiếu chữ ký', severity: 'minor', procedureCode: DECLARED,
    });
    const inputs = REQUIRED_REVIEW_TOPICS.map((topic) => ({ topic, summary: `Tình hình ${topic}` }));
    const review = await must('thuky.iso', '/api/quality/reviews', { heldOn: '2026-10-01', chairId: userId('chanh.vp'), inputs, decisions: ['Rà soát lại phiếu kiểm soát quá trình'] });
    await must('chanh.vp', `/api/quality/reviews/${review.id}/confirm`, { note: 'Hệ thống có hiệu lực' });
    later(5);
    await must('chanh.vp', '/api/quality/declarations', { decisionNo: '45/QĐ-VP', declaredOn: '2026-10-02', reviewId: review.id, procedureCodes: [DECLARED] });
    later(60);
    await must('thuky.iso', '/api/procedures', { code: ADDED, name: 'Thủ tục mới đưa vào phạm vi', fieldCode: 'KH-DT' });
    await must('thuky.iso', `/api/procedures/${ADDED}/versions`, version({ effectiveFrom: '2026-10-01' }));
    await must('chanh.vp', `/api/procedures/${ADDED}/versions/1/approve`, { decisionRef: '50/QĐ-VP' });
    reviewId = review.id;
  });
  let reviewId = '';

  it('a procedure approved after the declaration puts "declare again" in the queue until a new declaration covers it', async () => {
    const [warning] = await eventually(scopeWarnings, (w) => w.length === 1);
    expect(warning).toEqual({
      kind: 'declaration_scope', year: 2026, message: 'Phạm vi thay đổi sau công bố: cần công bố lại',
      declaration: { id: expect.any(String), decisionNo: '45/QĐ-VP', declaredOn: '2026-10-02' }, procedures: { added: [ADDED], removed: [] },
    });
    const report = await app.get('thuky.iso', '/api/quality/annual-report?year=2026');
    expect(report.body.scope.change).toEqual({ added: [ADDED], removed: [] });
    expect(report.body.proposals).toContain('Công bố lại hệ thống quản lý chất lượng phù hợp do phạm vi áp dụng đã thay đổi.');
    // The report names what its time figures were measured against, and lists the office's own processes in force.
    expect(report.body.basis).toMatchObject({ documentSteps: [{ processCode: 'QT-VB-01', version: '1' }, { processCode: 'QT-VB-02', version: '1' }], calendarVersion: expect.stringMatching(/^VN /) });
    expect(report.body.processes.map((p: { code: string }) => p.code)).toEqual(expect.arrayContaining(['QT-VB-01', 'QT-VB-02']));
  });

  it('streams a year\'s pack whose every file, the quality parts and the ISO summary included, matches its manifest', async () => {
    const response = await fetch(`${app.baseUrl}/api/iso/evidence?from=2026-01-01&to=2026-12-31`, { headers: { authorization: `Bearer ${await app.login('kiemtoan1')}` } });
    expect(response.status).toBe(200);
    const entries = unzip(Buffer.from(await response.arrayBuffer()));
    const manifest = JSON.parse(entries[0].data.toString('utf8'));
    const files = new Map(entries.slice(1).map((e) => [e.name, e.data]));
    expect([...files.keys()].sort()).toEqual(manifest.files.map((f: { name: string }) => f.name).sort());
    for (const file of manifest.files as Array<{ name: string; sha256: string; size: number }>) {
      expect(files.get(file.name)!.length, file.name).toBe(file.size);
      expect(createHash('sha256').update(files.get(file.name)!).digest('hex'), file.name).toBe(file.sha256);
    }
    const quality = ['so-theo-doi-quy-trinh.csv', 'hieu-qua-thu-tuc.csv', 'hieu-qua-buoc-ho-so.csv', 'so-cap-nhat-van-ban-phap-luat.csv', 'danh-gia-noi-bo.csv',
      'khong-phu-hop-khac-phuc.csv', 'xem-xet-lanh-dao.csv', 'cong-bo-phu-hop.csv', 'muc-do-hai-long.csv', 'muc-tieu-chat-luong.csv', 'tu-kiem-tra.csv'];
    for (const name of quality) expect([...files.get(name)!.subarray(0, 3)], name).toEqual([0xef, 0xbb, 0xbf]);
    // The register: the two versions of the procedure, and QT-VB-01 v1 and QT-VB-02 v1, the Office's document processes.
    expect(manifest.counts.quality).toMatchObject({ 'so-theo-doi-quy-trinh.csv': 4, 'so-cap-nhat-van-ban-phap-luat.csv': 1, 'khong-phu-hop-khac-phuc.csv': 1, 'xem-xet-lanh-dao.csv': 1, 'cong-bo-phu-hop.csv': 1, 'muc-do-hai-long.csv': 24 });
    const text = (name: string) => files.get(name)!.toString('utf8');
    expect(text('so-theo-doi-quy-trinh.csv')).toContain(`${DECLARED},Thủ tục thử nghiệm hồ sơ ISO,KH-DT,1,01/01/2026,,10,Quyết định số 100/QĐ-UBND ngày 20/12/2025,15/QĐ-VP,Phạm Minh Đức,02/10/2026,Luật Đầu tư 2020,"20/2026/NĐ-CP (hiệu lực 01/05/2026, hạn 01/08/2026: quá hạn)",62`);
    expect(text('so-theo-doi-quy-trinh.csv')).toContain('QT-VB-01,Xử lý văn bản đến');
    expect(text('so-theo-doi-quy-trinh.csv')).toContain('QT-VB-02,Xử lý văn bản đi');
    expect(text('so-cap-nhat-van-ban-phap-luat.csv')).toContain('20/2026/NĐ-CP,Sửa đổi thành phần hồ sơ,10/04/2026,01/05/2026,8.000301,chờ đánh giá tác động,,,01/08/2026,,quá hạn,62');
    expect(text('khong-phu-hop-khac-phuc.csv')).toContain('"thanh tra, kiểm tra",Biên bản kiểm tra số 3/2026,8.5.1,nhẹ');
    expect(text('xem-xet-lanh-dao.csv')).toContain('Rà soát lại phiếu kiểm soát quá trình,đã xác nhận hiệu lực');
    expect(text('cong-bo-phu-hop.csv')).toContain('45/QĐ-VP,02/10/2026,Phạm Minh Đức,8.000301');
    expect(manifest.counts.quality['tu-kiem-tra.csv']).toBeGreaterThan(5);
    expect(text('tu-kiem-tra.csv')).toContain('Năm,Điểm,Nội dung,Căn cứ,Kết quả,Trả lời từ nhật ký,Minh chứng,Liên kết');

    // The summary prints the digest of every file listed before it: recomputed here from the manifest alone.
    const names = manifest.files.map((f: { name: string }) => f.name);
    const before = manifest.files.slice(0, names.indexOf('tom-tat-ho-so-iso.pdf')) as Array<{ name: string; sha256: string }>;
    const digest = createHash('sha256').update(before.map((f) => `${f.sha256}  ${f.name}\n`).join('')).digest('hex');
    expect(manifest.filesDigest).toBe(digest);
    expect(names[names.length - 1]).toBe('tom-tat-ho-so-iso.pdf');
    if (hasPdftotext) {
      const path = join(scratch('pack-'), 'tom-tat-ho-so-iso.pdf');
      writeFileSync(path, files.get('tom-tat-ho-so-iso.pdf')!);
      const summary = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      expect(summary).toContain(digest);
      expect(summary).toContain('Điểm không phù hợp chưa đóng: 1');
      expect(summary).toContain('0 đúng hạn, 0 trễ hạn, 1 đang quá hạn');
      // Both document processes, each with its version, approval and limits, as the compliance table measured them.
      expect(summary).toMatch(/Bước xử lý văn bản đo theo: quy trình QT-VB-01 phiên bản 1, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN \S+/);
      expect(summary).toMatch(/QT-VB-01 Xử lý văn bản đến\. Phiên bản 1: hiệu lực từ 05\/03\/2020; phê duyệt: .+ Thời hạn: Phân phối văn bản đến: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày\./);
      expect(summary).toMatch(/QT-VB-02 Xử lý văn bản đi\. Phiên bản 1: .+ Thời hạn: Phát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày\./);
      expect(summary).toContain('Sổ đăng ký văn bản đến CSV, XLSX');
      expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    }
  });

  it('the December report in JSON and PDF; a new declaration covering the procedure clears the warning', async () => {
    expect((await app.get('vanthu1', '/api/quality/annual-report')).status).toBe(403);
    expect((await app.get('thuky.iso', '/api/quality/annual-report?format=docx')).body).toMatchObject({ statusCode: 400, details: [{ field: 'format' }] });
    const report = await app.get('chanh.vp', '/api/quality/annual-report?year=2026');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      year: 2026, period: { from: '2026-01-01', to: '2026-12-31' }, asOf: '2026-10-02',
      scope: { declaration: { decisionNo: '45/QĐ-VP', procedureCodes: [DECLARED] }, proceduresInForce: 2 },
      legalChanges: { total: 1, overdue: 1 }, reviews: { held: 1, confirmed: 1 }, nonconformities: { raised: 1, open: 1, bySource: { inspection: 1 } },
      projectedPosition: expect.stringMatching(/^\d+$/),
    });
    const pdf = await fetch(`${app.baseUrl}/api/quality/annual-report?year=2026&format=pdf`, { headers: { authorization: `Bearer ${await app.login('thuky.iso')}` } });
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (hasPdftotext) {
      const path = join(scratch('annual-'), 'bao-cao.pdf');
      writeFileSync(path, bytes);
      const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
      expect(text).toContain('Quyết định công bố số 45/QĐ-VP');
      expect(text).toContain('20/2026/NĐ-CP');
    }

    later(5);
    await must('chanh.vp', '/api/quality/declarations', { decisionNo: '60/QĐ-VP', declaredOn: '2026-10-02', reviewId, procedureCodes: [DECLARED, ADDED] });
    expect(await eventually(scopeWarnings, (w) => w.length === 0)).toEqual([]);
  });
});
