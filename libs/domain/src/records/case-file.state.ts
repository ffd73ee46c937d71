import type { LocalDate } from '../calendar';
import type { CaseFileEvent, CaseFileOpened } from './case-file.events';
import type { DepositPeriod, FiledItemKind, ItemIndexLine } from './records.types';

/*
 * State machine of a case file (stream `case-file-<id>`):
 *
 *   none ──open──▶ open ──file (items)…──▶ open ──close──▶ closed ──deposit──▶ deposited
 *   closed ──defer (office chief)──▶ closed, due date moved
 */

export const CASE_FILE_STATUSES = ['open', 'closed', 'deposited'] as const;
export type CaseFileStatus = (typeof CASE_FILE_STATUSES)[number];

export const CASE_FILE_STATUS_LABELS: Readonly<Record<CaseFileStatus | 'none', string>> = {
  none: 'Chưa mở',
  open: 'Đang lập',
  closed: 'Đã kết thúc',
  deposited: 'Đã nộp lưu',
};

export type FiledItem = { kind: FiledItemKind; itemId: string; title: string; by: string; at: string };
export type CaseFileClosing = { endDate: LocalDate; sheetCount: number | null; itemIndex: ItemIndexLine[]; depositDue: LocalDate; by: string; at: string };
export type CaseFileDeferral = { until: LocalDate; reason: string; by: string; at: string };
export type CaseFileDeposit = { period: DepositPeriod; by: string; at: string };

export type CaseFileFacts = Omit<CaseFileOpened['data'], 'by' | 'at'> & {
  openedBy: string;
  openedAt: string;
  items: FiledItem[];
  closing: CaseFileClosing | null;
  deferral: CaseFileDeferral | null;
  deposit: CaseFileDeposit | null;
};

export type CaseFileOpenState = CaseFileFacts & { status: 'open' };
export type CaseFileClosedState = CaseFileFacts & { status: 'closed'; closing: CaseFileClosing };
export type CaseFileDepositedState = CaseFileFacts & { status: 'deposited'; closing: CaseFileClosing; deposit: CaseFileDeposit };
export type KnownCaseFile = CaseFileOpenState | CaseFileClosedState | CaseFileDepositedState;
export type CaseFileState = { status: 'none' } | KnownCaseFile;
export type CaseFileStateOf<S extends CaseFileState['status']> = Extract<CaseFileState, { status: S }>;

export const initialCaseFileState: CaseFileState = { status: 'none' };

/** Folds one event into the state. Never throws; an event that does not fit is ignored. */
export function evolveCaseFile(state: CaseFileState, event: CaseFileEvent): CaseFileState {
  if (event.type === 'CaseFileOpened') {
    if (state.status !== 'none') return state;
    const { by, at, ...opened } = event.data;
    return { status: 'open', ...opened, openedBy: by, openedAt: at, items: [], closing: null, deferral: null, deposit: null };
  }
  switch (event.type) {
    case 'CaseFileItemFiled':
      return state.status === 'open' ? { ...state, items: [...state.items, { ...event.data }] } : state;
    case 'CaseFileClosed':
      return state.status === 'open' ? { ...state, status: 'closed', closing: { ...event.data } } : state;
    case 'CaseFileDepositDeferred':
      return state.status === 'closed' ? { ...state, deferral: { ...event.data } } : state;
    case 'CaseFileDeposited':
      return state.status === 'closed' ? { ...state, status: 'deposited', deposit: { ...event.data } } : state;
    default:
      return state;
  }
}

/** Hạn nộp lưu now: the day the office chief's deferral keeps it to, else the clock's due date; null for an open file. */
export function depositDueNow(state: CaseFileState): LocalDate | null {
  if (state.status === 'none' || state.closing === null) return null;
  return state.deferral?.until ?? state.closing.depositDue;
}
