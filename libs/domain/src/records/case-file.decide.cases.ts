import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { addYears, depositDueOf, depositStandingOn } from './case-file.clock';
import { decideCaseFile } from './case-file.decide';
import { depositDueNow, evolveCaseFile, initialCaseFileState } from './case-file.state';
import { caseFileActions } from './case-file.turns';
import { evolveFilePlan, initialFilePlanState } from './file-plan.state';
import { actor, CASE_CONTEXT, CASE_FILE_ID, caseCmd, caseHistory, dept, givenCaseFile, planCmd, planHistory, userId, vn } from './testing/records-fixtures';

const opened = () => caseHistory(caseCmd.open());
const withItem = () => caseHistory(caseCmd.open(), caseCmd.file());
const closed = () => caseHistory(caseCmd.open(), caseCmd.file(), caseCmd.close());
const adHoc = { code: 'KT.15', title: 'Hồ sơ đoàn kiểm tra đột xuất', departmentId: dept('KT'), category: 'correspondence', retention: 10, reason: 'Nhiệm vụ phát sinh ngoài kế hoạch' };

describe('opening a case file (mở hồ sơ)', () => {
  it('from an entry of the approved plan: code, title, department, person and retention come from it', () => {
    const { state } = givenCaseFile([]).when(caseCmd.open()).then([
      {
        type: 'CaseFileOpened',
        data: {
          caseFileId: CASE_FILE_ID, year: 2026, code: 'KT.01', title: 'Hồ sơ kế hoạch đầu tư công năm 2026', departmentId: dept('KT'), responsibleId: userId('cv.kt1'),
          category: 'annual-plan', retention: 'permanent', medium: 'paper', planEntryCode: 'KT.01', adHocReason: null, startDate: '2026-01-05', by: userId('cv.kt1'), at: vn('2026-01-05', '10:00'),
        },
      },
    ]);
    expect(state.status).toBe('open');
  });

  it('ad hoc with a reason; RETENTION_BELOW_TABLE for a period under the table', () => {
    givenCaseFile([]).when(caseCmd.open({ planEntryCode: null, adHoc })).then([expect.objectContaining({ data: expect.objectContaining({ code: 'KT.15', planEntryCode: null, adHocReason: adHoc.reason, responsibleId: userId('cv.kt1') }) })] as never);
    givenCaseFile([]).when(caseCmd.open({ planEntryCode: null, adHoc: { ...adHoc, retention: 5 } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RETENTION_BELOW_TABLE', field: 'adHoc.retention' });
    givenCaseFile([]).when(caseCmd.open({ planEntryCode: null, adHoc: { ...adHoc, reason: '' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'AD_HOC_REASON_REQUIRED' });
    givenCaseFile([]).when(caseCmd.open({ planEntryCode: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PLAN_ENTRY_OR_AD_HOC' });
  });

  it('FILE_PLAN_NOT_APPROVED: a draft plan’s entry cannot be used; an unknown entry, another year, another department, another role refuse', () => {
    const draft = planHistory(planCmd.draft()).reduce(evolveFilePlan, initialFilePlanState);
    const onDraft = () => decideCaseFile(caseCmd.open(), initialCaseFileState, { ...CASE_CONTEXT, plan: draft });
    expect(onDraft).toThrow(expect.objectContaining({ rule: 'FILE_PLAN_NOT_APPROVED' }));
    givenCaseFile([]).when(caseCmd.open({ planEntryCode: 'KT.99' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_PLAN_ENTRY' });
    givenCaseFile([]).when(caseCmd.open({ year: 2027 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'FILE_PLAN_NOT_FOUND' });
    givenCaseFile([]).when(caseCmd.open({ actor: actor('cv.vx1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_OF_FILE_DEPARTMENT' });
    givenCaseFile([]).when(caseCmd.open({ actor: actor('chanh.vp') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_RECORDS_STAFF' });
    givenCaseFile([]).when(caseCmd.open({ startDate: '2026-02-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'START_DATE_IN_FUTURE' });
    givenCaseFile(opened()).when(caseCmd.open()).thenThrows({ code: 'WRONG_STATE' });
    expect(decideCaseFile(caseCmd.open({ actor: actor('vanthu1') }), initialCaseFileState, CASE_CONTEXT)).toHaveLength(1);
  });
});

describe('filing items (đưa văn bản vào hồ sơ)', () => {
  it('a document, a dossier or a directive by id; the same item twice in one file is refused (ITEM_ALREADY_FILED)', () => {
    givenCaseFile(opened()).when(caseCmd.file()).then([
      { type: 'CaseFileItemFiled', data: { kind: 'document', itemId: '0b6f5a3e-0000-4000-8000-0000000000c1', title: 'Kế hoạch số 12/KH-UBND về đầu tư công', by: userId('cv.kt1'), at: vn('2026-03-02') } },
    ]);
    givenCaseFile(withItem()).when(caseCmd.file()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_ALREADY_FILED', field: 'itemId' });
    givenCaseFile(withItem()).when(caseCmd.file('0b6f5a3e-0000-4000-8000-0000000000c1', { kind: 'directive', title: 'Nhiệm vụ cùng mã' })).then([expect.objectContaining({ type: 'CaseFileItemFiled' })] as never);
    givenCaseFile(opened()).when(caseCmd.file('x', { kind: 'fax' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'kind' });
    givenCaseFile(opened()).when(caseCmd.file('x', { actor: actor('cv.vx1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OF_FILE_DEPARTMENT' });
  });

  it('CASE_FILE_CLOSED: a closed file refuses filing and a second closing', () => {
    givenCaseFile(closed()).when(caseCmd.file('0b6f5a3e-0000-4000-8000-0000000000c9')).thenThrows({ code: 'WRONG_STATE', rule: 'CASE_FILE_CLOSED' });
    givenCaseFile(closed()).when(caseCmd.close()).thenThrows({ code: 'WRONG_STATE', rule: 'CASE_FILE_CLOSED' });
  });
});

describe('closing (kết thúc hồ sơ)', () => {
  it('records the sheet count, the item index the product computes, and the deposit due date (paper: 1 year)', () => {
    const { state } = givenCaseFile(withItem()).when(caseCmd.close()).then([
      {
        type: 'CaseFileClosed',
        data: {
          endDate: '2026-06-30', sheetCount: 42, depositDue: '2027-06-30', by: userId('cv.kt1'), at: vn('2026-06-30'),
          itemIndex: [{ no: 1, kind: 'document', itemId: '0b6f5a3e-0000-4000-8000-0000000000c1', title: 'Kế hoạch số 12/KH-UBND về đầu tư công', filedOn: '2026-03-02' }],
        },
      },
    ]);
    expect(depositDueNow(state)).toBe('2027-06-30');
  });

  it('a digital file is due 60 days after closing and needs no sheet count', () => {
    const digital = caseHistory(caseCmd.open({ medium: 'digital' }), caseCmd.file());
    givenCaseFile(digital).when(caseCmd.close({ sheetCount: null })).then([expect.objectContaining({ data: expect.objectContaining({ sheetCount: null, depositDue: '2026-08-29' }) })] as never);
  });

  it('refuses: CLOSE_REQUIRES_SHEET_COUNT for paper, an empty file, an end before the start or after today, a bad count', () => {
    givenCaseFile(withItem()).when(caseCmd.close({ sheetCount: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'CLOSE_REQUIRES_SHEET_COUNT', field: 'sheetCount' });
    givenCaseFile(withItem()).when(caseCmd.close({ sheetCount: 0 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SHEET_COUNT' });
    givenCaseFile(opened()).when(caseCmd.close()).thenThrows({ code: 'RULE_VIOLATION', rule: 'CASE_FILE_EMPTY' });
    givenCaseFile(withItem()).when(caseCmd.close({ endDate: '2026-01-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'END_BEFORE_START' });
    givenCaseFile(withItem()).when(caseCmd.close({ endDate: '2026-07-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'END_DATE_IN_FUTURE' });
  });
});

describe('deposit (nộp lưu) and deferral (giữ lại)', () => {
  it('the clerk deposits a closed file into the open December batch', () => {
    const { state } = givenCaseFile(closed()).when(caseCmd.deposit()).then([{ type: 'CaseFileDeposited', data: { period: '2026-12', by: userId('vanthu1'), at: vn('2026-12-10') } }]);
    expect(state.status).toBe('deposited');
  });

  it('refuses: DEPOSIT_REQUIRES_CLOSED_FILE, twice, a batch not open, a bad period, not the clerk', () => {
    givenCaseFile(withItem()).when(caseCmd.deposit()).thenThrows({ code: 'WRONG_STATE', rule: 'DEPOSIT_REQUIRES_CLOSED_FILE' });
    givenCaseFile(caseHistory(caseCmd.open(), caseCmd.file(), caseCmd.close(), caseCmd.deposit())).when(caseCmd.deposit()).thenThrows({ code: 'WRONG_STATE', rule: 'DEPOSIT_REQUIRES_CLOSED_FILE' });
    givenCaseFile(closed()).when(caseCmd.deposit({ period: '2027-06' })).thenThrows({ code: 'WRONG_STATE', rule: 'DEPOSIT_BATCH_NOT_OPEN' });
    givenCaseFile(closed()).when(caseCmd.deposit({ period: '2026-07' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DEPOSIT_PERIOD' });
    givenCaseFile(closed()).when(caseCmd.deposit({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'DEPOSIT_BY_CLERK' });
  });

  it('the office chief keeps a file at most 2 years past its due date, with a reason (DEFERRAL_TOO_LONG)', () => {
    const { state } = givenCaseFile(closed()).when(caseCmd.defer()).then([
      { type: 'CaseFileDepositDeferred', data: { until: '2028-06-30', reason: 'Còn phục vụ thanh tra dự án', by: userId('chanh.vp'), at: vn('2027-06-01') } },
    ]);
    expect(depositDueNow(state)).toBe('2028-06-30');
    givenCaseFile(closed()).when(caseCmd.defer({ until: '2029-07-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DEFERRAL_TOO_LONG', field: 'until' });
    givenCaseFile(closed()).when(caseCmd.defer({ until: '2029-06-30' })).then([expect.objectContaining({ type: 'CaseFileDepositDeferred' })] as never);
    givenCaseFile(closed()).when(caseCmd.defer({ until: '2027-06-30' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DEFERRAL_NOT_LATER' });
    givenCaseFile(closed()).when(caseCmd.defer({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    givenCaseFile(closed()).when(caseCmd.defer({ actor: actor('tp.hctc') })).thenThrows({ code: 'FORBIDDEN', rule: 'DEFER_BY_OFFICE_CHIEF' });
    givenCaseFile(withItem()).when(caseCmd.defer()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the clocks: 1 year (29/2 → 28/2), 60 days, due soon 30 days ahead, overdue after', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(depositDueOf('digital', '2026-11-01')).toBe('2026-12-31');
    expect(depositStandingOn('2026-12-31', '2026-12-01')).toBe('due_soon');
    expect(depositStandingOn('2026-12-31', '2026-11-30')).toBe('not_due');
    expect(depositStandingOn('2026-12-31', '2027-01-01')).toBe('overdue');
  });

  it('the buttons follow the turns table', () => {
    const state = closed().reduce(evolveCaseFile, initialCaseFileState);
    expect(caseFileActions(state, actor('vanthu1'), DEMO_ORGANISATION)).toEqual(['deposit']);
    expect(caseFileActions(state, actor('chanh.vp'), DEMO_ORGANISATION)).toEqual(['defer']);
    expect(caseFileActions(withItem().reduce(evolveCaseFile, initialCaseFileState), actor('cv.kt1'), DEMO_ORGANISATION)).toEqual(['file', 'close']);
  });
});
