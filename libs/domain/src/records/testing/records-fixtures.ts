import { DEMO_ORGANISATION } from '../../organisation';
import { actor, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { CaseFileCommand } from '../case-file.commands';
import { decideCaseFile, type CaseFileContext } from '../case-file.decide';
import type { CaseFileEvent } from '../case-file.events';
import { evolveCaseFile, initialCaseFileState, type CaseFileState } from '../case-file.state';
import type { FilePlanCommand, PlanEntryInput } from '../file-plan.commands';
import { decideFilePlan } from '../file-plan.decide';
import type { FilePlanEvent } from '../file-plan.events';
import { evolveFilePlan, initialFilePlanState, type FilePlanState } from '../file-plan.state';
import type { RecordsContext } from '../records.context';
import { evolveRetentionSchedule, initialRetentionScheduleState } from '../retention-schedule.state';
import type { DepositBatchState } from '../deposit-batch.state';

/*
 * Fixtures for the records deciders' tests (test code only; not exported from the package): the
 * demo organisation, a retention table of three categories, the 2026 plan of Phòng Kinh tế with
 * entry KT.01, and a paper case file opened from it on 5/1/2026.
 */

export { actor, userId, vn };

export const dept = (code: string) => DEMO_ORGANISATION.departments.find((d) => d.code === code)!.id;

export const RULES = [
  { category: 'annual-plan', label: 'Kế hoạch, báo cáo năm', period: 'permanent' as const, source: 'TT 10/2022 mục 1.5' },
  { category: 'correspondence', label: 'Công văn trao đổi', period: 10, source: 'TT 10/2022 mục 1.11' },
  { category: 'quarterly-report', label: 'Báo cáo quý, tháng', period: 5, source: 'TT 10/2022 mục 1.6' },
];

export const SCHEDULE = evolveRetentionSchedule(initialRetentionScheduleState, {
  type: 'RetentionScheduleApproved',
  data: { version: '2026.1', rules: RULES, by: userId('quantri'), at: vn('2026-01-02') },
});

export const CONTEXT: RecordsContext = { organisation: DEMO_ORGANISATION, schedule: SCHEDULE };

export const ENTRY: PlanEntryInput = {
  code: 'KT.01', title: 'Hồ sơ kế hoạch đầu tư công năm 2026', departmentId: dept('KT'), responsibleId: userId('cv.kt1'), category: 'annual-plan', retention: 'permanent',
};

export const givenPlan = deciderSpec({ decide: decideFilePlan, evolve: evolveFilePlan, initialState: initialFilePlanState }, CONTEXT);

export const planCmd = {
  draft: (o: Partial<Extract<FilePlanCommand, { type: 'draft' }>> = {}): FilePlanCommand => ({ type: 'draft', year: 2026, entries: [ENTRY], actor: actor('vanthu1'), now: vn('2026-01-03'), ...o }),
  add: (o: Partial<Extract<FilePlanCommand, { type: 'add-entry' }>> = {}): FilePlanCommand => ({
    type: 'add-entry', year: 2026, entry: { ...ENTRY, code: 'KT.02', title: 'Công văn trao đổi về vốn', category: 'correspondence', retention: 10 }, actor: actor('vanthu1'), now: vn('2026-02-10'), ...o,
  }),
  approve: (o: Partial<Extract<FilePlanCommand, { type: 'approve' }>> = {}): FilePlanCommand => ({ type: 'approve', year: 2026, decisionRef: '05/QĐ-VP', actor: actor('chanh.vp'), now: vn('2026-01-05'), ...o }),
};

export function planHistory(...commands: FilePlanCommand[]): FilePlanEvent[] {
  const events: FilePlanEvent[] = [];
  let state: FilePlanState = initialFilePlanState;
  for (const command of commands) {
    const more = decideFilePlan(command, state, CONTEXT);
    events.push(...more);
    state = more.reduce(evolveFilePlan, state);
  }
  return events;
}

export const APPROVED_PLAN = planHistory(planCmd.draft(), planCmd.approve()).reduce(evolveFilePlan, initialFilePlanState);
export const OPEN_BATCH: DepositBatchState = { status: 'open', period: '2026-12', openedBy: userId('vanthu1'), openedAt: vn('2026-12-01') };
export const CASE_CONTEXT: CaseFileContext = { ...CONTEXT, plan: APPROVED_PLAN, batch: OPEN_BATCH };

export const CASE_FILE_ID = '0b6f5a3e-0000-4000-8000-0000000001f1';
export const givenCaseFile = deciderSpec({ decide: decideCaseFile, evolve: evolveCaseFile, initialState: initialCaseFileState }, CASE_CONTEXT);

type With<C> = Partial<Omit<C, 'type'>>;
const on = (username: string, now: string) => ({ caseFileId: CASE_FILE_ID, actor: actor(username), now });

export const caseCmd = {
  open: (o: With<Extract<CaseFileCommand, { type: 'open' }>> = {}): CaseFileCommand => ({ type: 'open', ...on('cv.kt1', vn('2026-01-05', '10:00')), year: 2026, planEntryCode: 'KT.01', medium: 'paper', startDate: '2026-01-05', ...o }),
  file: (itemId = '0b6f5a3e-0000-4000-8000-0000000000c1', o: With<Extract<CaseFileCommand, { type: 'file' }>> = {}): CaseFileCommand => ({
    type: 'file', ...on('cv.kt1', vn('2026-03-02')), kind: 'document', itemId, title: 'Kế hoạch số 12/KH-UBND về đầu tư công', ...o,
  }),
  close: (o: With<Extract<CaseFileCommand, { type: 'close' }>> = {}): CaseFileCommand => ({ type: 'close', ...on('cv.kt1', vn('2026-06-30')), endDate: '2026-06-30', sheetCount: 42, ...o }),
  defer: (o: With<Extract<CaseFileCommand, { type: 'defer' }>> = {}): CaseFileCommand => ({ type: 'defer', ...on('chanh.vp', vn('2027-06-01')), until: '2028-06-30', reason: 'Còn phục vụ thanh tra dự án', ...o }),
  deposit: (o: With<Extract<CaseFileCommand, { type: 'deposit' }>> = {}): CaseFileCommand => ({ type: 'deposit', ...on('vanthu1', vn('2026-12-10')), period: '2026-12', ...o }),
};

/** The events `commands` cause one after the other from an empty stream. */
export function caseHistory(...commands: CaseFileCommand[]): CaseFileEvent[] {
  const events: CaseFileEvent[] = [];
  let state: CaseFileState = initialCaseFileState;
  for (const command of commands) {
    const more = decideCaseFile(command, state, CASE_CONTEXT);
    events.push(...more);
    state = more.reduce(evolveCaseFile, state);
  }
  return events;
}
