import { describe, it } from '@jest/globals';
import { expect } from '../../../../test/support/expect';
import { VIETNAM_CALENDAR } from '../calendar';
import { decideMeeting } from './meeting.decide';
import { meetingActions } from './meeting.turns';
import { noticeTasks } from './notice-tasks';
import { actor, CONTEXT, DIRECTIVES, givenMeeting, M, MEETING_ID, meetingAt, meetingCmd, meetingHistory, TASK_IDS, userId, vn } from './testing/directive-fixtures';

const CAL = VIETNAM_CALENDAR.version;
const by = (username: string, at: string) => ({ by: userId(username), at });

describe('record (cuộc họp)', () => {
  it('by a specialist: presiding leader, day, field, attendees; the notice is due 3 working days after (Thu 5/3/2026)', () => {
    const { state } = givenMeeting([])
      .when(meetingCmd.record({ attendees: [' Sở Tài chính ', 'Sở Tài chính'] }))
      .then([
        {
          type: 'MeetingHeld',
          data: {
            meetingId: MEETING_ID, title: 'Họp nghe báo cáo tiến độ các dự án đầu tư công', heldOn: '2026-03-02', fieldCode: 'KH-DT',
            presidingLeaderId: userId('pho.chu.tich.kt'), attendees: ['Sở Tài chính'], conclusionDue: { due: '2026-03-05', calendarVersion: CAL }, ...by('cv.kt1', M.held),
          },
        },
      ]);
    expect(state).toMatchObject({ status: 'held', specialistId: userId('cv.kt1') });
  });

  it('refuses another role, a future day, a presiding non-leader, an unknown field, no attendees; twice is the wrong state', () => {
    givenMeeting([]).when(meetingCmd.record({ actor: actor('vanthu1') })).thenThrows({ code: 'FORBIDDEN', rule: 'SPECIALIST_ONLY' });
    givenMeeting([]).when(meetingCmd.record({ heldOn: '2026-03-03' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'MEETING_IN_FUTURE', field: 'heldOn' });
    givenMeeting([]).when(meetingCmd.record({ presidingLeaderId: userId('tp.kt') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'PRESIDING_NOT_A_LEADER' });
    givenMeeting([]).when(meetingCmd.record({ fieldCode: 'XX' })).thenThrows({ code: 'RULE_VIOLATION', rule: 'UNKNOWN_FIELD' });
    givenMeeting([]).when(meetingCmd.record({ attendees: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ATTENDEES_REQUIRED' });
    givenMeeting(meetingHistory('record')).when(meetingCmd.record()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('conclusion (dự thảo thông báo kết luận)', () => {
  it('the meeting’s specialist drafts it with its directives; the follow-up specialist defaults to the drafter', () => {
    const { state } = givenMeeting(meetingHistory('record'))
      .when(meetingCmd.draft())
      .then([
        {
          type: 'ConclusionNoticeDrafted',
          data: {
            excerpt: 'Kết luận của đồng chí Phó Chủ tịch tại cuộc họp nghe báo cáo tiến độ dự án đầu tư công',
            conclusions: 'Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng và đẩy nhanh giải ngân.',
            directives: [
              { content: DIRECTIVES[0].content, leadAgency: 'UBND huyện Đông Anh', coAgencies: ['Sở Tài nguyên và Môi trường'], dueDate: '2026-03-31', reporting: null, followUpSpecialistId: userId('cv.kt1') },
              { content: DIRECTIVES[1].content, leadAgency: 'Sở Kế hoạch và Đầu tư', coAgencies: [], dueDate: null, reporting: 'monthly', followUpSpecialistId: userId('cv.kt2') },
            ],
            late: false,
            ...by('cv.kt1', M.drafted),
          },
        },
      ]);
    expect(state.status).toBe('drafted');
  });

  it('after the clock (end of Thu 5/3) it is recorded as late, never refused', () => {
    const [drafted] = decideMeeting(meetingCmd.draft({ now: vn('2026-03-06', '08:00') }), meetingAt('record'), CONTEXT);
    expect(drafted.data).toMatchObject({ late: true });
  });

  it('a new draft after approval drops the approval', () => {
    const { state } = givenMeeting(meetingHistory('approve')).when(meetingCmd.draft()).then([expect.objectContaining({ type: 'ConclusionNoticeDrafted' })]);
    expect(state).toMatchObject({ status: 'drafted', approval: null });
  });

  it('refuses: ONE_LEAD_AGENCY, a co-agency that leads, neither or both of due date and reporting, a past due date, no directives, someone else', () => {
    const directive = (o: object) => ({ directives: [{ ...DIRECTIVES[0], ...o }] });
    const drafted = givenMeeting(meetingHistory('record'));
    drafted.when(meetingCmd.draft(directive({ leadAgencies: ['UBND huyện Đông Anh', 'Sở Xây dựng'] }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEAD_AGENCY', field: 'directives[0].leadAgency' });
    drafted.when(meetingCmd.draft(directive({ leadAgencies: [] }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEAD_AGENCY' });
    drafted.when(meetingCmd.draft(directive({ coAgencies: ['UBND huyện Đông Anh'] }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEAD_AGENCY_COOPERATING' });
    drafted.when(meetingCmd.draft(directive({ dueDate: null }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_OR_REPORTING' });
    drafted.when(meetingCmd.draft(directive({ reporting: 'weekly' }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_OR_REPORTING' });
    drafted.when(meetingCmd.draft(directive({ dueDate: '2026-03-01' }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'DUE_DATE_IN_PAST' });
    drafted.when(meetingCmd.draft(directive({ content: ' ' }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'CONTENT_REQUIRED', field: 'directives[0].content' });
    drafted.when(meetingCmd.draft(directive({ followUpSpecialistId: userId('tp.kt') }))).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_A_SPECIALIST' });
    drafted.when(meetingCmd.draft({ directives: [] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DIRECTIVES_REQUIRED' });
    drafted.when(meetingCmd.draft({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_MEETING_SPECIALIST' });
    givenMeeting(meetingHistory('submit')).when(meetingCmd.draft()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('approve-conclusion (thông qua)', () => {
  it('only the presiding leader approves a draft', () => {
    givenMeeting(meetingHistory('draft')).when(meetingCmd.approve({ note: 'Đồng ý' })).then([{ type: 'ConclusionNoticeApproved', data: { note: 'Đồng ý', ...by('pho.chu.tich.kt', M.approved) } }]);
    givenMeeting(meetingHistory('draft')).when(meetingCmd.approve({ actor: actor('chu.tich') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_PRESIDING_LEADER' });
    givenMeeting(meetingHistory('record')).when(meetingCmd.approve()).thenThrows({ code: 'WRONG_STATE' });
  });
});

describe('the signing path (trình, ký nháy, ký, phát hành): the rules of documents', () => {
  it('CONCLUSION_NOT_APPROVED: a draft is neither submitted, signed nor issued', () => {
    const drafted = givenMeeting(meetingHistory('draft'));
    drafted.when(meetingCmd.submit()).thenThrows({ code: 'RULE_VIOLATION', rule: 'CONCLUSION_NOT_APPROVED' });
    drafted.when(meetingCmd.sign()).thenThrows({ code: 'RULE_VIOLATION', rule: 'CONCLUSION_NOT_APPROVED' });
    drafted.when(meetingCmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'CONCLUSION_NOT_APPROVED' });
  });

  it('submit: to exactly one competent leader; the draft is the notice', () => {
    givenMeeting(meetingHistory('approve'))
      .when(meetingCmd.submit())
      .then([
        {
          type: 'ConclusionNoticeSubmitted',
          data: {
            leaderId: userId('chanh.vp'), signsAs: 'office', proposal: 'Kính trình Chánh Văn phòng ký thông báo kết luận', relatedOpinions: [], reservedOpinion: null,
            draft: { documentType: 'notice', excerpt: 'Kết luận của đồng chí Phó Chủ tịch tại cuộc họp nghe báo cáo tiến độ dự án đầu tư công' }, ...by('cv.kt1', M.submitted),
          },
        },
      ]);
    const approved = givenMeeting(meetingHistory('approve'));
    approved.when(meetingCmd.submit({ leaderId: [userId('chanh.vp'), userId('chu.tich')] })).thenThrows({ code: 'RULE_VIOLATION', rule: 'ONE_LEADER_PER_SUBMISSION' });
    approved.when(meetingCmd.submit({ leaderId: userId('pho.chu.tich.vx') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'LEADER_NOT_COMPETENT' });
    approved.when(meetingCmd.submit({ actor: actor('cv.kt2') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_MEETING_SPECIALIST' });
  });

  it('initial: the office leader in charge; not agreed, back to approved with the reason', () => {
    givenMeeting(meetingHistory('submit')).when(meetingCmd.initial()).then([{ type: 'ConclusionNoticeInitialled', data: { leaderId: userId('chanh.vp'), note: null, ...by('pho.chanh.vp.kt', M.initialled) } }]);
    const { state } = givenMeeting(meetingHistory('submit'))
      .when(meetingCmd.initial({ agree: false, note: 'Bổ sung thời hạn' }))
      .then([{ type: 'ConclusionSubmissionReturned', data: { note: 'Bổ sung thời hạn', ...by('pho.chanh.vp.kt', M.initialled) } }]);
    expect(state).toMatchObject({ status: 'approved', submission: null, lastSetBack: { kind: 'submission_returned' } });
    givenMeeting(meetingHistory('submit')).when(meetingCmd.initial({ actor: actor('pho.chanh.vp.vx') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_OFFICE_LEADER_IN_CHARGE' });
  });

  it('sign: only the leader named, after the initial (NOT_INITIALLED); rejected, back to approved', () => {
    givenMeeting(meetingHistory('initial')).when(meetingCmd.sign()).then([{ type: 'ConclusionNoticeSigned', data: { signsAs: 'office', note: null, ...by('chanh.vp', M.signed) } }]);
    givenMeeting(meetingHistory('submit')).when(meetingCmd.sign()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_INITIALLED' });
    givenMeeting(meetingHistory('initial')).when(meetingCmd.sign({ actor: actor('chu.tich') })).thenThrows({ code: 'FORBIDDEN', rule: 'NOT_ADDRESSEE' });
    const { state } = givenMeeting(meetingHistory('initial')).when(meetingCmd.sign({ decision: 'rejected', note: 'Chưa rõ trách nhiệm' })).then([expect.objectContaining({ type: 'ConclusionSubmissionRejected' })]);
    expect(state.status).toBe('approved');
  });

  it('issue: a clerk numbers it in the outgoing register (05/TB-VPUBND) with one task id per directive; NOT_SIGNED before', () => {
    const { state } = givenMeeting(meetingHistory('sign'))
      .when(meetingCmd.issue())
      .then([
        {
          type: 'ConclusionNoticeIssued',
          data: {
            outgoingNumber: 5, outgoingYear: 2026, symbol: '05/TB-VPUBND', recipients: ['UBND huyện Đông Anh', 'Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3,
            signerId: userId('chanh.vp'), signsAs: 'office', directiveIds: TASK_IDS, ...by('vanthu1', M.issued),
          },
        },
      ]);
    expect(state.status).toBe('issued');
    givenMeeting(meetingHistory('initial')).when(meetingCmd.issue()).thenThrows({ code: 'RULE_VIOLATION', rule: 'NOT_SIGNED' });
    givenMeeting(meetingHistory('sign')).when(meetingCmd.issue({ actor: actor('cv.kt1') })).thenThrows({ code: 'FORBIDDEN', rule: 'CLERK_ONLY' });
    givenMeeting(meetingHistory('sign')).when(meetingCmd.issue({ directiveIds: TASK_IDS.slice(0, 1) })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DIRECTIVE_IDS_MISMATCH' });
    givenMeeting(meetingHistory('sign')).when(meetingCmd.issue({ copies: 1 })).thenThrows({ code: 'RULE_VIOLATION', rule: 'COPIES_FEWER_THAN_RECIPIENTS' });
    givenMeeting(meetingHistory('sign')).when(meetingCmd.issue({ now: vn('2026-04-01') })).thenThrows({ code: 'RULE_VIOLATION', rule: 'DIRECTIVE_DUE_DATE_PASSED', field: 'directives[0].dueDate' });
    givenMeeting(meetingHistory('issue')).when(meetingCmd.issue()).thenThrows({ code: 'WRONG_STATE' });
  });

  it('each directive of the issued notice becomes a task directed by the presiding leader, citing the notice', () => {
    expect(noticeTasks(meetingAt('sign'), actor('vanthu1'), M.issued)).toEqual([]);
    const [first, second] = noticeTasks(meetingAt('issue'), actor('vanthu1'), M.issued);
    expect(first).toMatchObject({
      type: 'register', directiveId: TASK_IDS[0], source: { kind: 'conclusion_notice', documentId: MEETING_ID, symbol: '05/TB-VPUBND', date: '2026-03-06' },
      leadAgencies: ['UBND huyện Đông Anh'], dueDate: '2026-03-31', directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT', followUpSpecialistId: userId('cv.kt1'),
    });
    expect(second).toMatchObject({ directiveId: TASK_IDS[1], reporting: 'monthly', dueDate: null, followUpSpecialistId: userId('cv.kt2') });
  });
});

describe('meetingActions: the buttons are the turn table', () => {
  it('offers each person exactly the step whose turn is theirs', () => {
    const drafted = meetingAt('draft');
    expect(meetingActions(drafted, actor('pho.chu.tich.kt'), CONTEXT.organisation)).toEqual(['approve-conclusion']);
    expect(meetingActions(drafted, actor('cv.kt1'), CONTEXT.organisation)).toEqual(['conclusion']);
    expect(meetingActions(drafted, actor('chu.tich'), CONTEXT.organisation)).toEqual([]);
    const submitted = meetingAt('submit');
    expect(meetingActions(submitted, actor('pho.chanh.vp.kt'), CONTEXT.organisation)).toEqual(['initial']);
  });
});
