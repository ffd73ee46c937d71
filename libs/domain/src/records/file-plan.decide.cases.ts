import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { DEMO_ORGANISATION } from '../organisation';
import { decideFilePlan } from './file-plan.decide';
import { evolveFilePlan, initialFilePlanState } from './file-plan.state';
import { filePlanActions } from './file-plan.turns';
import { initialRetentionScheduleState } from './retention-schedule.state';
import { actor, APPROVED_PLAN, CONTEXT, ENTRY, givenPlan, planCmd, planHistory, userId, vn } from './testing/records-fixtures';

const drafted = () => planHistory(planCmd.draft());
const approved = () => planHistory(planCmd.draft(), planCmd.approve());
const entry = { ...ENTRY, retention: 'permanent' as const };

describe('drafting the yearly file plan (Danh mục hồ sơ)', () => {
  it('the clerk drafts the year’s plan with entries: code, title, department, person, retention', () => {
    givenPlan([]).when(planCmd.draft()).then([{ type: 'FilePlanDrafted', data: { year: 2026, entries: [entry], by: userId('vanthu1'), at: vn('2026-01-03') } }]);
    expect(decideFilePlan(planCmd.draft({ actor: actor('tp.hctc') }), initialFilePlanState, CONTEXT)).toHaveLength(1);
  });

  it('RETENTION_BELOW_TABLE: an entry kept shorter than the table’s minimum for its category', () => {
    givenPlan([]).when(planCmd.draft({ entries: [{ ...ENTRY, retention: 20 }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RETENTION_BELOW_TABLE', field: 'entries[0].retention' });
    givenPlan([]).when(planCmd.draft({ entries: [{ ...ENTRY, category: 'nope' }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_RETENTION_CATEGORY', field: 'entries[0].category' });
    const noTable = decideFilePlan.bind(null, planCmd.draft(), initialFilePlanState, { ...CONTEXT, schedule: initialRetentionScheduleState });
    expect(noTable).toThrow(expect.objectContaining({ rule: 'RETENTION_SCHEDULE_NOT_APPROVED' }));
  });

  it('refuses: another role, a second plan for the year, no entries, a code twice, a bad code, a person of another department', () => {
    givenPlan([]).when(planCmd.draft({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_RECORDS_KEEPER' });
    givenPlan([]).when(planCmd.draft({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_RECORDS_KEEPER' });
    givenPlan(drafted()).when(planCmd.draft()).thenThrows({ code: 'WRONG_STATE' });
    givenPlan([]).when(planCmd.draft({ entries: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ENTRIES_REQUIRED' });
    givenPlan([]).when(planCmd.draft({ entries: [ENTRY, ENTRY] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_ENTRY_CODE', field: 'entries[1].code' });
    givenPlan([]).when(planCmd.draft({ entries: [{ ...ENTRY, code: 'kt 01' }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_FILE_CODE' });
    givenPlan([]).when(planCmd.draft({ entries: [{ ...ENTRY, responsibleId: userId('cv.vx1') }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RESPONSIBLE_NOT_IN_DEPARTMENT' });
    givenPlan([]).when(planCmd.draft({ entries: [{ ...ENTRY, departmentId: 'x' }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DEPARTMENT' });
    givenPlan([]).when(planCmd.draft({ year: 1990 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_YEAR' });
  });
});

describe('approval and additions', () => {
  it('the office chief approves with the decision; only then may the plan be used', () => {
    givenPlan(drafted()).when(planCmd.approve()).then([{ type: 'FilePlanApproved', data: { decisionRef: '05/QĐ-VP', by: userId('chanh.vp'), at: vn('2026-01-05') } }]);
    givenPlan(drafted()).when(planCmd.approve({ actor: actor('tp.hctc') })).thenThrows({ code: 'FORBIDDEN', rule: 'APPROVE_BY_OFFICE_CHIEF' });
    givenPlan(drafted()).when(planCmd.approve({ decisionRef: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DECISION_REF_REQUIRED' });
    givenPlan(approved()).when(planCmd.approve()).thenThrows({ code: 'WRONG_STATE' });
    expect(APPROVED_PLAN.status).toBe('approved');
  });

  it('after approval a change is an addition with its reason (AMENDMENT_REASON_REQUIRED); a draft is corrected without one', () => {
    givenPlan(approved()).when(planCmd.add()).thenThrows({ code: 'RULE_VIOLATION', rule: 'AMENDMENT_REASON_REQUIRED', field: 'reason' });
    const { state } = givenPlan(approved()).when(planCmd.add({ reason: 'Phát sinh nhiệm vụ mới' })).then([
      { type: 'FilePlanEntryAdded', data: { entry: { ...ENTRY, code: 'KT.02', title: 'Công văn trao đổi về vốn', category: 'correspondence', retention: 10 }, reason: 'Phát sinh nhiệm vụ mới', by: userId('vanthu1'), at: vn('2026-02-10') } },
    ]);
    expect(state).toMatchObject({ status: 'approved', additions: [{ code: 'KT.02', reason: 'Phát sinh nhiệm vụ mới' }] });
    givenPlan(drafted()).when(planCmd.add({ reason: 'ignored' })).then([expect.objectContaining({ data: expect.objectContaining({ reason: null }) })] as never);
    givenPlan(approved()).when(planCmd.add({ entry: ENTRY, reason: 'x' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_ENTRY_CODE' });
    givenPlan(approved()).when(planCmd.add({ entry: { ...ENTRY, code: 'KT.03', category: 'correspondence', retention: 5 }, reason: 'x' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RETENTION_BELOW_TABLE' });
    givenPlan([]).when(planCmd.add()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the buttons follow the turns table', () => {
    const organisation = DEMO_ORGANISATION;
    const draftedState = drafted().reduce(evolveFilePlan, initialFilePlanState);
    expect(filePlanActions(initialFilePlanState, actor('vanthu1'), organisation)).toEqual(['draft']);
    expect(filePlanActions(APPROVED_PLAN, actor('vanthu1'), organisation)).toEqual(['add-entry']);
    expect(filePlanActions(APPROVED_PLAN, actor('chanh.vp'), organisation)).toEqual(['add-entry']);
    expect(filePlanActions(draftedState, actor('chanh.vp'), organisation)).toEqual(['add-entry', 'approve']);
    expect(filePlanActions(draftedState, actor('tp.kt'), organisation)).toEqual([]);
  });
});
