import type { MeetingCommand } from '../meeting.commands';
import { decideMeeting } from '../meeting.decide';
import type { MeetingEvent } from '../meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../meeting.state';
import type { SessionCommand } from '../session.commands';
import { actor, CONTEXT, MEETING_ID, userId, vn } from './directive-fixtures';

/*
 * Fixtures of a Committee session (test code only): the monthly session of Fri 13/3/2026 08:00,
 * convened Mon 2/3 by the office chief, presided by the Chairman, followed by cv.kt1 (field KH-DT);
 * its papers are due Tue 10/3 08:00 (3 calendar days before). Paper P1 goes out on Mon 9/3 (on
 * time), P2 on Wed 11/3 (1 day late); the Vice-Chairman for culture reports his absence, approved.
 */

export const SESSION_STARTS = vn('2026-03-13', '08:00');
export const PAPERS_DUE = vn('2026-03-10', '08:00');
export const AGENDA = [
  { itemId: 'a1', title: 'Tờ trình điều chỉnh kế hoạch đầu tư công năm 2026', presentingAgency: 'Sở Kế hoạch và Đầu tư', programmeItemRef: 'CT-2026-03-01' },
  { itemId: 'a2', title: 'Báo cáo tình hình thu ngân sách quý I', presentingAgency: 'Sở Tài chính' },
];
export const PAPER_IDS = ['0b6f5a3e-0000-4000-8000-0000000000b1', '0b6f5a3e-0000-4000-8000-0000000000b2'];
export const HASH = 'a'.repeat(64);
export const AGENCIES = ['Giám đốc Sở Kế hoạch và Đầu tư', 'Giám đốc Sở Tài chính'];

/** When each step of the session happens (Hà Nội time). */
export const S = {
  convened: vn('2026-03-02', '09:00'),
  registered: vn('2026-03-05', '09:00'),
  sentOnTime: vn('2026-03-09', '15:00'),
  absence: vn('2026-03-10', '09:00'),
  decided: vn('2026-03-10', '14:00'),
  sentLate: vn('2026-03-11', '10:00'),
  attendance: vn('2026-03-13', '08:10'),
  minutes: vn('2026-03-13', '16:00'),
} as const;

type With<C> = Partial<Omit<C, 'type'>>;
type Of<T extends SessionCommand['type']> = Extract<SessionCommand, { type: T }>;
const on = (username: string, now: string) => ({ meetingId: MEETING_ID, actor: actor(username), now });

export const sessionCmd = {
  convene: (o: With<Of<'convene'>> = {}): MeetingCommand => ({
    type: 'convene', ...on('chanh.vp', S.convened), kind: 'committee_session', title: 'Phiên họp UBND tỉnh thường kỳ tháng 3 năm 2026', startsAt: SESSION_STARTS,
    place: 'Phòng họp số 1, trụ sở UBND tỉnh', fieldCode: 'KH-DT', presidingLeaderId: userId('chu.tich'), specialistId: userId('cv.kt1'),
    invitedLeaderIds: [userId('pho.chu.tich.kt'), userId('pho.chu.tich.vx')], invitedAgencies: AGENCIES, agenda: AGENDA, ...o,
  }),
  paper: (o: With<Of<'papers'>> = {}): MeetingCommand => ({
    type: 'papers', ...on('cv.kt1', S.registered), paperId: PAPER_IDS[0], agendaItemId: 'a1', title: 'Tờ trình số 45/TTr-SKHĐT', attachmentHash: HASH, ...o,
  }),
  paper2: (o: With<Of<'papers'>> = {}): MeetingCommand => ({
    type: 'papers', ...on('vanthu1', S.registered), paperId: PAPER_IDS[1], agendaItemId: 'a2', title: 'Báo cáo số 30/BC-STC', documentId: '0b6f5a3e-0000-4000-8000-0000000000c2', ...o,
  }),
  distribute: (o: With<Of<'distribute-papers'>> = {}): MeetingCommand => ({ type: 'distribute-papers', ...on('vanthu1', S.sentOnTime), paperIds: [PAPER_IDS[0]], ...o }),
  distributeLate: (o: With<Of<'distribute-papers'>> = {}): MeetingCommand => ({ type: 'distribute-papers', ...on('vanthu1', S.sentLate), paperIds: [PAPER_IDS[1]], ...o }),
  absence: (o: With<Of<'report-absence'>> = {}): MeetingCommand => ({
    type: 'report-absence', ...on('pho.chu.tich.vx', S.absence), member: userId('pho.chu.tich.vx'), reason: 'Đi công tác tại Bộ Y tế', ...o,
  }),
  approve: (o: With<Of<'decide-absence'>> = {}): MeetingCommand => ({ type: 'decide-absence', ...on('chu.tich', S.decided), member: userId('pho.chu.tich.vx'), approved: true, ...o }),
  attendance: (o: With<Of<'attendance'>> = {}): MeetingCommand => ({
    type: 'attendance', ...on('cv.kt1', S.attendance),
    entries: [
      { member: userId('pho.chu.tich.kt'), presence: 'present' },
      { member: userId('pho.chu.tich.vx'), presence: 'absent_approved' },
      { member: AGENCIES[0], presence: 'present' },
      { member: AGENCIES[1], presence: 'represented', representative: 'Phó Giám đốc Sở Tài chính Nguyễn Văn An' },
    ],
    ...o,
  }),
  minutes: (o: With<Of<'minutes'>> = {}): MeetingCommand => ({ type: 'minutes', ...on('cv.kt1', S.minutes), text: 'Phiên họp thông qua hai nội dung; các ý kiến thảo luận ghi kèm.', ...o }),
};

const SESSION_PATH = ['convene', 'paper', 'paper2', 'distribute', 'absence', 'approve', 'distributeLate', 'attendance', 'minutes'] as const;
export type SessionStage = (typeof SESSION_PATH)[number];

/** The events of the session's path up to (and including) `stage`. */
export function sessionHistory(stage: SessionStage): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  let state: MeetingState = initialMeetingState;
  for (const step of SESSION_PATH.slice(0, SESSION_PATH.indexOf(stage) + 1)) {
    const decided = decideMeeting(sessionCmd[step](), state, CONTEXT);
    state = decided.reduce(evolveMeeting, state);
    events.push(...decided);
  }
  return events;
}

export const sessionAt = (stage: SessionStage): MeetingState => sessionHistory(stage).reduce(evolveMeeting, initialMeetingState);
