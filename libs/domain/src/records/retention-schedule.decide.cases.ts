import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { deciderSpec } from '../testing/given-when-then';
import { decideRetentionSchedule, type ApproveRetentionSchedule } from './retention-schedule.decide';
import { evolveRetentionSchedule, initialRetentionScheduleState } from './retention-schedule.state';
import { actor, RULES, userId, vn } from './testing/records-fixtures';
import { retentionAtLeast } from './retention';

const given = deciderSpec({ decide: decideRetentionSchedule, evolve: evolveRetentionSchedule, initialState: initialRetentionScheduleState }, undefined);
const approve = (o: Partial<ApproveRetentionSchedule> = {}): ApproveRetentionSchedule => ({ type: 'approve', version: '2026.1', rules: RULES, actor: actor('quantri'), now: vn('2026-01-02'), ...o });

describe('retention table (bảng thời hạn bảo quản, TT 10/2022) as admin-approved data', () => {
  it('an admin approves a version of the whole table; a later version replaces it', () => {
    const { events, state } = given([]).when(approve()).then([{ type: 'RetentionScheduleApproved', data: { version: '2026.1', rules: RULES, by: userId('quantri'), at: vn('2026-01-02') } }]);
    const next = given(events).when(approve({ version: '2026.2', rules: [RULES[0]] })).then([expect.objectContaining({ type: 'RetentionScheduleApproved' })] as never);
    expect(state).toMatchObject({ status: 'approved', version: '2026.1' });
    expect(next.state).toMatchObject({ version: '2026.2', rules: [RULES[0]], versions: ['2026.1', '2026.2'] });
  });

  it('refuses: not an admin, a version approved before, an empty table, a category twice, a bad period', () => {
    given([]).when(approve({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ADMIN_ONLY' });
    const approved = decideRetentionSchedule(approve(), initialRetentionScheduleState);
    given(approved).when(approve()).thenThrows({ code: 'RULE_VIOLATION', rule: 'SCHEDULE_VERSION_EXISTS', field: 'version' });
    given([]).when(approve({ rules: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RULES_REQUIRED' });
    given([]).when(approve({ rules: [RULES[0], RULES[0]] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_CATEGORY', field: 'rules[1].category' });
    given([]).when(approve({ rules: [{ ...RULES[1], period: 0 }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_RETENTION', field: 'rules[0].period' });
  });

  it('permanent outlasts any number of years', () => {
    expect(retentionAtLeast('permanent', 70)).toBe(true);
    expect(retentionAtLeast(70, 'permanent')).toBe(false);
    expect(retentionAtLeast(10, 5)).toBe(true);
    expect(retentionAtLeast(5, 10)).toBe(false);
  });
});
