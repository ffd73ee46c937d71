import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { clockPaused } from '../deadlines';
import { DEMO_ORGANISATION } from '../organisation';
import { actor, cmd, departmentId, given, historyUntil, run, T, userId, vn } from '../testing/document-fixtures';
import { canView } from './document.access';
import type { DocumentEvent } from './document.events';
import { documentStateFrom } from './document.state';
import { DOCUMENT_DISTRIBUTED_V1_TO_V2 } from './document.upcasters';
import { documentDeadlines } from './document.views';

/** Để biết (issue 16 point 5) and the submit clock while a supplement is awaited (point 6). */

const org = DEMO_ORGANISATION;
const TOLD = { departmentIds: [departmentId('VX')], userIds: [userId('cv.nc1')] };
const distributed = (confidentiality: 'normal' | 'secret') =>
  documentStateFrom(run(cmd.receive({ confidentiality }), cmd.distribute({ forInformation: TOLD })).events);

describe('distribute for information (để biết)', () => {
  it('records the departments and people told, besides the one lead department', () => {
    const { state } = given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: TOLD }))
      .then([
        {
          type: 'DocumentDistributed',
          data: {
            departmentId: departmentId('KT'),
            direction: 'Giao Phòng Kinh tế nghiên cứu, tham mưu',
            forInformation: TOLD,
            dueDate: '2025-05-15',
            leaderDeadline: expect.objectContaining({ clock: 'leader', due: '2025-05-15' }) as never,
            redistribution: false,
            by: userId('pho.chanh.vp.kt'),
            at: T.distributed,
          },
        },
      ]);
    expect(state.status === 'distributed' && state.forInformation).toEqual(TOLD);
  });

  it('absent or null lists are nobody', () => {
    const { events } = given(historyUntil('received')).when(cmd.distribute({ forInformation: { departmentIds: null } })).then([expect.anything() as DocumentEvent]);
    expect(events[0].data).toMatchObject({ forInformation: { departmentIds: [], userIds: [] } });
  });

  it('LEAD_DEPARTMENT_FOR_INFORMATION: the lead department is the focal point, not a reader (QC 10.1.1)', () => {
    given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: { departmentIds: [departmentId('KT')] } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'LEAD_DEPARTMENT_FOR_INFORMATION', field: 'forInformation.departmentIds' });
  });

  it('UNKNOWN_DEPARTMENT / UNKNOWN_USER: only departments and staff of the organisation', () => {
    given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: { departmentIds: ['00000000-0000-4000-8000-00000000ffff'] } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_DEPARTMENT', field: 'forInformation.departmentIds' });
    given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: { userIds: ['00000000-0000-4000-8000-00000000ffff'] } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_USER', field: 'forInformation.userIds' });
  });

  it('DUPLICATE_FOR_INFORMATION: each reader once', () => {
    given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: { userIds: [userId('cv.nc1'), userId('cv.nc1')] } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_FOR_INFORMATION', field: 'forInformation.userIds' });
    given(historyUntil('received'))
      .when(cmd.distribute({ forInformation: { departmentIds: [departmentId('VX'), departmentId('VX')] } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_FOR_INFORMATION', field: 'forInformation.departmentIds' });
  });

  it('a misrouting return clears them with the routing; the new distribution names its own', () => {
    const history = run(cmd.receive(), cmd.distribute({ forInformation: TOLD }), cmd.assign(), cmd.return()).events;
    expect(documentStateFrom(history)).toMatchObject({ status: 'returned', forInformation: { departmentIds: [], userIds: [] } });
    const { state } = given(history)
      .when(cmd.distribute({ departmentId: departmentId('VX'), dueDate: null, now: vn('2025-04-28', '14:00'), forInformation: { departmentIds: [departmentId('KT')] } }))
      .then([expect.anything() as DocumentEvent]);
    expect(state).toMatchObject({ status: 'distributed', forInformation: { departmentIds: [departmentId('KT')], userIds: [] } });
  });

  it('v1 events (before để biết) read as nobody told', () => {
    const [v1] = run(cmd.receive(), cmd.distribute()).events.slice(1);
    const { forInformation: _none, ...data } = v1.data as Extract<DocumentEvent, { type: 'DocumentDistributed' }>['data'];
    expect(DOCUMENT_DISTRIBUTED_V1_TO_V2.upcast(data).forInformation).toEqual({ departmentIds: [], userIds: [] });
  });
});

describe('who reads a document for information', () => {
  it('confidential: the named person and the head of the named department read it; their colleagues do not', () => {
    const s = distributed('secret');
    expect(canView(s, actor('cv.nc1'), org)).toBe(true);
    expect(canView(s, actor('tp.vx'), org)).toBe(true);
    for (const other of ['cv.vx1', 'tp.nc', 'cv.kt2']) expect(canView(s, actor(other), org), other).toBe(false);
  });

  it('they owe nothing: no step, no clock of their own', () => {
    const s = distributed('normal');
    expect(s.status).toBe('distributed');
    // Readers for information are never on the path (which names who acted) nor given a deadline.
    expect(s.status !== 'none' && s.path).not.toContain(userId('cv.nc1'));
    expect(Object.keys(documentDeadlines(s)).sort()).toEqual(['distribute', 'leader', 'submit', 'supplement']);
  });
});

describe('the submit clock while a supplement is awaited (QC 10.2.3: from a valid dossier)', () => {
  it('only the submit clock stands still, and only while waiting', () => {
    expect(clockPaused('submit', true)).toBe(true);
    expect(clockPaused('submit', false)).toBe(false);
    for (const clock of ['distribute', 'supplement', 'issue', 'leader'] as const) expect(clockPaused(clock, true)).toBe(false);
  });

  it('given a supplement requested, the submit clock is paused: it cannot fall late however long the sender takes', () => {
    const { state } = given(historyUntil('assigned')).when(cmd.requestSupplement()).then([expect.objectContaining({ type: 'SupplementRequested' }) as DocumentEvent]);
    const deadlines = documentDeadlines(state);
    expect(deadlines.submit).toMatchObject({ due: '2025-05-05', doneAt: null, state: 'paused' });
    // The leader's due date is the leader's to move (an extension), so it keeps running.
    expect(deadlines.leader?.state).toBe('pending');
  });

  it('when the supplement is received, a fresh 5-working-day clock runs from that day (not the days left)', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events;
    const { state } = given(history).when(cmd.receiveSupplement()).then([expect.objectContaining({ type: 'SupplementReceived' }) as DocumentEvent]);
    // Received Tue 6/5/2025 → 5 working days → Tue 13/5.
    expect(documentDeadlines(state).submit).toMatchObject({ due: '2025-05-13', state: 'pending' });
  });
});
