import type { Readable } from 'node:stream';
import { localDateOf } from '@office/domain';
import type { FormCanvas } from '../layout/form-canvas';
import { renderFormFrame } from '../layout/form-frame';
import { drawTable } from '../layout/form-table';
import { drawSignatures } from '../layout/signatures';
import { toNfc } from '../nfc';
import type { OfficeIdentity } from '../office';
import type { PdfFont } from '../pdf-font';
import { longDate, longDateTime } from '../vietnamese-format';

/** A person as the record names them: full name, post and department in words. */
export type RecordPerson = { name: string; post: string };

/** One line of the record: what was handed over, to whom, how and why. */
export type RecordLine = { kind: string; item: string; receiver: string; outcome: string; reason: string };

/** Everything the hand-over record prints, already in words (the API builds it from the stream and the directory). */
export type HandoverRecordView = {
  office: OfficeIdentity;
  /** When the record is dated: the release, else the last signature, else when it is printed. */
  datedAt: string;
  leaver: RecordPerson;
  receiver: RecordPerson;
  head: RecordPerson | null;
  /** "Chuyển công tác", "Nghỉ hưu", "Nghỉ việc". */
  kind: string;
  lastWorkingDay: string;
  decisionRef: string;
  reason: string | null;
  lines: RecordLine[];
  /** When each party signed on the system, or null (a line to sign by hand). */
  signedAt: { leaver: string | null; head: string | null };
};

const COLUMNS = [
  { header: 'TT', share: 5, align: 'center' as const },
  { header: 'Loại', share: 11 },
  { header: 'Công việc, hồ sơ, tài liệu', share: 34 },
  { header: 'Người nhận', share: 16 },
  { header: 'Hình thức', share: 14 },
  { header: 'Lý do', share: 20 },
];

/** A signature given on the system says so, with its day (the hour is in the log); otherwise a line to sign by hand. */
const signedNote = (at: string | null) => (at === null ? '(Ký, ghi rõ họ tên)' : `(Đã ký trên hệ thống ngày ${localDateOf(at).split('-').reverse().join('/')})`);

function body(canvas: FormCanvas, view: HandoverRecordView): void {
  canvas.paragraph(`Hôm nay, ${longDateTime(view.datedAt)}, tại ${view.office.fullName}, chúng tôi gồm:`);
  canvas.field('1. Bên giao', `${view.leaver.name}, ${view.leaver.post}`);
  canvas.field('2. Bên nhận', `${view.receiver.name}, ${view.receiver.post}`);
  if (view.head) canvas.field('3. Đại diện đơn vị', `${view.head.name}, ${view.head.post}`);
  const reason = view.reason ? `; ${view.reason}` : '';
  canvas.paragraph(
    [{ text: 'Lý do bàn giao: ' }, { text: view.kind, face: 'bold' }, { text: `, ngày làm việc cuối cùng là ${longDate(view.lastWorkingDay)}, theo ${view.decisionRef}${reason}.` }],
    { spaceAfter: 8 },
  );
  canvas.paragraph([{ text: 'Nội dung bàn giao công việc, hồ sơ, tài liệu:', face: 'bold' }], { align: 'left' });
  if (view.lines.length === 0) canvas.paragraph('Người bàn giao không giữ công việc, hồ sơ, tài liệu nào đang giải quyết.', { spaceAfter: 8 });
  else drawTable(canvas, COLUMNS, view.lines.map((line, i) => [String(i + 1), line.kind, line.item, line.receiver, line.outcome, line.reason]));
  canvas.paragraph(
    `Bên nhận có trách nhiệm tiếp tục giải quyết các công việc, hồ sơ, tài liệu đã nhận. Biên bản gồm ${view.lines.length} mục, được lập thành 02 bản, mỗi bên giữ 01 bản.`,
    { spaceAfter: 14 },
  );
  drawSignatures(
    canvas,
    { heading: 'NGƯỜI BÀN GIAO', note: signedNote(view.signedAt.leaver), name: view.leaver.name },
    { heading: 'THỦ TRƯỞNG ĐƠN VỊ', note: signedNote(view.signedAt.head), name: view.head?.name ?? null },
  );
}

/**
 * Biên bản bàn giao công việc, hồ sơ, tài liệu (QC Art. 15.2; research/next-domains.md §D) as an
 * A4 PDF stream under the national header. Throws PdfFontMissingError, before anything is
 * written, when no font with Vietnamese letters is found.
 */
export function renderHandoverRecord(view: HandoverRecordView, font?: PdfFont): Readable {
  const normalized = toNfc(view);
  const frame = { office: normalized.office, title: 'Biên bản bàn giao công việc, hồ sơ, tài liệu', mark: null, number: null, datedAt: normalized.datedAt };
  return renderFormFrame(frame, (canvas) => body(canvas, normalized), font);
}

/** "Biên bản bàn giao - Nguyễn Văn An.pdf". */
export function handoverRecordFileName(leaverName: string): string {
  return `Biên bản bàn giao - ${leaverName}.pdf`;
}
