import { PassThrough, type Readable } from 'node:stream';
import type { LocalDate } from '@office/domain';
import { FormCanvas, TEXT_SIZE } from '../layout/form-canvas';
import { openFormDocument } from '../layout/form-document';
import { drawTable } from '../layout/form-table';
import { drawNationalHeader } from '../layout/national-header';
import { drawSignatures } from '../layout/signatures';
import { toNfc } from '../nfc';
import type { OfficeIdentity } from '../office';
import type { PdfFont } from '../pdf-font';
import { measuredAgainst } from './process-basis';
import { percentVi, slashDate } from './quality-format';

/**
 * Báo cáo tình hình áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng (QĐ 19/2014 Art. 12,
 * sent each December; the shape of its Phụ lục II is [UNV]): the JSON answer and what the PDF prints.
 */
export interface AnnualQualityReport {
  year: number;
  period: { from: LocalDate; to: LocalDate };
  /** The day the figures stand at (the period's end, or today when the year is not over). */
  asOf: LocalDate;
  scope: {
    /** The declaration in force at the period's end. */
    declaration: { decisionNo: string; declaredOn: LocalDate; procedureCodes: string[] } | null;
    proceduresInForce: number;
    /** Procedures added or removed since the declaration: a renewal is due. */
    change: { added: string[]; removed: string[] } | null;
  };
  /** Every version in force in the year: the procedures, then the office's internal processes (QT-VB-01, QT-VB-02). */
  processes: Array<{ code: string; name: string; version: number; effectiveFrom: LocalDate; effectiveTo: LocalDate | null; decisionRef: string; approvedOn: LocalDate }>;
  /**
   * What the time figures were measured against, printed beside them as the other outputs do: the
   * process and version(s) of the document steps, the working-day calendar; dossiers count against
   * the procedure version they were received under (section 2).
   */
  basis: { documentSteps: Array<{ processCode: string; version: string }>; calendarVersion: string };
  legalChanges: {
    total: number; onTime: number; late: number; overdue: number; pending: number;
    items: Array<{ docSymbol: string; effectiveFrom: LocalDate; dueOn: LocalDate; doneOn: LocalDate | null; state: string; daysLate: number }>;
  };
  audits: { planned: number; reported: number; findings: number; nonconformityFindings: number; items: Array<{ title: string; plannedOn: LocalDate; conductedOn: LocalDate | null; status: string; findings: number }> };
  reviews: { held: number; confirmed: number; items: Array<{ heldOn: LocalDate; chair: string; confirmedOn: LocalDate | null; decisions: string[] }> };
  nonconformities: { raised: number; closed: number; open: number; bySource: Record<string, number> };
  declarations: Array<{ decisionNo: string; declaredOn: LocalDate; procedures: number; notifiedOn: LocalDate | null; postedOn: LocalDate | null }>;
  performance: {
    dossiers: { received: number; resolved: number; early: number; onTime: number; late: number; inProgressOverdue: number; onTimeRate: number | null };
    dossierStepsOnTimeRate: number | null;
    documentStepsOnTimeRate: number | null;
    satisfaction: { rated: number; satisfiedShare: number | null; meanScore: number | null };
  };
  proposals: string[];
  preparedBy: string;
  generatedAt: string;
}

export const ANNUAL_QUALITY_REPORT_TITLE = 'Báo cáo tình hình áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng';

const STATE_LABELS: Record<string, string> = { pending: 'trong hạn', due_soon: 'sắp đến hạn', overdue: 'quá hạn', on_time: 'đúng hạn', late: 'trễ hạn' };
const SOURCE_LABELS: Record<string, string> = { audit: 'đánh giá nội bộ', complaint: 'phản ánh, khiếu nại', kpi: 'hồ sơ, bước trễ hạn', inspection: 'thanh tra, kiểm tra' };

/**
 * The December report as a printed document (A4, NĐ 30/2020 national header and margins), sent
 * to Sở Khoa học và Công nghệ. Throws PdfFontMissingError before anything is written.
 */
export function annualQualityReportPdf(raw: AnnualQualityReport, office: OfficeIdentity, font: PdfFont): Readable {
  const r = toNfc(raw);
  const doc = openFormDocument(font, { title: `${ANNUAL_QUALITY_REPORT_TITLE} năm ${r.year}`, author: office.fullName, datedAt: r.generatedAt });
  const out = new PassThrough();
  doc.once('error', (error: Error) => out.destroy(error));
  doc.pipe(out);
  const canvas = new FormCanvas(doc);
  drawNationalHeader(canvas, { office, number: '……/BC-VP', datedAt: r.generatedAt, mark: null });
  canvas.paragraph([{ text: 'BÁO CÁO', face: 'bold' }], { align: 'center', size: TEXT_SIZE.title, spaceAfter: 0 });
  canvas.paragraph([{ text: `Tình hình áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm ${r.year}`, face: 'bold' }], { align: 'center', spaceAfter: 8 });
  canvas.paragraph('Kính gửi: Sở Khoa học và Công nghệ.', { align: 'center', spaceAfter: 8 });
  canvas.paragraph(
    `Thực hiện Quyết định số 19/2014/QĐ-TTg và Thông tư số 26/2014/TT-BKHCN, ${office.fullName} báo cáo tình hình áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng ` +
      `từ ngày ${slashDate(r.period.from)} đến ngày ${slashDate(r.period.to)} (số liệu tính đến ngày ${slashDate(r.asOf)}) như sau:`,
    { firstLineIndent: 28 },
  );

  const heading = (text: string) => {
    canvas.ensureSpace(60);
    canvas.paragraph([{ text, face: 'bold' }], { align: 'left', spaceAfter: 2 });
  };
  const item = (text: string) => canvas.paragraph(`– ${text}`, { indent: 14, align: 'left', spaceAfter: 1 });

  heading('1. Phạm vi áp dụng hệ thống');
  const d = r.scope.declaration;
  item(d ? `Quyết định công bố số ${d.decisionNo} ngày ${slashDate(d.declaredOn)}, phạm vi ${d.procedureCodes.length} thủ tục hành chính.` : 'Chưa công bố hệ thống quản lý chất lượng phù hợp.');
  item(`Số quy trình (thủ tục hành chính) đã được phê duyệt và có hiệu lực trong năm: ${r.scope.proceduresInForce}.`);
  if (r.scope.change) item(`Phạm vi thay đổi sau công bố, cần công bố lại: thêm ${r.scope.change.added.join(', ') || 'không'}; bớt ${r.scope.change.removed.join(', ') || 'không'}.`);

  heading('2. Quy trình có hiệu lực trong năm');
  if (r.processes.length === 0) item('Không có quy trình nào được phê duyệt.');
  else drawTable(canvas, [{ header: 'Mã', share: 0.12 }, { header: 'Tên thủ tục, quy trình', share: 0.44 }, { header: 'Phiên bản', share: 0.09, align: 'center' }, { header: 'Hiệu lực', share: 0.17, align: 'center' }, { header: 'Quyết định phê duyệt', share: 0.18 }],
    r.processes.map((p) => [p.code, p.name, String(p.version), `${slashDate(p.effectiveFrom)}${p.effectiveTo ? ` – ${slashDate(p.effectiveTo)}` : ''}`, `${p.decisionRef} (${slashDate(p.approvedOn)})`]), TEXT_SIZE.small);
  canvas.gap(4);

  heading('3. Cập nhật văn bản quy phạm pháp luật (thời hạn 3 tháng)');
  const l = r.legalChanges;
  item(`Có ${l.total} văn bản có hiệu lực cần xem xét: ${l.onTime} cập nhật đúng hạn, ${l.late} cập nhật trễ hạn, ${l.overdue} đang quá hạn, ${l.pending} đang trong hạn.`);
  if (l.items.length > 0)
    drawTable(canvas, [{ header: 'Văn bản', share: 0.3 }, { header: 'Hiệu lực', share: 0.15, align: 'center' }, { header: 'Hạn cập nhật', share: 0.15, align: 'center' }, { header: 'Hoàn thành', share: 0.15, align: 'center' }, { header: 'Kết quả', share: 0.25 }],
      l.items.map((c) => [c.docSymbol, slashDate(c.effectiveFrom), slashDate(c.dueOn), slashDate(c.doneOn), `${STATE_LABELS[c.state] ?? c.state}${c.daysLate > 0 ? ` (${c.daysLate} ngày)` : ''}`]), TEXT_SIZE.small);

  heading('4. Đánh giá nội bộ');
  item(`Kế hoạch: ${r.audits.planned} cuộc; đã báo cáo: ${r.audits.reported}; ${r.audits.findings} phát hiện, trong đó ${r.audits.nonconformityFindings} điểm không phù hợp.`);
  for (const a of r.audits.items) item(`${a.title}: dự kiến ${slashDate(a.plannedOn)}${a.conductedOn ? `, đánh giá ngày ${slashDate(a.conductedOn)}` : ''}, ${a.status}.`);

  heading('5. Xem xét của lãnh đạo');
  item(`Số cuộc họp xem xét: ${r.reviews.held}; đã xác nhận hiệu lực: ${r.reviews.confirmed}.`);
  for (const v of r.reviews.items) item(`Ngày ${slashDate(v.heldOn)}, chủ trì ${v.chair}${v.confirmedOn ? `, xác nhận hiệu lực ngày ${slashDate(v.confirmedOn)}` : ', chưa xác nhận hiệu lực'}.`);

  heading('6. Điểm không phù hợp và hành động khắc phục');
  const sources = Object.entries(r.nonconformities.bySource).map(([source, n]) => `${SOURCE_LABELS[source] ?? source}: ${n}`).join('; ');
  item(`Ghi nhận ${r.nonconformities.raised} điểm không phù hợp${sources ? ` (${sources})` : ''}; đã đóng ${r.nonconformities.closed}; còn mở ${r.nonconformities.open}.`);

  heading('7. Công bố hệ thống quản lý chất lượng phù hợp');
  if (r.declarations.length === 0) item('Không có quyết định công bố.');
  for (const c of r.declarations)
    item(`Quyết định số ${c.decisionNo} ngày ${slashDate(c.declaredOn)} (${c.procedures} thủ tục); thông báo Sở Khoa học và Công nghệ: ${c.notifiedOn ? slashDate(c.notifiedOn) : 'chưa'}; niêm yết: ${c.postedOn ? slashDate(c.postedOn) : 'chưa'}.`);

  heading('8. Kết quả giải quyết thủ tục hành chính và xử lý văn bản');
  const p = r.performance;
  item(`Tiếp nhận ${p.dossiers.received} hồ sơ; đã giải quyết ${p.dossiers.resolved} (trước hạn ${p.dossiers.early}, đúng hạn ${p.dossiers.onTime}, trễ hạn ${p.dossiers.late}); đang giải quyết quá hạn ${p.dossiers.inProgressOverdue}.`);
  item(`Tỉ lệ hồ sơ giải quyết trước và đúng hạn: ${percentVi(p.dossiers.onTimeRate)}; tỉ lệ bước xử lý hồ sơ đúng hạn: ${percentVi(p.dossierStepsOnTimeRate)}; tỉ lệ bước xử lý văn bản (đến, đi) đúng hạn: ${percentVi(p.documentStepsOnTimeRate)}.`);
  item(`Căn cứ số liệu: hồ sơ tính theo thời hạn của phiên bản thủ tục có hiệu lực khi tiếp nhận (mục 2); bước xử lý văn bản đo theo ${measuredAgainst(r.basis.documentSteps, r.basis.calendarVersion)}.`);
  item(`Mức độ hài lòng (Bộ chỉ số 766): ${p.satisfaction.rated} lượt đánh giá, tỉ lệ hài lòng ${percentVi(p.satisfaction.satisfiedShare)}, điểm trung bình ${p.satisfaction.meanScore === null ? '–' : p.satisfaction.meanScore.toFixed(2).replace('.', ',')}/5.`);

  heading('9. Đề xuất, kiến nghị');
  if (r.proposals.length === 0) item('Không có.');
  for (const proposal of r.proposals) item(proposal);

  canvas.gap(10);
  canvas.ensureSpace(110);
  drawSignatures(canvas, { recipients: ['Như trên;', 'Lãnh đạo Văn phòng;', 'Lưu: VT, HCTC.'] }, { heading: 'CHÁNH VĂN PHÒNG', name: null });
  doc.end();
  return out;
}
