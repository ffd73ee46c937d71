import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { decideDossier } from './dossier.decide';
import type { DossierEvent } from './dossier.events';
import { CONTEXT, actor, cmd, departmentId, given, historyUntil, procedure, run, T, userId, version, vn } from './testing/dossier-fixtures';
import { dossierStateFrom } from './dossier.state';
import type { Handover } from './dossier.types';

const CAL = VIETNAM_CALENDAR.version;
const KT = departmentId('KT');
const HCTC = departmentId('HCTC');

function row(overrides: Partial<Handover>): Handover {
  return {
    stepNo: 1,
    task: 'Tiếp nhận, chuyển hồ sơ',
    fromUserId: userId('motcua1'),
    fromUnitId: HCTC,
    toUserId: null,
    toUnitId: KT,
    startedAt: T.received,
    handedAt: T.toDepartment,
    dueAt: vn('2025-04-24', '17:00'),
    outcome: 'on_time',
    calendarVersion: CAL,
    ...overrides,
  };
}

describe('transfer (chuyển hồ sơ, a row of the control sheet)', () => {
  it('the desk hands the dossier to a department: closes step 1 (0.5 day from 09:00: due 17:00 the same day)', () => {
    const { state } = given(historyUntil('received'))
      .when(cmd.transfer({ note: 'Chuyển Phòng Kinh tế' }))
      .then([{ type: 'DossierTransferred', data: { toUnitId: KT, toUserId: null, note: 'Chuyển Phòng Kinh tế', handover: row({}), by: userId('motcua1'), at: T.toDepartment } }]);
    expect(state).toMatchObject({ status: 'in_department', holder: { unitId: KT, userId: null }, currentStep: { no: 2, startedAt: T.toDepartment } });
  });

  it('the department head hands it to a specialist, who becomes the handler', () => {
    const { state } = given(historyUntil('in_department'))
      .when(cmd.assign())
      .then([
        {
          type: 'DossierTransferred',
          data: {
            toUnitId: KT,
            toUserId: userId('cv.kt1'),
            note: null,
            handover: row({ stepNo: 2, task: 'Phân công thụ lý', fromUserId: userId('tp.kt'), fromUnitId: KT, toUserId: userId('cv.kt1'), startedAt: T.toDepartment, handedAt: T.toSpecialist }),
            by: userId('tp.kt'),
            at: T.toSpecialist,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'with_specialist', handlerId: userId('cv.kt1'), handlingUnitId: KT, holder: { unitId: KT, userId: userId('cv.kt1') } });
  });

  it('a step handed after its due instant is late; on a day before the due day, early', () => {
    const [late] = decideDossier(cmd.assign({ now: vn('2025-04-25', '08:30') }), dossierStateFrom(historyUntil('in_department')), CONTEXT);
    expect(late.data).toMatchObject({ handover: { dueAt: vn('2025-04-24', '17:00'), outcome: 'late' } });
    const afternoon = run(CONTEXT, cmd.receive({ now: vn('2025-04-24', '14:00') })).state;
    const [early] = decideDossier(cmd.transfer({ now: vn('2025-04-24', '16:00') }), afternoon, CONTEXT);
    // Received in the afternoon: the half-day step runs the next morning, due Fri 25/4 12:00.
    expect(early.data).toMatchObject({ handover: { dueAt: vn('2025-04-25', '12:00'), outcome: 'early' } });
  });

  it('only the holder transfers: the desk at the desk, the head of the holding department, then the handler', () => {
    given(historyUntil('received')).when(cmd.transfer({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HOLDER' });
    given(historyUntil('in_department')).when(cmd.assign({ actor: actor('tp.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HOLDER' });
    given(historyUntil('in_department')).when(cmd.assign({ actor: actor('motcua1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HOLDER' });
    given(historyUntil('with_specialist')).when(cmd.assign({ actor: actor('cv.kt1'), toUserId: userId('cv.kt2') })).then([expect.objectContaining({ type: 'DossierTransferred' })]);
    given(historyUntil('with_specialist')).when(cmd.assign({ actor: actor('tp.kt'), toUserId: userId('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HOLDER' });
  });

  it('goes to exactly one department or one specialist, never where it already is', () => {
    given(historyUntil('received')).when(cmd.transfer({ toUserId: userId('cv.kt1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_TRANSFER_TARGET' });
    given(historyUntil('received')).when(cmd.transfer({ toUnitId: null })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_TRANSFER_TARGET' });
    given(historyUntil('received')).when(cmd.transfer({ toUnitId: 'nowhere' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DEPARTMENT' });
    given(historyUntil('in_department')).when(cmd.assign({ toUserId: userId('tp.kt') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_SPECIALIST' });
    given(historyUntil('in_department')).when(cmd.assign({ toUserId: null, toUnitId: KT })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ALREADY_HOLDS' });
  });

  it('is the wrong state once the result is being prepared', () => {
    given(historyUntil('appraised')).when(cmd.assign({ actor: actor('cv.kt1'), toUserId: userId('cv.kt2') })).thenThrows({ code: 'WRONG_STATE' });
    given([]).when(cmd.transfer()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('beyond the last step of the process, the row is untimed', () => {
    const short = procedure(version({ steps: [{ no: 1, task: 'Tiếp nhận', unit: 'Bộ phận một cửa', role: 'onestop_officer', workingDays: 0.5 }] }));
    const context = { ...CONTEXT, procedure: short };
    const { state } = run(context, cmd.receive(), cmd.transfer());
    const [event] = decideDossier(cmd.assign(), state, context);
    expect(event.data).toMatchObject({ handover: { stepNo: 2, task: 'Chuyển hồ sơ', dueAt: null, outcome: null } });
  });
});

describe('appraise (thẩm định)', () => {
  it('the handler records the findings and the outcome', () => {
    const { state } = given(historyUntil('with_specialist'))
      .when(cmd.appraise({ note: ' Đủ điều kiện ' }))
      .then([{ type: 'DossierAppraised', data: { outcome: 'eligible', findings: 'Hồ sơ đầy đủ, hợp lệ; dự án phù hợp quy hoạch', note: 'Đủ điều kiện', by: userId('cv.kt1'), at: T.appraised } }]);
    expect(state.status).toBe('appraised');
  });

  it('only the handler; findings required; a known outcome', () => {
    given(historyUntil('with_specialist')).when(cmd.appraise({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_SPECIALIST' });
    given(historyUntil('with_specialist')).when(cmd.appraise({ findings: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'FINDINGS_REQUIRED' });
    given(historyUntil('with_specialist')).when(cmd.appraise({ findings: 'x'.repeat(4001) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'TEXT_TOO_LONG' });
    given(historyUntil('with_specialist')).when(cmd.appraise({ outcome: 'valid' as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_VALUE' });
    given(historyUntil('in_department')).when(cmd.appraise()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('supplement during processing', () => {
  const request = cmd.requestSupplement({ now: vn('2025-04-25', '09:00') });
  const withRequest = (context = CONTEXT) => run(context, cmd.receive(), cmd.transfer(), cmd.assign(), request).events;

  it('the handler lists everything missing once; the version says what the clock does', () => {
    const { state } = given(historyUntil('with_specialist'))
      .when(request)
      .then([{ type: 'SupplementRequestedDuringProcessing', data: { missing: request.missing, policy: 'restart', by: userId('cv.kt1'), at: request.now } }]);
    expect(state.status).toBe('supplement_requested');
  });

  it('restart: the desk receives the supplement; the due date counts again from it (Wed 7/5/2025 + 5 = Wed 14/5)', () => {
    const { state } = given(withRequest())
      .when(cmd.receiveSupplement())
      .then([
        {
          type: 'DossierSupplementReceived',
          data: {
            items: ['Báo cáo năng lực tài chính'],
            previousDue: { due: '2025-05-05', calendarVersion: CAL },
            due: { due: '2025-05-14', calendarVersion: CAL },
            by: userId('motcua1'),
            at: cmd.receiveSupplement().now,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'with_specialist', due: { due: '2025-05-14' }, appraisal: null, currentStep: { no: 3, startedAt: cmd.receiveSupplement().now } });
    expect(state.status !== 'none' && state.status !== 'submitted_online' && state.dueHistory.map((d) => [d.reason, d.due.due])).toEqual([
      ['received', '2025-05-05'],
      ['restart', '2025-05-14'],
    ]);
  });

  it('pause: the working days between request and receipt are added (Fri 25/4 → Wed 7/5/2025: 6 days, due Tue 13/5)', () => {
    const paused = { ...CONTEXT, procedure: procedure(version({ supplementPolicy: 'pause' })) };
    const [event] = decideDossier(cmd.receiveSupplement(), dossierStateFrom(withRequest(paused)), paused);
    expect(event.data).toMatchObject({ previousDue: { due: '2025-05-05' }, due: { due: '2025-05-13' } });
  });

  it('a handling unit asks once (SUPPLEMENT_ALREADY_REQUESTED); another unit may ask its own', () => {
    const { events } = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), request, cmd.receiveSupplement());
    given(events).when(cmd.requestSupplement()).thenThrows({ code: 'RULE_VIOLATION', rule: 'SUPPLEMENT_ALREADY_REQUESTED' });
    const toVx = cmd.assign({ actor: actor('cv.kt1'), toUserId: userId('cv.vx1'), now: vn('2025-05-08') });
    const moved = [...events, ...decideDossier(toVx, dossierStateFrom(events), CONTEXT)];
    expect(decideDossier(cmd.requestSupplement({ actor: actor('cv.vx1'), now: vn('2025-05-08', '10:00') }), dossierStateFrom(moved), CONTEXT)).toHaveLength(1);
  });

  it('not after an eligible appraisal; only the handler asks; only the desk receives', () => {
    given(historyUntil('appraised')).when(cmd.requestSupplement()).thenThrows({ code: 'RULE_VIOLATION', rule: 'APPRAISAL_ALREADY_ELIGIBLE' });
    given(historyUntil('with_specialist')).when(cmd.requestSupplement({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_SPECIALIST' });
    given(withRequest()).when(cmd.receiveSupplement({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'ONESTOP_ONLY_DESK' });
    given(withRequest()).when(cmd.receiveSupplement({ items: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ITEMS_REQUIRED' });
    given(historyUntil('with_specialist')).when(cmd.receiveSupplement()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('with_specialist')).when(cmd.requestSupplement({ missing: [{ item: 'Báo cáo', reason: '' }] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
  });

  it('after a needs-supplement appraisal, the request is allowed', () => {
    const events: DossierEvent[] = run(CONTEXT, cmd.receive(), cmd.transfer(), cmd.assign(), cmd.appraise({ outcome: 'needs_supplement' })).events;
    expect(decideDossier(request, dossierStateFrom(events), CONTEXT)).toHaveLength(1);
  });
});

describe('partner opinions (lấy ý kiến cơ quan phối hợp)', () => {
  const ask = { type: 'request-opinion' as const, dossierId: cmd.receive().dossierId, actor: actor('cv.kt1'), now: T.appraised, partner: 'Sở Tài chính', request: 'Đề nghị cho ý kiến về năng lực tài chính', dueDate: '2025-05-06' };
  const answer = { type: 'receive-opinion' as const, dossierId: ask.dossierId, actor: actor('motcua1'), now: vn('2025-05-05'), partner: 'Sở Tài chính', opinion: 'Thống nhất' };

  it('the handler asks; the answer is recorded by the desk or the handler; the opinion is kept', () => {
    const { events } = given(historyUntil('with_specialist'))
      .when(ask)
      .then([{ type: 'PartnerOpinionRequested', data: { partner: 'Sở Tài chính', request: ask.request, dueDate: '2025-05-06', by: userId('cv.kt1'), at: T.appraised } }]);
    const history = [...historyUntil('with_specialist'), ...events];
    const { state } = given(history).when(answer).then([{ type: 'PartnerOpinionReceived', data: { partner: 'Sở Tài chính', opinion: 'Thống nhất', by: userId('motcua1'), at: answer.now } }]);
    expect(state.status !== 'none' && state.status !== 'submitted_online' && state.opinions[0]).toMatchObject({ opinion: 'Thống nhất', answeredAt: answer.now });
    given(history).when({ ...answer, actor: actor('cv.kt1') }).then([expect.objectContaining({ type: 'PartnerOpinionReceived' })]);
  });

  it('one pending request per partner; no answer without a request; a due date not in the past', () => {
    const history = [...historyUntil('with_specialist'), ...decideDossier(ask, dossierStateFrom(historyUntil('with_specialist')), CONTEXT)];
    given(history).when(ask).thenThrows({ code: 'RULE_VIOLATION', rule: 'OPINION_ALREADY_REQUESTED' });
    given(historyUntil('with_specialist')).when(answer).thenThrows({ code: 'RULE_VIOLATION', rule: 'OPINION_NOT_REQUESTED' });
    given(historyUntil('with_specialist')).when({ ...ask, dueDate: '2025-04-01' }).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_IN_PAST' });
    given(historyUntil('with_specialist')).when({ ...ask, actor: actor('motcua1') }).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_SPECIALIST' });
    given(history).when({ ...answer, actor: actor('tp.kt') }).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_HANDLING_SPECIALIST' });
  });
});
