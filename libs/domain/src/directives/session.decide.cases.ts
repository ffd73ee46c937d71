import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { meetingActions } from './meeting.turns';
import { paperClock, papersDueAt, SESSION_PAPERS_RULE } from './session.types';
import { actor, CONTEXT, DIRECTIVES, givenMeeting, meetingCmd, meetingHistory, MEETING_ID, userId, vn } from './testing/directive-fixtures';
import { AGENCIES, AGENDA, HASH, PAPER_IDS, PAPERS_DUE, S, SESSION_STARTS, sessionAt, sessionCmd, sessionHistory } from './testing/session-fixtures';

const by = (username: string, at: string) => ({ by: userId(username), at });

describe('convene (triệu tập phiên họp)', () => {
  it('by the office chief: agenda, members, and the papers due 3 calendar days before the session, with the rule stored', () => {
    const { state } = givenMeeting([])
      .when(sessionCmd.convene())
      .then([
        {
          type: 'SessionConvened',
          data: {
            meetingId: MEETING_ID, kind: 'committee_session', title: 'Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2026', startsAt: SESSION_STARTS,
            place: 'Phòng họp số 1, trụ sở UBND tỉnh', fieldCode: 'KH-DT', presidingLeaderId: userId('chu.tich'), specialistId: userId('cv.kt1'),
            invitedLeaderIds: [userId('pho.chu.tich.kt'), userId('pho.chu.tich.vx')], invitedAgencies: AGENCIES,
            agenda: [{ ...AGENDA[0], programmeItemRef: 'CT-2026-03-01' }, { ...AGENDA[1], programmeItemRef: null }],
            papersDue: { due: PAPERS_DUE, rule: { days: 3, unit: 'calendar' } },
            ...by('chanh.vp', S.convened),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'convened', session: { papers: [], absences: [], attendance: null, minutes: null } });
  });

  it('refuses: the clerk (CONVENE_BY_OFFICE_LEADER), a past start, a committee session not presided by the Chairman or a Vice-Chairman, no agenda, no members, a non-specialist; twice is the wrong state', () => {
    const none = givenMeeting([]);
    none.when(sessionCmd.convene({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CONVENE_BY_OFFICE_LEADER' });
    none.when(sessionCmd.convene({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CONVENE_BY_OFFICE_LEADER' });
    none.when(sessionCmd.convene({ startsAt: vn('2026-03-02', '08:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SESSION_IN_PAST', field: 'startsAt' });
    none.when(sessionCmd.convene({ presidingLeaderId: userId('chanh.vp') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'SESSION_PRESIDED_BY_COMMITTEE_LEADER' });
    none.when(sessionCmd.convene({ agenda: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'AGENDA_REQUIRED' });
    none.when(sessionCmd.convene({ agenda: [AGENDA[0], AGENDA[0]] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_AGENDA_ITEM' });
    none.when(sessionCmd.convene({ invitedLeaderIds: [], invitedAgencies: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'MEMBERS_REQUIRED' });
    none.when(sessionCmd.convene({ invitedLeaderIds: [userId('tp.kt')] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVITED_NOT_A_LEADER' });
    none.when(sessionCmd.convene({ specialistId: userId('vanthu1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_SPECIALIST' });
    givenMeeting(sessionHistory('convene')).when(sessionCmd.convene()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('a leader’s working meeting may be presided by the office chief, convened by a deputy chief', () => {
    givenMeeting([])
      .when(sessionCmd.convene({ kind: 'leader_meeting', presidingLeaderId: userId('chanh.vp'), actor: actor('pho.chanh.vp.kt') }))
      .then([expect.objectContaining({ type: 'SessionConvened' })]);
  });
});

describe('the papers’ clock (QC Art. 9.1, one pure function; the unit is stored with the rule)', () => {
  it('calendar days: 3 × 24 hours before the start; working days: the same hour 3 working days before (weekends skipped)', () => {
    expect(SESSION_PAPERS_RULE).toEqual({ days: 3, unit: 'calendar' });
    expect(papersDueAt(SESSION_STARTS, SESSION_PAPERS_RULE, VIETNAM_CALENDAR)).toBe(PAPERS_DUE);
    // Fri 13/3 08:00 → Tue 10/3 08:00 either way; Mon 16/3 08:00 → Fri 13/3 (calendar) or Wed 11/3 (working).
    expect(papersDueAt(vn('2026-03-16', '08:00'), { days: 3, unit: 'calendar' }, VIETNAM_CALENDAR)).toBe(vn('2026-03-13', '08:00'));
    expect(papersDueAt(vn('2026-03-16', '08:00'), { days: 3, unit: 'working' }, VIETNAM_CALENDAR)).toBe(vn('2026-03-11', '08:00'));
  });

  it('a paper is on time, late by N days (sent after the due instant), overdue (not sent, due passed) or pending', () => {
    expect(paperClock({ distribution: { at: S.sentOnTime } }, PAPERS_DUE, S.minutes)).toEqual({ kind: 'on_time', daysLate: 0 });
    expect(paperClock({ distribution: { at: S.sentLate } }, PAPERS_DUE, S.minutes)).toEqual({ kind: 'late', daysLate: 1 });
    expect(paperClock({ distribution: { at: vn('2026-03-10', '09:00') } }, PAPERS_DUE, S.minutes)).toEqual({ kind: 'late', daysLate: 1 });
    expect(paperClock({ distribution: null }, PAPERS_DUE, vn('2026-03-12', '09:00'))).toEqual({ kind: 'overdue', daysLate: 2 });
    expect(paperClock({ distribution: null }, PAPERS_DUE, vn('2026-03-09', '09:00'))).toEqual({ kind: 'pending', daysLate: 0 });
  });
});

describe('papers (tài liệu phiên họp)', () => {
  it('the session’s specialist or a clerk registers a paper against an agenda item', () => {
    givenMeeting(sessionHistory('convene'))
      .when(sessionCmd.paper())
      .then([{ type: 'SessionPaperRegistered', data: { paperId: PAPER_IDS[0], agendaItemId: 'a1', title: 'Tờ trình số 45/TTr-SKHĐT', documentId: null, attachmentHash: HASH, ...by('cv.kt1', S.registered) } }]);
    givenMeeting(sessionHistory('convene')).when(sessionCmd.paper2()).then([expect.objectContaining({ type: 'SessionPaperRegistered' })]);
  });

  it('refuses: an unknown agenda item, a paper twice, a bad hash, another specialist; on a meeting never convened SESSION_NOT_CONVENED', () => {
    const convened = givenMeeting(sessionHistory('convene'));
    convened.when(sessionCmd.paper({ agendaItemId: 'a9' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_AGENDA_ITEM', field: 'agendaItemId' });
    convened.when(sessionCmd.paper({ attachmentHash: 'abc' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'INVALID_ATTACHMENT_HASH' });
    convened.when(sessionCmd.paper({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_SESSION_STAFF' });
    givenMeeting(sessionHistory('paper')).when(sessionCmd.paper()).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUPLICATE_PAPER' });
    givenMeeting([]).when(sessionCmd.paper()).thenThrows({ code: 'RULE_VIOLATION', rule: 'SESSION_NOT_CONVENED' });
  });

  it('distributed before the due instant: on time; after it: recorded late with the days, never refused', () => {
    givenMeeting(sessionHistory('paper2')).when(sessionCmd.distribute()).then([{ type: 'SessionPapersDistributed', data: { paperIds: [PAPER_IDS[0]], late: false, daysLate: 0, ...by('vanthu1', S.sentOnTime) } }]);
    const { state } = givenMeeting(sessionHistory('approve'))
      .when(sessionCmd.distributeLate())
      .then([{ type: 'SessionPapersDistributed', data: { paperIds: [PAPER_IDS[1]], late: true, daysLate: 1, ...by('vanthu1', S.sentLate) } }]);
    expect(state.status === 'convened' && state.session.papers.map((p) => p.distribution?.late)).toEqual([false, true]);
  });

  it('refuses an unknown paper, a paper sent twice, no paper', () => {
    const registered = givenMeeting(sessionHistory('distribute'));
    registered.when(sessionCmd.distribute()).thenThrows({ code: 'RULE_VIOLATION', rule: 'PAPER_ALREADY_DISTRIBUTED' });
    registered.when(sessionCmd.distribute({ paperIds: ['x'] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_PAPER' });
    registered.when(sessionCmd.distribute({ paperIds: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PAPERS_REQUIRED' });
  });
});

describe('absences (vắng mặt có lý do) and their approval', () => {
  it('a member reports their own absence before the session; the specialist reports an agency head’s', () => {
    givenMeeting(sessionHistory('distribute'))
      .when(sessionCmd.absence())
      .then([{ type: 'SessionAbsenceReported', data: { member: userId('pho.chu.tich.vx'), reason: 'Đi công tác tại Bộ Y tế', ...by('pho.chu.tich.vx', S.absence) } }]);
    givenMeeting(sessionHistory('distribute')).when(sessionCmd.absence({ actor: actor('cv.kt1'), member: AGENCIES[1] })).then([expect.objectContaining({ type: 'SessionAbsenceReported' })]);
  });

  it('refuses: another member’s absence, someone not invited, after the start, no reason, someone else entirely', () => {
    const sent = givenMeeting(sessionHistory('distribute'));
    sent.when(sessionCmd.absence({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'ABSENCE_OF_ANOTHER_MEMBER' });
    sent.when(sessionCmd.absence({ member: 'Giám đốc Sở Y tế', actor: actor('cv.kt1') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_INVITED', field: 'member' });
    sent.when(sessionCmd.absence({ now: SESSION_STARTS })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_AFTER_SESSION_START' });
    sent.when(sessionCmd.absence({ reason: ' ' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REASON_REQUIRED' });
    sent.when(sessionCmd.absence({ actor: actor('tp.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_MEMBER_OR_SPECIALIST' });
  });

  it('only the presiding leader (the Chairman) approves or refuses it', () => {
    const reported = givenMeeting(sessionHistory('absence'));
    const { state } = reported.when(sessionCmd.approve({ note: 'Đồng ý' })).then([{ type: 'SessionAbsenceDecided', data: { member: userId('pho.chu.tich.vx'), approved: true, note: 'Đồng ý', ...by('chu.tich', S.decided) } }]);
    expect(state.status === 'convened' && state.session.absences[0].decision?.approved).toBe(true);
    reported.when(sessionCmd.approve({ actor: actor('pho.chu.tich.kt') })).thenThrows({ code: 'FORBIDDEN', rule: 'ABSENCE_APPROVAL_BY_PRESIDING_LEADER' });
    reported.when(sessionCmd.approve({ actor: actor('chanh.vp') })).thenThrows({ code: 'FORBIDDEN', rule: 'ABSENCE_APPROVAL_BY_PRESIDING_LEADER' });
    reported.when(sessionCmd.approve({ member: AGENCIES[0] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_NOT_REPORTED' });
    givenMeeting(sessionHistory('approve')).when(sessionCmd.approve()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_ALREADY_DECIDED' });
  });
});

describe('attendance (điểm danh) and minutes (biên bản)', () => {
  it('on the day, every member once: present, absent with approval, represented by …', () => {
    givenMeeting(sessionHistory('distributeLate'))
      .when(sessionCmd.attendance())
      .then([
        {
          type: 'SessionAttendanceRecorded',
          data: {
            entries: [
              { member: userId('pho.chu.tich.kt'), presence: 'present', representative: null },
              { member: userId('pho.chu.tich.vx'), presence: 'absent_approved', representative: null },
              { member: AGENCIES[0], presence: 'present', representative: null },
              { member: AGENCIES[1], presence: 'represented', representative: 'Phó Giám đốc Sở Tài chính Nguyễn Văn An' },
            ],
            ...by('cv.kt1', S.attendance),
          },
        },
      ]);
  });

  it('refuses: before the session, an absence not approved, a member missing or twice, a representative not named', () => {
    const entries = (sessionCmd.attendance() as { entries: object[] }).entries;
    givenMeeting(sessionHistory('distributeLate')).when(sessionCmd.attendance({ now: vn('2026-03-12') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDANCE_BEFORE_SESSION' });
    givenMeeting(sessionHistory('absence')).when(sessionCmd.attendance({ now: S.attendance })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ABSENCE_NOT_APPROVED', field: 'entries[1].presence' });
    const approved = givenMeeting(sessionHistory('approve'));
    approved.when(sessionCmd.attendance({ entries: entries.slice(0, 3) as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDANCE_INCOMPLETE' });
    approved.when(sessionCmd.attendance({ entries: [...entries.slice(0, 3), entries[0]] as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDANCE_INCOMPLETE' });
    approved.when(sessionCmd.attendance({ entries: [...entries.slice(0, 3), { member: AGENCIES[1], presence: 'represented' }] as never })).thenThrows({ code: 'RULE_VIOLATION', rule: 'REPRESENTATIVE_REQUIRED' });
    givenMeeting(sessionHistory('attendance')).when(sessionCmd.attendance()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDANCE_ALREADY_RECORDED' });
  });

  it('minutes by the session’s specialist, then MeetingHeld: the notice is due 3 working days after the session (Wed 18/3)', () => {
    const { state } = givenMeeting(sessionHistory('attendance'))
      .when(sessionCmd.minutes({ attachmentHash: HASH }))
      .then([
        { type: 'SessionMinutesRecorded', data: { text: 'Phiên họp thông qua hai nội dung; các ý kiến thảo luận ghi kèm.', attachmentHash: HASH, ...by('cv.kt1', S.minutes) } },
        {
          type: 'MeetingHeld',
          data: {
            meetingId: MEETING_ID, title: 'Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2026', heldOn: '2026-03-13', fieldCode: 'KH-DT', presidingLeaderId: userId('chu.tich'),
            attendees: ['Trần Quốc Hưng', AGENCIES[0], `${AGENCIES[1]} (cử Phó Giám đốc Sở Tài chính Nguyễn Văn An dự thay)`],
            conclusionDue: { due: '2026-03-18', calendarVersion: VIETNAM_CALENDAR.version }, ...by('cv.kt1', S.minutes),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'held', specialistId: userId('cv.kt1'), session: { minutes: { attachmentHash: HASH }, papers: [{}, {}] } });
    // The conclusion notice's path continues unchanged.
    givenMeeting(sessionHistory('minutes'))
      .when(meetingCmd.draft({ now: vn('2026-03-16', '10:00'), directives: [{ ...DIRECTIVES[0], dueDate: '2026-04-30' }] }))
      .then([expect.objectContaining({ type: 'ConclusionNoticeDrafted', data: expect.objectContaining({ late: false }) })]);
  });

  it('refuses minutes before the session (MINUTES_BEFORE_SESSION), before the attendance, by anyone but the session’s specialist', () => {
    givenMeeting(sessionHistory('attendance')).when(sessionCmd.minutes({ now: vn('2026-03-13', '07:00') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'MINUTES_BEFORE_SESSION' });
    givenMeeting(sessionHistory('distributeLate')).when(sessionCmd.minutes()).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDANCE_NOT_RECORDED' });
    givenMeeting(sessionHistory('attendance')).when(sessionCmd.minutes({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_MEETING_SPECIALIST' });
    givenMeeting(sessionHistory('minutes')).when(sessionCmd.minutes()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('old streams and the buttons', () => {
  it('a meeting recorded after the fact (starting with MeetingHeld) stays valid and has no session', () => {
    const { state } = givenMeeting([]).when(meetingCmd.record()).then([expect.objectContaining({ type: 'MeetingHeld' })]);
    expect(state).toMatchObject({ status: 'held', session: null });
    givenMeeting(meetingHistory('record')).when(sessionCmd.paper()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('the session’s steps per person come from the turn table', () => {
    const convened = sessionAt('absence');
    expect(meetingActions(convened, actor('cv.kt1'), CONTEXT.organisation)).toEqual(['papers', 'distribute-papers', 'report-absence', 'attendance', 'minutes']);
    expect(meetingActions(convened, actor('vanthu1'), CONTEXT.organisation)).toEqual(['papers', 'distribute-papers', 'attendance']);
    expect(meetingActions(convened, actor('chu.tich'), CONTEXT.organisation)).toEqual(['decide-absence']);
    expect(meetingActions(convened, actor('pho.chu.tich.vx'), CONTEXT.organisation)).toEqual(['report-absence']);
  });
});
