import { h, row, scrollTable } from '../dom.js';
import { formatDate, formatNumber } from '../format.js';
import { departmentName } from '../reference.js';
import { statusBadge } from '../widgets.js';

/** What the records pages share (DOMAIN.md §9): labels, badges, the case files table, waiting for the projector. */

export const CASE_FILE_STATUS_LABELS = { open: 'Đang lập', closed: 'Đã kết thúc', deposited: 'Đã nộp lưu' };
export const STANDING_LABELS = { due_soon: 'Sắp đến hạn nộp lưu', overdue: 'Quá hạn nộp lưu' };
export const MEDIUM_LABELS = { paper: 'Hồ sơ giấy', digital: 'Hồ sơ điện tử' };
export const ITEM_KIND_LABELS = { document: 'Văn bản', dossier: 'Hồ sơ TTHC', directive: 'Nhiệm vụ' };

export const retentionText = (retention) => (retention === 'permanent' ? 'Vĩnh viễn' : `${retention} năm`);
/** 2026-12 → "Tháng 12/2026". */
export const periodText = (period) => `Tháng ${Number(period.slice(5))}/${period.slice(0, 4)}`;

export function caseFileBadges(file) {
  return [
    statusBadge(`case-file-${file.status}`, CASE_FILE_STATUS_LABELS[file.status] ?? file.status),
    file.standing ? h('span', { class: `badge ${file.standing === 'overdue' ? 'secret' : 'urgency'}`, 'data-standing': file.standing }, STANDING_LABELS[file.standing]) : null,
  ];
}

/** The case files as a table: code (link), title, department, retention, dates, sheets, deposit due; `extra(file)` adds a last cell. */
export function caseFilesTable(caption, files, testId, extra = null) {
  const headers = ['Số, ký hiệu', 'Tiêu đề hồ sơ', 'Đơn vị', 'Bảo quản', 'Thời gian', 'Số tờ / văn bản', 'Hạn nộp lưu', 'Trạng thái', ...(extra ? [''] : [])];
  const rows = files.map((f) =>
    row(
      [
        h('a', { href: `/ho-so-luu-tru/ho-so/${f.id}` }, f.code),
        f.title,
        departmentName(f.departmentId),
        retentionText(f.retention),
        `${formatDate(f.startDate)}${f.endDate ? ` – ${formatDate(f.endDate)}` : ''}`,
        `${f.sheetCount ? `${formatNumber(f.sheetCount)} tờ · ` : ''}${formatNumber(f.itemCount)} văn bản`,
        f.depositDue ? formatDate(f.depositDue) : '—',
        h('span', {}, caseFileBadges(f)),
        ...(extra ? [extra(f)] : []),
      ],
      { 'data-code': f.code },
    ),
  );
  return scrollTable(caption, headers, rows, { 'data-testid': testId });
}
