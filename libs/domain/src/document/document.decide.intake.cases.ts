import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { actor, cmd, deadline, departmentId, DOCUMENT_ID, given, historyUntil, run, T, userId, vn } from '../testing/document-fixtures';
import { VIETNAM_2025, WorkingCalendar } from '../calendar';
import { INCOMING_DOCUMENTS_PROCESS_V1 } from '../deadlines';
import { DEMO_ORGANISATION } from '../organisation';
import { deciderSpec } from '../testing/given-when-then';
import { decideDocument } from './document.decide';
import type { DocumentEvent } from './document.events';
import { evolveDocument, initialDocumentState } from './document.state';

/** Receive, distribute, assign (and reassign), return: DOMAIN.md §2, first rows. */

describe('receive (văn thư tiếp nhận, đăng ký)', () => {
  it('registers the document with its incoming number and the distribute, supplement and submit deadlines', () => {
    given([])
      .when(cmd.receive())
      .then([
        {
          type: 'DocumentReceived',
          data: {
            documentId: DOCUMENT_ID,
            incomingNumber: 125,
            incomingYear: 2025,
            incomingSeries: 'normal',
            source: { agency: 'Sở Kế hoạch và Đầu tư', symbol: '512/SKHĐT-KTĐN', issuedDate: '2025-04-22', signer: 'Nguyễn Văn A' },
            excerpt: 'V/v đề nghị phê duyệt chủ trương đầu tư dự án khu công nghiệp',
            documentType: 'Tờ trình',
            fieldCode: 'KH-DT',
            urgency: 'normal',
            confidentiality: 'normal',
            channel: 'electronic',
            pages: 4,
            receivedAt: T.received,
            sealedForUserId: null,
            // DOMAIN.md §3: received Thu 24/4/2025 → distribute Fri 25/4, supplement Sat 26/4 (worked), submit Mon 5/5.
            deadlines: { distribute: deadline('distribute', '2025-04-25'), supplement: deadline('supplement', '2025-04-26'), submit: deadline('submit', '2025-05-05') },
            // No process version passed in: QT-VB-01 version 1, the limits of DOMAIN.md §3.
            process: INCOMING_DOCUMENTS_PROCESS_V1,
            by: userId('vanthu1'),
            at: T.received,
          },
        },
      ]);
  });

  it('counts deadlines from the arrival, not from the registration, and keeps both', () => {
    const { events } = given([])
      .when(cmd.receive({ receivedAt: vn('2025-04-24', '16:00'), now: vn('2025-04-25', '08:00'), source: { agency: 'Bộ Tài chính', symbol: '12/BTC-NSNN', issuedDate: '2025-04-20' } }))
      .then([expect.objectContaining({ type: 'DocumentReceived' }) as DocumentEvent]);
    const data = events[0].type === 'DocumentReceived' ? events[0].data : null;
    expect(data?.receivedAt).toBe(vn('2025-04-24', '16:00'));
    expect(data?.at).toBe(vn('2025-04-25', '08:00'));
    expect(data?.deadlines.distribute.due).toBe('2025-04-25');
    expect(data?.source.signer).toBeNull();
  });

  it('urgent and above: distribute the same day', () => {
    for (const urgency of ['urgent', 'very_urgent', 'flash'] as const) {
      const { events } = run(cmd.receive({ urgency }));
      expect(events[0].type === 'DocumentReceived' && events[0].data.deadlines.distribute.due).toBe('2025-04-24');
    }
  });

  it('confidential and above are numbered in their own series; the year is the registration year in Hà Nội', () => {
    for (const confidentiality of ['confidential', 'secret', 'top_secret'] as const) {
      const { events } = run(cmd.receive({ confidentiality }));
      expect(events[0].type === 'DocumentReceived' && events[0].data.incomingSeries).toBe('confidential');
    }
    const newYear = run(cmd.receive({ now: '2025-12-31T18:00:00.000Z', receivedAt: '2025-12-31T08:00:00.000Z', source: { agency: 'Sở Y tế', symbol: '1/SYT', issuedDate: '2025-12-30' } }));
    expect(newYear.events[0].type === 'DocumentReceived' && newYear.events[0].data.incomingYear).toBe(2026);
  });

  it('keeps the person a sealed envelope is addressed to', () => {
    const { events } = run(cmd.receive({ sealedForUserId: userId('pho.chu.tich.kt') }));
    expect(events[0].type === 'DocumentReceived' && events[0].data.sealedForUserId).toBe(userId('pho.chu.tich.kt'));
  });

  it('WRONG_STATE: a document is registered once', () => {
    given(historyUntil('received')).when(cmd.receive()).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_REGISTERED' });
  });

  it.each(['cv.kt1', 'tp.kt', 'chanh.vp', 'chu.tich', 'motcua1', 'quantri'])('FORBIDDEN: only clerks register (%s is not one)', (username) => {
    given([])
      .when(cmd.receive({ actor: actor(username) }))
      .thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
  });

  it.each<[string, Parameters<typeof cmd.receive>[0], string, string]>([
    ['incoming number 0', { incomingNumber: 0 }, 'INVALID_NUMBER', 'incomingNumber'],
    ['incoming number 1.5', { incomingNumber: 1.5 }, 'INVALID_NUMBER', 'incomingNumber'],
    ['no agency', { source: { agency: ' ', symbol: '1/X', issuedDate: '2025-04-22' } }, 'REQUIRED', 'source.agency'],
    ['no symbol', { source: { agency: 'Sở Y tế', symbol: '', issuedDate: '2025-04-22' } }, 'REQUIRED', 'source.symbol'],
    ['bad issued date', { source: { agency: 'Sở Y tế', symbol: '1/X', issuedDate: '2025-02-30' } }, 'INVALID_DATE', 'source.issuedDate'],
    ['issued after arrival', { source: { agency: 'Sở Y tế', symbol: '1/X', issuedDate: '2025-04-25' } }, 'ISSUED_AFTER_RECEIVED', 'source.issuedDate'],
    ['no excerpt', { excerpt: '' }, 'REQUIRED', 'excerpt'],
    ['no type', { documentType: '  ' }, 'REQUIRED', 'documentType'],
    ['unknown field', { fieldCode: 'QP' }, 'UNKNOWN_FIELD', 'fieldCode'],
    ['unknown urgency', { urgency: 'asap' as never }, 'INVALID_VALUE', 'urgency'],
    ['unknown confidentiality', { confidentiality: 'private' as never }, 'INVALID_VALUE', 'confidentiality'],
    ['unknown channel', { channel: 'pigeon' as never }, 'INVALID_VALUE', 'channel'],
    ['0 pages', { pages: 0 }, 'INVALID_PAGES', 'pages'],
    ['arrival after registration', { receivedAt: vn('2025-04-24', '10:00') }, 'RECEIVED_IN_FUTURE', 'receivedAt'],
    ['arrival without offset', { receivedAt: '2025-04-24T08:00:00' }, 'INVALID_INSTANT', 'receivedAt'],
    ['sealed for a stranger', { sealedForUserId: 'nobody' }, 'UNKNOWN_USER', 'sealedForUserId'],
    ['now without offset', { now: '2025-04-24T09:00:00' }, 'INVALID_INSTANT', 'now'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given([]).when(cmd.receive(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('RULE_VIOLATION: no deadline is computed from an unapproved calendar year', () => {
    const only2025 = deciderSpec(
      { decide: decideDocument, evolve: evolveDocument, initialState: initialDocumentState },
      { organisation: DEMO_ORGANISATION, calendar: new WorkingCalendar([VIETNAM_2025]) },
    );
    const lateDecember = vn('2025-12-29', '09:00');
    only2025([])
      .when(cmd.receive({ now: lateDecember, receivedAt: lateDecember, source: { agency: 'Sở Y tế', symbol: '1/X', issuedDate: '2025-12-29' } }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'CALENDAR_NOT_COVERED' });
  });

  it('RULE_VIOLATION NOT_VIA_CLERK: no step on a document the registry has not registered', () => {
    given([]).when(cmd.distribute()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_VIA_CLERK' });
    given([]).when(cmd.assign()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_VIA_CLERK' });
    given([]).when(cmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_VIA_CLERK' });
  });
});

describe('distribute (lãnh đạo Văn phòng phân phối)', () => {
  it('sends it to a department with a direction; a due date starts the leader clock', () => {
    const { state } = given(historyUntil('received'))
      .when(cmd.distribute())
      .then([
        {
          type: 'DocumentDistributed',
          data: {
            departmentId: departmentId('KT'),
            direction: 'Giao Phòng Kinh tế nghiên cứu, tham mưu',
            forInformation: { departmentIds: [], userIds: [] },
            dueDate: '2025-05-15',
            leaderDeadline: deadline('leader', '2025-05-15'),
            redistribution: false,
            by: userId('pho.chanh.vp.kt'),
            at: T.distributed,
          },
        },
      ]);
    expect(state.status).toBe('distributed');
    if (state.status !== 'distributed') return;
    expect(state.deadlines.distribute.doneAt).toBe(T.distributed);
    expect(state.deadlines.leader).toMatchObject({ due: '2025-05-15', setBy: userId('pho.chanh.vp.kt'), doneAt: null });
  });

  it('without a due date there is no leader clock', () => {
    given(historyUntil('received'))
      .when(cmd.distribute({ dueDate: null }))
      .then([
        {
          type: 'DocumentDistributed',
          data: { departmentId: departmentId('KT'), direction: 'Giao Phòng Kinh tế nghiên cứu, tham mưu', forInformation: { departmentIds: [], userIds: [] }, dueDate: null, leaderDeadline: null, redistribution: false, by: userId('pho.chanh.vp.kt'), at: T.distributed },
        },
      ]);
  });

  it('the office chief may distribute any field, and to any department', () => {
    const { events } = given(historyUntil('received')).when(cmd.distribute({ actor: actor('chanh.vp'), departmentId: departmentId('TH') })).then([expect.anything() as DocumentEvent]);
    expect(events[0]).toMatchObject({ type: 'DocumentDistributed', data: { by: userId('chanh.vp'), departmentId: departmentId('TH') } });
  });

  it('after a misrouting return it is distributed again (redistribution)', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.return()).events;
    const { state } = given(history)
      .when(cmd.distribute({ departmentId: departmentId('VX'), direction: 'Chuyển Phòng Văn hóa – Xã hội', dueDate: null, now: vn('2025-04-28', '14:00') }))
      .then([
        {
          type: 'DocumentDistributed',
          data: { departmentId: departmentId('VX'), direction: 'Chuyển Phòng Văn hóa – Xã hội', forInformation: { departmentIds: [], userIds: [] }, dueDate: null, leaderDeadline: null, redistribution: true, by: userId('pho.chanh.vp.kt'), at: vn('2025-04-28', '14:00') },
        },
      ]);
    // The first distribution stays the one the distribute clock measured; the leader's due date stands.
    expect(state.status === 'distributed' && state.deadlines.distribute.doneAt).toBe(T.distributed);
    expect(state.status === 'distributed' && state.deadlines.leader?.due).toBe('2025-05-15');
  });

  it('WRONG_STATE: already distributed', () => {
    given(historyUntil('distributed')).when(cmd.distribute()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('assigned')).when(cmd.distribute()).thenThrows({ code: 'WRONG_STATE' });
  });

  it.each(['pho.chanh.vp.vx', 'vanthu1', 'tp.kt', 'pho.chu.tich.kt', 'chu.tich', 'cv.kt1'])('FORBIDDEN: %s is not the office leader in charge of KH-DT', (username) => {
    given(historyUntil('received'))
      .when(cmd.distribute({ actor: actor(username) }))
      .thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OFFICE_LEADER_IN_CHARGE' });
  });

  it.each<[string, Parameters<typeof cmd.distribute>[0], string, string]>([
    ['no direction', { direction: '  ' }, 'DIRECTION_REQUIRED', 'direction'],
    ['unknown department', { departmentId: 'nowhere' }, 'UNKNOWN_DEPARTMENT', 'departmentId'],
    ['due date in the past', { dueDate: '2025-04-23' }, 'DUE_DATE_IN_PAST', 'dueDate'],
    ['malformed due date', { dueDate: '15/05/2025' }, 'INVALID_DATE', 'dueDate'],
  ])('RULE_VIOLATION: %s', (_name, overrides, rule, field) => {
    given(historyUntil('received')).when(cmd.distribute(overrides)).thenThrows({ code: 'RULE_VIOLATION', rule, field });
  });

  it('a due date of today is allowed', () => {
    const { events } = run(cmd.receive(), cmd.distribute({ dueDate: '2025-04-24' }));
    expect(events[1]).toMatchObject({ data: { dueDate: '2025-04-24' } });
  });
});

describe('assign (trưởng phòng giao chuyên viên) and reassign', () => {
  it('gives the work to exactly one specialist of the department', () => {
    const { state } = given(historyUntil('distributed'))
      .when(cmd.assign({ dueDate: '2025-05-09' }))
      .then([
        {
          type: 'DocumentAssigned',
          data: {
            departmentId: departmentId('KT'),
            specialistId: userId('cv.kt1'),
            previousSpecialistId: null,
            reassignment: false,
            reason: null,
            dueDate: '2025-05-09',
            by: userId('tp.kt'),
            at: T.assigned,
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'assigned', assigneeId: userId('cv.kt1'), assigneeDueDate: '2025-05-09' });
  });

  it('the office chief may assign', () => {
    const { state } = given(historyUntil('distributed')).when(cmd.assign({ actor: actor('chanh.vp') })).then([expect.anything() as DocumentEvent]);
    expect(state.status).toBe('assigned');
  });

  it('a second assign is a reassignment: reason required, the work stays where it is', () => {
    const { state } = given(historyUntil('appraised'))
      .when(cmd.assign({ specialistId: userId('cv.kt2'), reason: 'Chuyên viên Tuấn đi công tác dài ngày', now: vn('2025-04-28', '15:00') }))
      .then([
        {
          type: 'DocumentAssigned',
          data: {
            departmentId: departmentId('KT'),
            specialistId: userId('cv.kt2'),
            previousSpecialistId: userId('cv.kt1'),
            reassignment: true,
            reason: 'Chuyên viên Tuấn đi công tác dài ngày',
            dueDate: null,
            by: userId('tp.kt'),
            at: vn('2025-04-28', '15:00'),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'appraised', assigneeId: userId('cv.kt2') });
  });

  it('reassignment while a supplement is awaited keeps that status', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement()).events;
    const { state } = given(history).when(cmd.assign({ specialistId: userId('cv.kt2'), reason: 'Cân đối công việc', actor: actor('chanh.vp') })).then([expect.anything() as DocumentEvent]);
    expect(state).toMatchObject({ status: 'supplement_requested', assigneeId: userId('cv.kt2') });
  });

  it('WRONG_STATE: before distribution, and once submitted', () => {
    given(historyUntil('received')).when(cmd.assign()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('submitted')).when(cmd.assign({ specialistId: userId('cv.kt2'), reason: 'x' })).thenThrows({ code: 'WRONG_STATE' });
  });

  it.each(['tp.vx', 'pho.chanh.vp.kt', 'vanthu1', 'cv.kt1', 'chu.tich'])('FORBIDDEN: %s is not the head of the department', (username) => {
    given(historyUntil('distributed'))
      .when(cmd.assign({ actor: actor(username) }))
      .thenThrows({ code: 'FORBIDDEN', rule: 'NOT_DEPARTMENT_HEAD' });
  });

  it('FORBIDDEN: a specialist can never reassign, not even their own work', () => {
    for (const username of ['cv.kt1', 'cv.kt2']) {
      given(historyUntil('assigned'))
        .when(cmd.assign({ actor: actor(username), specialistId: userId('cv.kt2'), reason: 'Bận việc khác' }))
        .thenThrows({ code: 'FORBIDDEN', rule: 'SPECIALIST_CANNOT_REASSIGN' });
    }
  });

  it('FORBIDDEN: reassignment only by the same people (head of that department, office chief)', () => {
    given(historyUntil('assigned'))
      .when(cmd.assign({ actor: actor('tp.vx'), specialistId: userId('cv.kt2'), reason: 'x' }))
      .thenThrows({ code: 'FORBIDDEN', rule: 'NOT_DEPARTMENT_HEAD' });
  });

  it.each<[string, string]>([
    ['a specialist of another department', 'cv.vx1'],
    ['the head himself', 'tp.kt'],
    ['a clerk', 'vanthu1'],
  ])('RULE_VIOLATION SPECIALIST_NOT_IN_DEPARTMENT: %s', (_name, username) => {
    given(historyUntil('distributed'))
      .when(cmd.assign({ specialistId: userId(username) }))
      .thenThrows({ code: 'RULE_VIOLATION', rule: 'SPECIALIST_NOT_IN_DEPARTMENT', field: 'specialistId' });
  });

  it('RULE_VIOLATION SPECIALIST_NOT_IN_DEPARTMENT: an unknown user', () => {
    given(historyUntil('distributed')).when(cmd.assign({ specialistId: 'ghost' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SPECIALIST_NOT_IN_DEPARTMENT' });
  });

  it('RULE_VIOLATION REASON_REQUIRED: a reassignment without a reason', () => {
    given(historyUntil('assigned')).when(cmd.assign({ specialistId: userId('cv.kt2') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
    given(historyUntil('assigned')).when(cmd.assign({ specialistId: userId('cv.kt2'), reason: '   ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
  });

  it('RULE_VIOLATION ALREADY_ASSIGNED: reassigning to the same specialist', () => {
    given(historyUntil('assigned')).when(cmd.assign({ reason: 'x' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ALREADY_ASSIGNED' });
  });

  it('RULE_VIOLATION: the head cannot give more time than the leader gave, nor a past date', () => {
    given(historyUntil('distributed')).when(cmd.assign({ dueDate: '2025-05-16' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_AFTER_LEADER_DEADLINE', field: 'dueDate' });
    given(historyUntil('distributed')).when(cmd.assign({ dueDate: '2025-04-24' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_IN_PAST' });
  });
});

describe('return (chuyển sai: trả lại văn thư)', () => {
  it('sends a misrouted document back for re-routing: routing cleared, the path kept', () => {
    const { state } = given(historyUntil('assigned'))
      .when(cmd.return())
      .then([
        {
          type: 'DocumentReturned',
          data: { reason: 'Văn bản thuộc lĩnh vực y tế, không thuộc Phòng Kinh tế', departmentId: departmentId('KT'), specialistId: userId('cv.kt1'), by: userId('cv.kt1'), at: T.appraised },
        },
      ]);
    expect(state).toMatchObject({ status: 'returned', departmentId: null, assigneeId: null, lastReturn: { kind: 'misrouted', by: userId('cv.kt1') } });
    expect(state.status !== 'none' && state.path).toContain(userId('tp.kt'));
  });

  it.each(['cv.kt2', 'tp.kt', 'vanthu1'])('FORBIDDEN: only the assigned specialist (%s is not)', (username) => {
    given(historyUntil('assigned')).when(cmd.return({ actor: actor(username) })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ASSIGNED_SPECIALIST' });
  });

  it('RULE_VIOLATION REASON_REQUIRED', () => {
    given(historyUntil('assigned')).when(cmd.return({ reason: '' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED', field: 'reason' });
  });

  it('WRONG_STATE ALREADY_HANDLED: not after a supplement cycle', () => {
    const history = run(cmd.receive(), cmd.distribute(), cmd.assign(), cmd.requestSupplement(), cmd.receiveSupplement()).events;
    given(history).when(cmd.return({ now: vn('2025-05-07', '09:00') })).thenThrows({ code: 'WRONG_STATE', rule: 'ALREADY_HANDLED' });
  });

  it('WRONG_STATE: before assignment, or once appraised', () => {
    given(historyUntil('distributed')).when(cmd.return()).thenThrows({ code: 'WRONG_STATE' });
    given(historyUntil('appraised')).when(cmd.return()).thenThrows({ code: 'WRONG_STATE' });
  });
});
