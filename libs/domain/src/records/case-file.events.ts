import type { LocalDate } from '../calendar';
import type { Retention } from '../document';
import type { DepositPeriod, FiledItemKind, ItemIndexLine, RecordMedium } from './records.types';

/*
 * Stream `case-file-<id>`: one case file (hồ sơ công việc, ND30 Art. 29) from its opening to its
 * deposit into the office archive (nộp lưu vào lưu trữ cơ quan, ND30 Art. 30). A public contract;
 * type strings are fixed forever.
 */
type Stamp = { by: string; at: string };

/** Mở hồ sơ: from an entry of the approved file plan (planEntryCode) or ad hoc (adHocReason). */
export type CaseFileOpened = {
  type: 'CaseFileOpened';
  data: Stamp & {
    caseFileId: string;
    year: number;
    code: string;
    title: string;
    departmentId: string;
    responsibleId: string;
    category: string;
    retention: Retention;
    medium: RecordMedium;
    planEntryCode: string | null;
    adHocReason: string | null;
    startDate: LocalDate;
  };
};

/** Đưa vào hồ sơ: a document, dossier or directive, by id; one item may sit in several files. */
export type CaseFileItemFiled = { type: 'CaseFileItemFiled'; data: Stamp & { kind: FiledItemKind; itemId: string; title: string } };

/** Kết thúc hồ sơ: the end date, the sheet count (số tờ), the item index the product computed, and the deposit due date it starts. */
export type CaseFileClosed = {
  type: 'CaseFileClosed';
  data: Stamp & { endDate: LocalDate; sheetCount: number | null; itemIndex: ItemIndexLine[]; depositDue: LocalDate };
};

/** Giữ lại hồ sơ: the office chief's written consent to keep the file past its deposit date (≤ 2 years, ND30 Art. 31.3). */
export type CaseFileDepositDeferred = { type: 'CaseFileDepositDeferred'; data: Stamp & { until: LocalDate; reason: string } };

/** Nộp lưu: the file handed to the office archive in the June or December batch `period`. */
export type CaseFileDeposited = { type: 'CaseFileDeposited'; data: Stamp & { period: DepositPeriod } };

export type CaseFileEvent = CaseFileOpened | CaseFileItemFiled | CaseFileClosed | CaseFileDepositDeferred | CaseFileDeposited;

export const CASE_FILE_EVENT_TYPES = [
  'CaseFileOpened', 'CaseFileItemFiled', 'CaseFileClosed', 'CaseFileDepositDeferred', 'CaseFileDeposited',
] as const satisfies readonly CaseFileEvent['type'][];

type MissingEventType = Exclude<CaseFileEvent['type'], (typeof CASE_FILE_EVENT_TYPES)[number]>;
/** Compile-time check that CASE_FILE_EVENT_TYPES lists every event. */
const _everyEventListed: [MissingEventType] extends [never] ? true : never = true;

export function caseFileStreamName(caseFileId: string): string {
  return `case-file-${caseFileId}`;
}
