import type { ControlSheetRow, ControlSheetView } from '../form-views';
import { TEXT_SIZE } from '../layout/form-canvas';
import { drawTable, type TableColumn } from '../layout/form-table';
import { longDate, longDateTime, STEP_OUTCOME_LABELS } from '../vietnamese-format';
import type { FormLayout } from './form-layout';

const HANDOVER_COLUMNS: readonly TableColumn[] = [
  { header: 'Tên cơ quan, người giao và người nhận hồ sơ', share: 0.42 },
  { header: 'Thời gian giao, nhận hồ sơ', share: 0.24, align: 'center' },
  { header: 'Kết quả (trước hạn, đúng hạn, quá hạn)', share: 0.15, align: 'center' },
  { header: 'Ghi chú', share: 0.19 },
];

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (2018 Mẫu 05, 2025 Mẫu 06): opened at receipt, a row
 * per hand-over; its table runs on over as many pages as the rows need.
 */
export const controlSheet: FormLayout<ControlSheetView> = {
  header: (view) => ({ number: null, datedAt: view.receivedAt }),
  body(canvas, view) {
    canvas.paragraph([{ text: `Mã hồ sơ: ${view.dossierCode}`, face: 'bold' }], { align: 'center', spaceAfter: 10 });
    canvas.field('Cơ quan (bộ phận) giải quyết hồ sơ', view.handlingAgency);
    canvas.field('Cơ quan phối hợp giải quyết hồ sơ', view.partnerAgencies.length > 0 ? view.partnerAgencies.join('; ') : 'Không');
    canvas.field('Tên thủ tục hành chính', view.procedure.name);
    canvas.field('Người nộp hồ sơ', view.applicant.phone ? `${view.applicant.name} (điện thoại ${view.applicant.phone})` : view.applicant.name);
    canvas.field('Thời gian nhận hồ sơ', longDateTime(view.receivedAt));
    canvas.field('Hẹn trả kết quả', longDate(view.dueDate), { spaceAfter: 8 });
    drawTable(canvas, HANDOVER_COLUMNS, view.rows.map(handoverCells), TEXT_SIZE.body - 1.5);
  },
};

function handoverCells(row: ControlSheetRow): string[] {
  const { handover } = row;
  return [
    `${handover.stepNo}. ${handover.task}\nGiao: ${row.from}\nNhận: ${row.to}`,
    longDateTime(handover.handedAt),
    handover.outcome === null ? 'Không tính thời gian' : STEP_OUTCOME_LABELS[handover.outcome],
    row.note ?? '',
  ];
}
