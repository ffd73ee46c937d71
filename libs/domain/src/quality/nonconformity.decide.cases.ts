import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor, userId } from '../testing/document-fixtures';
import { deciderSpec } from '../testing/given-when-then';
import type { NonconformityCommand } from './nonconformity.commands';
import { decideNonconformity } from './nonconformity.decide';
import type { NonconformityEvent } from './nonconformity.events';
import { evolveNonconformity, initialNonconformityState } from './nonconformity.state';
import { CHIEF, CODE, ISO, OFFICE_CONTEXT, NOW, OWNER } from './testing/quality-fixtures';

const given = deciderSpec({ decide: decideNonconformity, evolve: evolveNonconformity, initialState: initialNonconformityState }, OFFICE_CONTEXT);

const nonconformityId = '7d1c0000-0000-4000-8000-0000000000a1';
const iso = userId('thuky.iso');
const base = { nonconformityId, actor: ISO, now: NOW };
const cmd = {
  raise: (o: object = {}): NonconformityCommand => ({
    ...base, type: 'raise', source: 'audit', sourceRef: 'Đánh giá nội bộ đợt 1/2026', clause: '8.5.1', description: 'Hồ sơ trả kết quả muộn không có văn bản xin lỗi', severity: 'minor', procedureCode: CODE, ...o,
  }),
  correct: (o: object = {}): NonconformityCommand => ({ ...base, type: 'correct', correction: 'Đã gửi văn bản xin lỗi', ...o }),
  analyse: (o: object = {}): NonconformityCommand => ({ ...base, type: 'analyse', rootCause: 'Chưa theo dõi hạn trên phần mềm', ...o }),
  plan: (o: object = {}): NonconformityCommand => ({ ...base, type: 'plan-action', action: 'Bật cảnh báo hạn', ownerId: OWNER.userId, dueOn: '2026-04-30', ...o }),
  implement: (o: object = {}): NonconformityCommand => ({ ...base, type: 'implement', note: 'Đã bật', actor: OWNER, ...o }),
  verify: (o: object = {}): NonconformityCommand => ({ ...base, type: 'verify', effective: true, note: 'Ba tháng không hồ sơ trễ', ...o }),
  close: (o: object = {}): NonconformityCommand => ({ ...base, type: 'close', ...o }),
};
const ev = {
  raised: { type: 'NonconformityRaised', data: { source: 'audit', sourceRef: 'Đánh giá nội bộ đợt 1/2026', clause: '8.5.1', description: 'Hồ sơ trả kết quả muộn không có văn bản xin lỗi', severity: 'minor', procedureCode: CODE, by: iso, at: NOW } },
  analysed: { type: 'NonconformityRootCauseAnalysed', data: { rootCause: 'Chưa theo dõi hạn trên phần mềm', by: iso, at: NOW } },
  planned: { type: 'CorrectiveActionPlanned', data: { action: 'Bật cảnh báo hạn', ownerId: OWNER.userId, dueOn: '2026-04-30', by: iso, at: NOW } },
  implemented: { type: 'CorrectiveActionImplemented', data: { note: 'Đã bật', by: OWNER.userId, at: NOW } },
  verified: (effective = true) => ({ type: 'CorrectiveActionVerified', data: { effective, note: 'Ba tháng không hồ sơ trễ', by: iso, at: NOW } }) as NonconformityEvent,
} satisfies Record<string, NonconformityEvent | ((effective?: boolean) => NonconformityEvent)>;
const implemented = [ev.raised, ev.analysed, ev.planned, ev.implemented];

describe('a nonconformity from raising to closing', () => {
  it('goes raised → corrected → analysed → action planned → implemented → verified → closed', () => {
    given([]).when(cmd.raise()).then([ev.raised]);
    given([ev.raised]).when(cmd.correct()).then([{ type: 'NonconformityCorrected', data: { correction: 'Đã gửi văn bản xin lỗi', by: iso, at: NOW } }]);
    given([ev.raised]).when(cmd.analyse()).then([ev.analysed]);
    given([ev.raised, ev.analysed]).when(cmd.plan()).then([ev.planned]);
    given([ev.raised, ev.analysed, ev.planned]).when(cmd.implement()).then([ev.implemented]);
    given(implemented).when(cmd.verify()).then([ev.verified()]);
    const { state } = given([...implemented, ev.verified()]).when(cmd.close({ note: ' ' })).then([{ type: 'NonconformityClosed', data: { note: null, by: iso, at: NOW } }]);
    expect(state.status).toBe('closed');
  });

  it('an ineffective action sends it back to plan another; both actions stay on record', () => {
    const { state } = given(implemented).when(cmd.verify({ effective: false, actor: CHIEF })).then([{ type: 'CorrectiveActionVerified', data: { effective: false, note: 'Ba tháng không hồ sơ trễ', by: CHIEF.userId, at: NOW } }]);
    expect(state.status).toBe('analysed');
    const again = given([...implemented, ev.verified(false)]).when(cmd.plan({ action: 'Đào tạo lại' })).then([{ ...ev.planned, data: { ...ev.planned.data, action: 'Đào tạo lại' } }]);
    expect(again.state.status === 'action_planned' && again.state.actions.map((a) => a.verification?.effective ?? null)).toEqual([false, null]);
  });

  it('NC_CLOSE_WITHOUT_VERIFICATION: none closes before an effective verification', () => {
    for (const history of [[ev.raised], implemented, [...implemented, ev.verified(false)]]) {
      given(history).when(cmd.close()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NC_CLOSE_WITHOUT_VERIFICATION' });
    }
  });

  it.each([
    ['no owner', { ownerId: null }, 'ownerId'],
    ['no due date', { dueOn: '' }, 'dueOn'],
  ])('NC_ACTION_OWNER_REQUIRED: %s', (_name, o, field) => {
    given([ev.raised, ev.analysed]).when(cmd.plan(o)).thenThrows({ code: 'RULE_VIOLATION', rule: 'NC_ACTION_OWNER_REQUIRED', field });
  });

  it.each([
    ['an owner not in the organisation', cmd.plan({ ownerId: '00000000-0000-4000-8000-00000000ffff' }), 'UNKNOWN_USER'],
    ['a due date in the past', cmd.plan({ dueOn: '2026-03-04' }), 'DUE_DATE_IN_PAST'],
  ])('RULE_VIOLATION: %s', (_name, command, rule) => {
    given([ev.raised, ev.analysed]).when(command).thenThrows({ code: 'RULE_VIOLATION', rule });
  });

  it('RULE_VIOLATION: an unknown source or procedure when raising', () => {
    given([]).when(cmd.raise({ source: 'rumour' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'source' });
    given([]).when(cmd.raise({ procedureCode: '9.999999' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_PROCEDURE', field: 'procedureCode' });
  });

  it('WRONG_STATE: an action before the root cause, implementing twice, closing twice', () => {
    given([ev.raised]).when(cmd.plan()).thenThrows({ code: 'WRONG_STATE' });
    given(implemented).when(cmd.implement()).thenThrows({ code: 'WRONG_STATE' });
    given([...implemented, ev.verified(), { type: 'NonconformityClosed', data: { note: null, by: iso, at: NOW } }]).when(cmd.close()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_CLOSED' });
  });

  it('FORBIDDEN: only the owner or the secretary implements; the owner does not verify their own action', () => {
    given([ev.raised, ev.analysed, ev.planned]).when(cmd.implement({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ACTION_OWNER_ONLY' });
    given([ev.raised, ev.analysed, { ...ev.planned, data: { ...ev.planned.data, ownerId: iso } }, ev.implemented]).when(cmd.verify()).thenThrows({ code: 'FORBIDDEN', rule: 'VERIFIER_NOT_INDEPENDENT' });
    given(implemented).when(cmd.verify({ actor: OWNER })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
    given([]).when(cmd.raise({ actor: CHIEF })).thenThrows({ code: 'FORBIDDEN', rule: 'ISO_SECRETARY_ONLY' });
  });

  it('NOT_FOUND: a step on a nonconformity never raised', () => {
    given([]).when(cmd.analyse()).thenThrows({ code: 'NOT_FOUND' });
  });
});
