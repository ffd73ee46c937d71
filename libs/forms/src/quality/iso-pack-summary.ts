import type { Writable } from 'node:stream';
import type { LocalDate } from '@office/domain';
import { FormCanvas, TEXT_SIZE } from '../layout/form-canvas';
import { openFormDocument } from '../layout/form-document';
import { drawTable } from '../layout/form-table';
import { drawNationalHeader } from '../layout/national-header';
import { toNfc } from '../nfc';
import type { OfficeIdentity } from '../office';
import type { PdfFont } from '../pdf-font';
import { longDateTime } from '../vietnamese-format';
import { measuredAgainst, processLimitLines, processTitle, processVersionLines, type PrintedProcessBasis } from './process-basis';
import { percentVi, slashDate } from './quality-format';

/** What the one-page summary of the ISO evidence pack shows. */
export interface IsoPackSummary {
  office: OfficeIdentity;
  period: { from: LocalDate; to: LocalDate };
  field: string | null;
  generatedAt: string;
  generatedBy: string;
  /** Every part of the pack with its row count (tables) or null (other files). */
  parts: Array<{ title: string; file: string; rows: number | null }>;
  rates: { dossiers: number | null; dossierSteps: number | null; documentSteps: number | null };
  /** Every process the document steps were measured against (QT-VB-01, QT-VB-02): version(s), approval, limits and calendar. */
  processes: PrintedProcessBasis[];
  openNonconformities: number;
  clocksOverdue: { legalChanges: number; actions: number };
  legalChanges: { onTime: number; late: number };
  /** SHA-256 of the manifest's file list before this summary (sha256sum lines). */
  filesDigest: string;
  storeHeadPosition: string;
}

export const ISO_PACK_SUMMARY_TITLE = 'Tóm tắt hồ sơ minh chứng hệ thống quản lý chất lượng';

/**
 * Tóm tắt hồ sơ minh chứng ISO: one A4 page with the national header, what the pack holds and the
 * figures an inspector asks first. Piped into `out` (the pack's hashing stream); resolves when
 * the file is written.
 */
export async function writeIsoPackSummary(out: Writable, raw: IsoPackSummary, font: PdfFont): Promise<void> {
  const s = toNfc(raw);
  const doc = openFormDocument(font, { title: ISO_PACK_SUMMARY_TITLE, author: s.office.fullName, datedAt: s.generatedAt });
  const finished = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office: s.office, number: null, datedAt: s.generatedAt, mark: null });
  canvas.paragraph([{ text: ISO_PACK_SUMMARY_TITLE.toLocaleUpperCase('vi'), face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 2 });
  canvas.paragraph(`Theo TCVN ISO 9001:2015, Quyết định 19/2014/QĐ-TTg và Thông tư 26/2014/TT-BKHCN`, { align: 'center', size: TEXT_SIZE.small, spaceAfter: 8 });
  const small = { size: TEXT_SIZE.small, align: 'left' as const, spaceAfter: 1 };
  canvas.field('Kỳ', `${slashDate(s.period.from)} – ${slashDate(s.period.to)}${s.field ? `, lĩnh vực ${s.field}` : ', toàn cơ quan'}`, small);
  canvas.field('Lập lúc', `${longDateTime(s.generatedAt)}, người lập: ${s.generatedBy}`, small);
  canvas.field('Tỉ lệ hồ sơ giải quyết trước và đúng hạn', percentVi(s.rates.dossiers), small);
  canvas.field('Tỉ lệ bước xử lý đúng hạn', `hồ sơ thủ tục ${percentVi(s.rates.dossierSteps)}; văn bản (đến, đi) ${percentVi(s.rates.documentSteps)}`, small);
  // What the document steps were measured against, then each process with the approval of its version(s) in force and the
  // limit of each step: a paragraph each, in smaller type, so that a year with a version change keeps to the one page.
  canvas.field('Bước xử lý văn bản đo theo', measuredAgainst(s.processes, s.processes[0]?.calendarVersion ?? ''), small);
  for (const basis of s.processes) {
    const detail = `${processVersionLines(basis).join('. ')}. Thời hạn: ${processLimitLines(basis).join('. ')}.`;
    canvas.paragraph([{ text: `${processTitle(basis)}. `, face: 'bold' }, { text: detail }], { size: 8.5, align: 'left', indent: 12, spaceAfter: 1 });
  }
  canvas.field('Cập nhật văn bản pháp luật', `${s.legalChanges.onTime} đúng hạn, ${s.legalChanges.late} trễ hạn, ${s.clocksOverdue.legalChanges} đang quá hạn`, small);
  canvas.field('Điểm không phù hợp chưa đóng', `${s.openNonconformities}; hành động khắc phục quá hạn: ${s.clocksOverdue.actions}`, small);
  canvas.gap(6);
  drawTable(canvas, [{ header: 'Phần', share: 0.55 }, { header: 'Tệp', share: 0.33 }, { header: 'Số dòng', share: 0.12, align: 'right' }],
    s.parts.map((p) => [p.title, p.file, p.rows === null ? '' : String(p.rows)]), 8);
  canvas.gap(6);
  canvas.paragraph([{ text: 'Mã băm danh mục tệp (SHA-256): ', face: 'bold' }, { text: s.filesDigest }], { size: 8, align: 'left', spaceAfter: 1 });
  canvas.paragraph(
    `Cách kiểm tra: trong manifest.json, ghép các dòng "<sha256>  <tên tệp>" của mọi tệp đứng trước tệp tóm tắt này, theo đúng thứ tự, rồi tính SHA-256; kết quả phải trùng mã trên. ` +
      `Mỗi tệp có mã SHA-256 riêng trong manifest.json. Vị trí cuối của nhật ký khi lập: ${s.storeHeadPosition}.`,
    { size: 8, align: 'left', spaceAfter: 0 },
  );
  doc.end();
  await finished;
}
