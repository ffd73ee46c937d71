import type { Writable } from 'node:stream';
import { hanoiDateTime, vietnameseDay } from '../labels';
import { newPdfDocument } from '@office/forms/layout/pdf-document';
import { PdfFontMissingError, type PdfFont } from '@office/forms/pdf-font';
import { measuredAgainst, processLimitLines, processTitle, processVersionLines, type PrintedProcessBasis } from '@office/forms/quality/process-basis';

export interface SummaryStep {
  name: string;
  count: number;
  onTime: number;
  late: number;
  onTimeRate: number | null;
  medianWorkingDays: number | null;
  p90WorkingDays: number | null;
  /** The step's own process and the version(s) it was measured against. */
  basis: { processCode: string; version: string };
}

/** What the one-page summary says. */
export interface EvidenceSummary {
  period: { from: string; to: string };
  field: string | null;
  generatedAt: string;
  generatedBy: string;
  storeHeadPosition: string;
  latestDigest: { day: string; headPosition: string; hash: string } | null;
  documents: number;
  restrictedWithheld: number;
  events: number;
  registers: Array<{ title: string; rows: number }>;
  steps: SummaryStep[];
  /** Every process the steps were measured against: version(s), approval, limits and calendar (DOMAIN.md §3, §7). */
  processes: PrintedProcessBasis[];
  verification: { ok: boolean; eventsChecked: number; streamsChecked: number; problem: string | null; digestsChecked: number; digestsOk: boolean };
  files: Array<{ name: string; size: number; sha256: string }>;
}

/** Letters a Vietnamese font must have; the standard PDF fonts lack them. */
const VIETNAMESE_SAMPLE = 'ĐđƠơƯưẤầẬệỄữỹ';

/** Writes the one-page summary in Vietnamese to `out`; resolves when pdfkit has written everything. */
export async function writeSummaryPdf(out: Writable, summary: EvidenceSummary, font: PdfFont): Promise<void> {
  const doc = newPdfDocument({ size: 'A4', margin: 40, info: { Title: 'Bộ hồ sơ minh chứng ISO 9001', Author: 'Office Ledger', CreationDate: new Date(summary.generatedAt) } });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', font.regular);
  doc.registerFont('bold', font.bold);
  doc.font('regular');
  checkGlyphs(doc, font.regular);
  draw(doc, summary);
  doc.end();
  await finished;
}

function checkGlyphs(doc: PDFKit.PDFDocument, path: string): void {
  const loaded = (doc as unknown as { _font?: { font?: { hasGlyphForCodePoint?(codePoint: number): boolean } } })._font?.font;
  if (!loaded?.hasGlyphForCodePoint) return;
  const missing = [...VIETNAMESE_SAMPLE].filter((c) => !loaded.hasGlyphForCodePoint!(c.codePointAt(0)!));
  if (missing.length > 0) throw new PdfFontMissingError(`phông ${path} thiếu chữ tiếng Việt (${missing.join(' ')}); đặt PDF_FONT tới một phông có đủ dấu`);
}

const percent = (rate: number | null) => (rate === null ? '–' : `${(rate * 100).toFixed(1).replace('.', ',')} %`);
const days = (value: number | null) => (value === null ? '–' : String(Math.round(value * 10) / 10).replace('.', ','));
const bytes = (size: number) => (size < 1024 ? `${size} B` : size < 1_048_576 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1_048_576).toFixed(1)} MB`);

function draw(doc: PDFKit.PDFDocument, s: EvidenceSummary): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const heading = (text: string) => doc.moveDown(0.6).font('bold').fontSize(11).text(text, left).font('regular').fontSize(9.5).moveDown(0.2);
  const line = (text: string) => doc.text(text, left, undefined, { width });

  doc.font('bold').fontSize(10).text('ỦY BAN NHÂN DÂN TỈNH — VĂN PHÒNG', left, undefined, { width, align: 'center' });
  doc.moveDown(0.4).fontSize(15).text('BỘ HỒ SƠ MINH CHỨNG ISO 9001:2015', { width, align: 'center' });
  doc.font('regular').fontSize(11).text('Quy trình tiếp nhận, xử lý văn bản đến và phát hành văn bản đi', { width, align: 'center' });
  doc.moveDown(0.8).fontSize(9.5);
  line(`Kỳ báo cáo: ${vietnameseDay(s.period.from)} – ${vietnameseDay(s.period.to)}    Lĩnh vực: ${s.field ?? 'tất cả các lĩnh vực'}`);
  line(`Lập lúc: ${hanoiDateTime(s.generatedAt)} (giờ Hà Nội)    Người lập: ${s.generatedBy}`);
  line(`Vị trí cuối của nhật ký sự kiện khi lập: ${s.storeHeadPosition}`);
  line(
    s.latestDigest
      ? `Bản tóm lược nhật ký gần nhất: ngày ${vietnameseDay(s.latestDigest.day)}, đến vị trí ${s.latestDigest.headPosition}, mã băm ${s.latestDigest.hash}`
      : 'Bản tóm lược nhật ký gần nhất: chưa có',
  );

  heading('1. Số liệu trong kỳ');
  line(`• Văn bản đến tiếp nhận trong kỳ: ${s.documents}${s.restrictedWithheld ? ` (trong đó ${s.restrictedWithheld} văn bản mật: nội dung sự kiện được che, mã băm giữ nguyên)` : ''}`);
  line(`• Sự kiện của các văn bản này (kèm mã băm): ${s.events}`);
  for (const register of s.registers) line(`• ${register.title}: ${register.rows} dòng`);

  heading('2. Tuân thủ thời hạn theo từng bước của quy trình');
  line(`Đo theo ${measuredAgainst(s.processes, s.processes[0]?.calendarVersion ?? '')}; mỗi bước theo quy trình của bước, với thời hạn của phiên bản có hiệu lực khi đăng ký từng văn bản:`);
  for (const basis of s.processes) {
    doc.font('bold').text(`• ${processTitle(basis)}`, left, undefined, { width }).font('regular').fontSize(8.5);
    for (const text of [...processVersionLines(basis), ...processLimitLines(basis)]) doc.text(`– ${text}`, left + 12, undefined, { width: width - 12 });
    doc.fontSize(9.5);
  }
  doc.moveDown(0.3);
  stepsTable(doc, s.steps, left, width);

  heading('3. Kiểm tra toàn vẹn nhật ký (chuỗi băm SHA-256)');
  const v = s.verification;
  doc.font('bold').text(v.ok ? 'Kết quả: TOÀN VẸN' : 'Kết quả: PHÁT HIỆN SAI LỆCH', left).font('regular');
  line(`Đã tính lại chuỗi băm của ${v.eventsChecked} sự kiện trong ${v.streamsChecked} luồng; đã đối chiếu ${v.digestsChecked} bản tóm lược (${v.digestsOk ? 'khớp' : 'không khớp'}).`);
  if (v.problem) line(`Sai lệch đầu tiên: ${v.problem}`);

  heading('4. Các tệp trong bộ hồ sơ (SHA-256)');
  doc.fontSize(8);
  for (const file of s.files) line(`${file.name} — ${bytes(file.size)} — ${file.sha256}`);
  doc.moveDown(0.6).fontSize(8).text('Mã băm của mọi tệp (kể cả tệp này) có trong manifest.json. Bản tóm tắt do hệ thống Office Ledger lập tự động từ nhật ký sự kiện.', left, undefined, { width });
}

function stepsTable(doc: PDFKit.PDFDocument, steps: readonly SummaryStep[], left: number, width: number): void {
  const columns = [
    { title: 'Bước', width: 0.28 },
    { title: 'Quy trình', width: 0.14 },
    { title: 'Số lượng', width: 0.09 },
    { title: 'Đúng hạn', width: 0.09 },
    { title: 'Trễ hạn', width: 0.08 },
    { title: 'Tỉ lệ đúng hạn', width: 0.11 },
    { title: 'Trung vị (ngày LV)', width: 0.11 },
    { title: 'P90 (ngày LV)', width: 0.1 },
  ];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    let x = left;
    doc.font(bold ? 'bold' : 'regular').fontSize(8.5);
    let height = 0;
    cells.forEach((cell, i) => {
      const w = columns[i].width * width;
      doc.text(cell, x + 2, y, { width: w - 4 });
      height = Math.max(height, doc.y - y);
      x += w;
    });
    doc.y = y + height + 2;
    doc.moveTo(left, doc.y - 1).lineTo(left + width, doc.y - 1).lineWidth(0.3).stroke();
  };
  row(columns.map((c) => c.title), true);
  for (const s of steps) row([s.name, `${s.basis.processCode} v${s.basis.version}`, String(s.count), String(s.onTime), String(s.late), percent(s.onTimeRate), days(s.medianWorkingDays), days(s.p90WorkingDays)]);
  doc.font('regular').fontSize(9.5);
}
