import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from '@jest/globals';
import { printedProcessBases, resolvePdfFont } from '@office/forms';
import { hasPdfToText } from '@office/forms/testing/pdf-text';
import { yearWithVersionChange } from '@office/forms/quality/testing/process-basis-sources';
import { expect } from '../../../../test/support/expect';
import { HashedOutput } from './hashed-output';
import { writeSummaryPdf, type EvidenceSummary } from './pdf-summary';

const hasFont = (() => { try { resolvePdfFont(); return true; } catch { return false; } })();
const dir = mkdtempSync(join(tmpdir(), 'evidence-summary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A year's pack (2026) as `EvidencePacks` describes it: four registers, the compliance table, the events, QT-VB-01 changing version in December. */
function yearPack(): EvidenceSummary {
  const sources = yearWithVersionChange();
  const versionOf = (code: string) => sources.processes.find((p) => p.processCode === code)!.version;
  const registers = ['so-van-ban-den', 'so-van-ban-den-mat', 'so-van-ban-di', 'so-van-ban-di-mat'].flatMap((base) => [`${base}.csv`, `${base}.xlsx`]);
  return {
    period: { from: '2026-01-01', to: '2026-12-31' }, field: null, generatedAt: '2026-12-02T03:00:00.000Z', generatedBy: 'Vũ Thị Lan (Kiểm toán viên)', storeHeadPosition: '123456',
    latestDigest: { day: '2026-12-01', headPosition: '123400', hash: 'a'.repeat(64) }, documents: 2321, restrictedWithheld: 99, events: 23456,
    registers: [{ title: 'Sổ văn bản đến', rows: 1234 }, { title: 'Sổ văn bản đến (mật)', rows: 56 }, { title: 'Sổ văn bản đi', rows: 987 }, { title: 'Sổ văn bản đi (mật)', rows: 43 }],
    steps: sources.steps.map((s, i) => ({
      name: s.name, count: 1000 + i, onTime: 900, late: 100 + i, onTimeRate: 0.9, medianWorkingDays: 1.5, p90WorkingDays: 4, basis: { processCode: s.basis.processCode, version: versionOf(s.basis.processCode) },
    })),
    processes: printedProcessBases(sources),
    verification: { ok: true, eventsChecked: 23456, streamsChecked: 2321, problem: null, digestsChecked: 300, digestsOk: true },
    files: [...registers, 'tuan-thu-thoi-han.csv', 'su-kien.csv', 'su-kien.jsonl', 'tep-dinh-kem.csv', 'kiem-tra-chuoi-bam.json'].map((name, i) => ({ name, size: 100_000 * (i + 1), sha256: String(i % 10).repeat(64) })),
  };
}

describe('the evidence pack\'s one-page summary (tom-tat.pdf)', () => {
  (!hasFont || !hasPdfToText() ? it.skip : it)('prints every process the steps were measured against, each step beside its process, on one page for a year', async () => {
    const out = new HashedOutput('tom-tat.pdf', join(dir, 'tom-tat.pdf'));
    await writeSummaryPdf(out.stream, yearPack(), resolvePdfFont());
    const path = join(dir, (await out.finished(false)).name);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)![1]).toBe('1');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/g, ' ');
    for (const expected of [
      'BỘ HỒ SƠ MINH CHỨNG ISO 9001:2015', '2. Tuân thủ thời hạn theo từng bước của quy trình',
      'Đo theo quy trình QT-VB-01 phiên bản 1+2, quy trình QT-VB-02 phiên bản 1; lịch làm việc VN 2025.1+2026.1+2027.1-provisional; mỗi bước theo quy trình của bước', '• QT-VB-01 Xử lý văn bản đến',
      '– Phiên bản 1: hiệu lực 05/03/2020 – 30/11/2026; phê duyệt: Quy chế làm việc của Văn phòng UBND tỉnh, ngày 02/01/2026',
      '– Phiên bản 2: hiệu lực từ 01/12/2026; phê duyệt: 12/QĐ-VP, ngày 20/11/2026',
      '– Thẩm định, trình: v1: 5 ngày làm việc; v2 từ 01/12/2026: 4 ngày làm việc', '– Giải quyết theo thời hạn lãnh đạo giao: Ngày lãnh đạo giao (kể cả gia hạn)',
 '• QT-VB-02 Xử lý văn bản đi', '– Phát hành văn bản đã ký: Ngày làm việc tiếp theo; văn bản khẩn trở lên: trong ngày',
      'Phân phối văn bản đến QT-VB-01 v1+2 1000', 'Phát hành văn bản đã ký QT-VB-02 v1 1003', 'Kết quả: TOÀN VẸN', 'kiem-tra-chuoi-bam.json',
    ]) expect(text).toContain(expected);
  });
});
