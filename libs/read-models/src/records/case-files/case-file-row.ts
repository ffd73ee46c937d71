import { depositDueNow, type CaseFileState } from '@office/domain';
import type { CaseFileRow } from './case-file.entity';

/** The row of a case file, read from its state as the domain folds it; null for a stream with nothing opened. */
export function caseFileRowOf(id: string, state: CaseFileState, lastPosition: bigint): CaseFileRow | null {
  if (state.status === 'none') return null;
  return {
    id, year: state.year, code: state.code, title: state.title, departmentId: state.departmentId, responsibleId: state.responsibleId, retention: String(state.retention),
    medium: state.medium, planEntryCode: state.planEntryCode, status: state.status, startDate: state.startDate, endDate: state.closing?.endDate ?? null,
    sheetCount: state.closing?.sheetCount ?? null, itemCount: state.items.length, depositDue: depositDueNow(state), depositPeriod: state.deposit?.period ?? null,
    openedAt: state.openedAt, state, lastPosition,
  };
}
