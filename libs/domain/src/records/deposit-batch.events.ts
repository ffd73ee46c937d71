import type { LocalDate } from '../calendar';
import type { Retention } from '../document';
import type { DepositPeriod, RecordMedium } from './records.types';

/*
 * Stream `archive-deposit-<period>`: the June or December deposit batch (nộp lưu định kỳ, QC Art.
 * 15.2): opened by the clerk, case files deposited into it (each on its own stream), closed by the
 * hand-over record (Biên bản giao nhận, two copies) listing the files of the inventory (Mục lục hồ
 * sơ, tài liệu nộp lưu). A public contract; type strings are fixed forever.
 */
type Stamp = { by: string; at: string };

/** One line of the inventory: the file as it was handed over. */
export type DepositedFileLine = {
  caseFileId: string;
  code: string;
  title: string;
  departmentId: string;
  startDate: LocalDate;
  endDate: LocalDate;
  retention: Retention;
  medium: RecordMedium;
  sheetCount: number | null;
  itemCount: number;
};

export type ArchiveDepositBatchOpened = { type: 'ArchiveDepositBatchOpened'; data: Stamp & { period: DepositPeriod } };

/** Biên bản giao nhận: the giver (`by`, the clerk), the archive's receiver, the files and their condition; two copies, one each. */
export type ArchiveDepositHandedOver = {
  type: 'ArchiveDepositHandedOver';
  data: Stamp & { receiverName: string; condition: string; copies: 2; files: DepositedFileLine[] };
};

export type ArchiveDepositEvent = ArchiveDepositBatchOpened | ArchiveDepositHandedOver;

export const ARCHIVE_DEPOSIT_EVENT_TYPES = ['ArchiveDepositBatchOpened', 'ArchiveDepositHandedOver'] as const satisfies readonly ArchiveDepositEvent['type'][];

export function archiveDepositStreamName(period: DepositPeriod): string {
  return `archive-deposit-${period}`;
}
