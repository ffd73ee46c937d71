import type { LocalDate } from '../calendar';
import type { Actor } from '../shared';
import type { FiledItemKind, RecordMedium } from './records.types';

/** Commands on stream `case-file-<id>` (`POST /api/records/case-files/:id/<type>`; `open` is `POST /api/records/case-files`). */
interface CommandBase {
  caseFileId: string;
  actor: Actor;
  now: string;
}

/**
 * Mở hồ sơ: from an entry of the year's approved plan (`planEntryCode`: code, title, department,
 * person and retention come from it), or ad hoc with a reason and those fields given.
 */
export interface OpenCaseFile extends CommandBase {
  type: 'open';
  year: number;
  medium: RecordMedium;
  startDate: LocalDate;
  planEntryCode?: string | null;
  adHoc?: { code: string; title: string; departmentId: string; category: string; retention: unknown; reason: string } | null;
  /** Người lập hồ sơ; an ad-hoc file defaults to the one opening it. */
  responsibleId?: string | null;
}
export interface FileItem extends CommandBase { type: 'file'; kind: FiledItemKind; itemId: string; title: string }
export interface CloseCaseFile extends CommandBase { type: 'close'; endDate: LocalDate; sheetCount?: number | null }
export interface DeferDeposit extends CommandBase { type: 'defer'; until: LocalDate; reason: string }
export interface DepositCaseFile extends CommandBase { type: 'deposit'; period: string }

export type CaseFileCommand = OpenCaseFile | FileItem | CloseCaseFile | DeferDeposit | DepositCaseFile;
