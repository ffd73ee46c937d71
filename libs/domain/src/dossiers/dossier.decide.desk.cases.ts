import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { DEMO_ORGANISATION } from '../organisation';
import type { AssessFee, DigitiseItems, PayFee, RecordSatisfaction, StopProcessing, WithdrawDossier } from './dossier.commands';
import { classifyDossier } from './dossier.classify';
import { decideDossier } from './dossier.decide';
import { CONTEXT, DOSSIER_ID, actor, cmd, given, historyUntil, procedure, run, stateAt, T, userId, version, vn } from './testing/dossier-fixtures';
import { dossierStateFrom, initialDossierState } from './dossier.state';
import { canViewDossier, dossierActions } from './dossier.turns';

const CAL = VIETNAM_CALENDAR.version;
const issuedThen = (...extra: Parameters<typeof decideDossier>[0][]) =>
  run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise(), cmd.submit(), cmd.initial(), cmd.sign(), cmd.issue(), ...extra);

describe('result-at-desk (the class is final: against the due date Mon 5/5/2025)', () => {
  it('before the due date: early; the row of the step after the process is untimed', () => {
    const { state } = given(historyUntil('issued'))
      .when(cmd.resultAtDesk())
      .then([
        {
          type: 'ResultReceivedAtDesk',
          data: {
            classification: 'early',
            handover: {
              stepNo: 7,
              task: 'Chuyển kết quả về Bộ phận một cửa',
              fromUserId: userId('vanthu1'),
              fromUnitId: DEMO_ORGANISATION.users.find((u) => u.id === userId('vanthu1'))!.departmentId,
              toUserId: userId('motcua1'),
              toUnitId: DEMO_ORGANISATION.users.find((u) => u.id === userId('motcua1'))!.departmentId,
              startedAt: T.issued,
              handedAt: T.atDesk,
              dueAt: null,
              outcome: null,
              calendarVersion: CAL,
            },
            by: userId('motcua1'),
            at: T.atDesk,
          },
        },
      ]);
    expect(state.status).toBe('result_at_desk');
  });

  it('on the due date: on_time; after it: late', () => {
    expect(decideDossier(cmd.resultAtDesk({ now: vn('2025-05-05', '16:59') }), stateAt('issued'), CONTEXT)[0].data).toMatchObject({ classification: 'on_time' });
    expect(decideDossier(cmd.resultAtDesk({ now: vn('2025-05-06', '08:00') }), stateAt('issued'), CONTEXT)[0].data).toMatchObject({ classification: 'late' });
  });

  it('only the desk, only once issued', () => {
    given(historyUntil('issued')).when(cmd.resultAtDesk({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given(historyUntil('signed')).when(cmd.resultAtDesk()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('return (trả kết quả)', () => {
  it('to whom (ký nhận), by which method', () => {
    const { state } = given(historyUntil('result_at_desk'))
      .when(cmd.return())
      .then([{ type: 'ResultReturned', data: { receivedBy: { name: 'Nguyễn Văn Bình', idNumber: '001085012345' }, method: 'desk', by: userId('motcua1'), at: T.returned } }]);
    expect(state.status).toBe('returned');
  });

  it('nothing is returned before the result is issued (RESULT_NOT_ISSUED); the receiver’s name is required; a known method', () => {
    given(historyUntil('signed')).when(cmd.return()).thenThrows({ code: 'RULE_VIOLATION', rule: 'RESULT_NOT_ISSUED' });
    given(historyUntil('received')).when(cmd.return()).thenThrows({ code: 'RULE_VIOLATION', rule: 'RESULT_NOT_ISSUED' });
    given(historyUntil('signed')).when(cmd.return({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given(historyUntil('issued')).when(cmd.return()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('returned')).when(cmd.return()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('result_at_desk')).when(cmd.return({ receivedBy: { name: ' ' } })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIPT_SIGNATURE_REQUIRED', field: 'receivedBy.name' });
    given(historyUntil('result_at_desk')).when(cmd.return({ receivedBy: undefined as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'RECEIPT_SIGNATURE_REQUIRED' });
    given(historyUntil('result_at_desk')).when(cmd.return({ method: 'email' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE', field: 'method' });
  });
});

describe('apologise (Mẫu 04): a second, informational date', () => {
  it('the handling unit’s head (or the handler) gives a new date after the current due date; before the due date it is not late', () => {
    const { state } = given(historyUntil('with_specialist'))
      .when(cmd.apologise())
      .then([
        {
          type: 'ApologyIssued',
          data: { reason: 'Chờ ý kiến của Bộ Kế hoạch và Đầu tư', previousDueDate: '2025-05-05', newDueDate: '2025-05-09', issuedLate: false, by: userId('tp.kt'), at: cmd.apologise().now },
        },
      ]);
    expect(state).toMatchObject({ due: { due: '2025-05-05' } });
    expect(decideDossier(cmd.apologise({ actor: actor('cv.kt1') }), stateAt('with_specialist'), CONTEXT)).toHaveLength(1);
  });

  it('given on or after the original due date it is recorded as issued late; a second one must go after the first new date', () => {
    const onDue = decideDossier(cmd.apologise({ now: vn('2025-05-05', '08:00') }), stateAt('with_specialist'), CONTEXT);
    expect(onDue[0].data).toMatchObject({ issuedLate: true });
    const history = [...historyUntil('with_specialist'), ...onDue];
    given(history).when(cmd.apologise({ newDueDate: '2025-05-08' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'APOLOGY_DATE_NOT_LATER' });
    expect(decideDossier(cmd.apologise({ newDueDate: '2025-05-12' }), dossierStateFrom(history), CONTEXT)[0].data).toMatchObject({ previousDueDate: '2025-05-09' });
  });

  it('never turns late into on time: the result after the original due date is late, whatever the new date', () => {
    const { state } = issuedThen(cmd.apologise({ actor: actor('tp.kt'), now: vn('2025-04-29', '11:00') }), cmd.resultAtDesk({ now: vn('2025-05-07', '09:00') }));
    expect(state).toMatchObject({ status: 'result_at_desk', atDesk: { classification: 'late' } });
    expect(classifyDossier(state, vn('2025-05-08'), VIETNAM_CALENDAR)).toBe('late');
  });

  it('the new date is later than the current one and a working day; a reason is required; only the handling unit', () => {
    given(historyUntil('with_specialist')).when(cmd.apologise({ newDueDate: '2025-05-05' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'APOLOGY_DATE_NOT_LATER' });
    given(historyUntil('with_specialist')).when(cmd.apologise({ newDueDate: '2025-05-10' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_WORKING_DAY' });
    given(historyUntil('with_specialist')).when(cmd.apologise({ newDueDate: '2025-13-01' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_DATE' });
    given(historyUntil('with_specialist')).when(cmd.apologise({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    given(historyUntil('with_specialist')).when(cmd.apologise({ actor: actor('tp.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_UNIT' });
    given(historyUntil('with_specialist')).when(cmd.apologise({ actor: actor('motcua1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_UNIT' });
    given(historyUntil('received')).when(cmd.apologise()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('result_at_desk')).when(cmd.apologise()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('stop and withdraw', () => {
  const stop: StopProcessing = { type: 'stop', dossierId: DOSSIER_ID, actor: actor('pho.chanh.vp.kt'), now: vn('2025-04-28'), reason: 'Người nộp đề nghị dừng giải quyết' };
  const withdraw: WithdrawDossier = { type: 'withdraw', dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-04-28'), reason: 'Người nộp xin rút hồ sơ' };

  it('an office leader stops processing (Mẫu 05); the dossier leaves the classification', () => {
    const { state } = given(historyUntil('with_specialist')).when(stop).then([{ type: 'ProcessingStopped', data: { reason: stop.reason, by: userId('pho.chanh.vp.kt'), at: stop.now } }]);
    expect(state.status).toBe('stopped');
    expect(classifyDossier(state, vn('2025-06-01'), VIETNAM_CALENDAR)).toBeNull();
    given(historyUntil('with_specialist')).when({ ...stop, actor: actor('tp.kt') }).thenThrows({ code: 'FORBIDDEN', rule: 'OFFICE_LEADER_ONLY' });
    given(historyUntil('with_specialist')).when({ ...stop, reason: '' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    given(historyUntil('issued')).when(stop).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the desk records a withdrawal before the result is issued', () => {
    const { state } = given(historyUntil('signed')).when(withdraw).then([{ type: 'DossierWithdrawn', data: { reason: withdraw.reason, by: userId('motcua1'), at: withdraw.now } }]);
    expect(state.status).toBe('withdrawn');
    given(historyUntil('issued')).when(withdraw).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('received')).when({ ...withdraw, actor: actor('cv.kt1') }).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given(run(CONTEXT, cmd.receive(), withdraw).events).when(cmd.transfer()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('fees, payments, digitisation, satisfaction (the desk; QĐ 766)', () => {
  const base = { dossierId: DOSSIER_ID, actor: actor('motcua1'), now: vn('2025-04-24', '09:30') };
  const fee: AssessFee = { ...base, type: 'fees', amountVnd: 50000 };
  const pay: PayFee = { ...base, type: 'payments', method: 'online' };
  const digitise: DigitiseItems = { ...base, type: 'digitise', items: ['Văn bản đề nghị'] };
  const rate: RecordSatisfaction = { ...base, type: 'satisfaction', now: T.returned, score: 5, answers: { 'Thái độ phục vụ': 'Tốt' } };

  it('a fee (integer ≥ 0), then its payment by a method; paid once', () => {
    const { events } = given(historyUntil('received')).when(fee).then([{ type: 'FeeAssessed', data: { amountVnd: 50000, by: userId('motcua1'), at: base.now } }]);
    const assessed = [...historyUntil('received'), ...events];
    const { events: paid } = given(assessed).when(pay).then([{ type: 'FeePaid', data: { amountVnd: 50000, method: 'online', by: userId('motcua1'), at: base.now } }]);
    given([...assessed, ...paid]).when(pay).thenThrows({ code: 'RULE_VIOLATION', rule: 'FEE_ALREADY_PAID' });
    given([...assessed, ...paid]).when(fee).thenThrows({ code: 'RULE_VIOLATION', rule: 'FEE_ALREADY_PAID' });
    given(assessed).when({ ...pay, amountVnd: 40000 }).thenThrows({ code: 'RULE_VIOLATION', rule: 'AMOUNT_MISMATCH' });
    given(assessed).when({ ...pay, method: 'card' as never }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE' });
    given(historyUntil('received')).when(pay).thenThrows({ code: 'RULE_VIOLATION', rule: 'FEE_NOT_ASSESSED' });
    given(historyUntil('received')).when({ ...fee, amountVnd: -1 }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_AMOUNT' });
    given(historyUntil('received')).when({ ...fee, amountVnd: 0.5 }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_AMOUNT' });
    given(historyUntil('received')).when({ ...fee, actor: actor('cv.kt1') }).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given(historyUntil('returned')).when(fee).thenThrows({ code: 'WRONG_STATE' });
  });

  it('digitised items are items received', () => {
    const { state } = given(historyUntil('received')).when(digitise).then([{ type: 'ItemsDigitised', data: { items: ['Văn bản đề nghị'], by: userId('motcua1'), at: base.now } }]);
    expect(state.status !== 'none' && state.status !== 'submitted_online' && state.digitised).toEqual(['Văn bản đề nghị']);
    given(historyUntil('received')).when({ ...digitise, items: ['Sổ đỏ'] }).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEM_NOT_RECEIVED' });
    given(historyUntil('received')).when({ ...digitise, items: [] }).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEMS_REQUIRED' });
  });

  it('satisfaction 1..5, once, after the result reached the desk', () => {
    const { events } = given(historyUntil('returned'))
      .when(rate)
      .then([{ type: 'SatisfactionRecorded', data: { score: 5, answers: { 'Thái độ phục vụ': 'Tốt' }, by: userId('motcua1'), at: T.returned } }]);
    given([...historyUntil('returned'), ...events]).when(rate).thenThrows({ code: 'RULE_VIOLATION', rule: 'SATISFACTION_ALREADY_RECORDED' });
    given(historyUntil('returned')).when({ ...rate, score: 6 }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SCORE' });
    given(historyUntil('returned')).when({ ...rate, score: 0 }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_SCORE' });
    given(historyUntil('returned')).when({ ...rate, answers: { q: '' } }).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE' });
    given(historyUntil('issued')).when(rate).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('classifyDossier', () => {
  it('in_time until the end of the due day, overdue after; null before receipt', () => {
    const state = stateAt('with_specialist');
    expect(classifyDossier(initialDossierState, T.received, VIETNAM_CALENDAR)).toBeNull();
    expect(classifyDossier(state, vn('2025-05-05', '23:59'), VIETNAM_CALENDAR)).toBe('in_time');
    expect(classifyDossier(state, vn('2025-05-06', '00:00'), VIETNAM_CALENDAR)).toBe('overdue');
  });

  it('the final class once at the desk, whenever asked', () => {
    expect(classifyDossier(stateAt('result_at_desk'), vn('2025-06-01'), VIETNAM_CALENDAR)).toBe('early');
    expect(classifyDossier(stateAt('returned'), vn('2025-06-01'), VIETNAM_CALENDAR)).toBe('early');
  });

  it('while a supplement is awaited, against the due date it would get now: restart never overdue, pause shifted', () => {
    const request = cmd.requestSupplement({ now: vn('2025-04-25', '09:00') });
    const restart = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), request).state;
    expect(classifyDossier(restart, vn('2025-06-30'), VIETNAM_CALENDAR)).toBe('in_time');
    const pausedContext = { ...CONTEXT, procedure: procedure(version({ supplementPolicy: 'pause' })) };
    const paused = run(pausedContext, cmd.receive(), cmd.transfer(), cmd.assign(), request).state;
    expect(classifyDossier(paused, vn('2025-05-07'), VIETNAM_CALENDAR)).toBe('in_time');
    // Asked on Mon 5/5, its due date: a late request stays overdue while paused.
    const lateRequest = run(pausedContext, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.requestSupplement({ now: vn('2025-05-06') })).state;
    expect(classifyDossier(lateRequest, vn('2025-05-07'), VIETNAM_CALENDAR)).toBe('overdue');
  });
});

describe('dossierActions and canViewDossier (from the one turns table)', () => {
  it('gives each person the steps that are theirs now', () => {
    expect(dossierActions(initialDossierState, actor('motcua1'), DEMO_ORGANISATION)).toEqual(['receive', 'submit-online']);
    expect(dossierActions(initialDossierState, actor('cv.kt1'), DEMO_ORGANISATION)).toEqual([]);
    expect(dossierActions(stateAt('received'), actor('motcua1'), DEMO_ORGANISATION)).toEqual(['transfer', 'withdraw', 'fees', 'digitise']);
    expect(dossierActions(stateAt('in_department'), actor('tp.kt'), DEMO_ORGANISATION)).toEqual(['transfer', 'apologise']);
    expect(dossierActions(stateAt('with_specialist'), actor('cv.kt1'), DEMO_ORGANISATION)).toEqual(['transfer', 'appraise', 'request-supplement', 'request-opinion', 'apologise']);
    expect(dossierActions(stateAt('appraised'), actor('cv.kt1'), DEMO_ORGANISATION)).toEqual(['appraise', 'request-opinion', 'submit', 'apologise']);
    expect(dossierActions(stateAt('submitted'), actor('pho.chanh.vp.kt'), DEMO_ORGANISATION)).toEqual(['initial', 'stop']);
    expect(dossierActions(stateAt('initialled'), actor('pho.chu.tich.kt'), DEMO_ORGANISATION)).toEqual(['sign']);
    expect(dossierActions(stateAt('signed'), actor('vanthu2'), DEMO_ORGANISATION)).toEqual(['issue']);
    expect(dossierActions(stateAt('issued'), actor('motcua1'), DEMO_ORGANISATION)).toEqual(['result-at-desk', 'fees', 'digitise']);
    expect(dossierActions(stateAt('result_at_desk'), actor('motcua1'), DEMO_ORGANISATION)).toEqual(['return', 'fees', 'digitise', 'satisfaction']);
  });

  it('shows nothing to someone who may not see the dossier', () => {
    expect(canViewDossier(stateAt('with_specialist'), actor('cv.vx1'), DEMO_ORGANISATION)).toBe(false);
    expect(dossierActions(stateAt('with_specialist'), actor('cv.vx1'), DEMO_ORGANISATION)).toEqual([]);
  });

  it('the path, the holder, the desk, leaders, the ISO secretary and auditors see it; others do not', () => {
    const state = stateAt('in_department');
    for (const who of ['motcua1', 'tp.kt', 'chanh.vp', 'pho.chanh.vp.vx', 'chu.tich', 'pho.chu.tich.vx', 'thuky.iso', 'kiemtoan1']) {
      expect(canViewDossier(state, actor(who), DEMO_ORGANISATION), who).toBe(true);
    }
    for (const who of ['cv.kt1', 'tp.vx', 'vanthu1', 'quantri']) expect(canViewDossier(state, actor(who), DEMO_ORGANISATION), who).toBe(false);
    expect(canViewDossier(stateAt('returned'), actor('cv.kt1'), DEMO_ORGANISATION)).toBe(true);
    expect(canViewDossier(stateAt('returned'), actor('vanthu1'), DEMO_ORGANISATION)).toBe(true);
    expect(canViewDossier(initialDossierState, actor('kiemtoan1'), DEMO_ORGANISATION)).toBe(false);
  });
});
