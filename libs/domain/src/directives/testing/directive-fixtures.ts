import { VIETNAM_CALENDAR } from '../../calendar';
import { DEMO_ORGANISATION } from '../../organisation';
import { actor, userId, vn } from '../../testing/document-fixtures';
import { deciderSpec } from '../../testing/given-when-then';
import type { DirectiveCommand, RegisterDirective } from '../directive.commands';
import { decideDirective } from '../directive.decide';
import type { DirectiveEvent } from '../directive.events';
import { evolveDirective, initialDirectiveState } from '../directive.state';
import type { DirectivesContext } from '../directives.context';
import type { MeetingCommand } from '../meeting.commands';
import { decideMeeting } from '../meeting.decide';
import type { MeetingEvent } from '../meeting.events';
import { evolveMeeting, initialMeetingState, type MeetingState } from '../meeting.state';

/*
 * Fixtures for the meeting and directive deciders' tests (test code only; not exported from the
 * package): a meeting of field KH-DT (Phòng Kinh tế; office leader pho.chanh.vp.kt; committee
 * leader pho.chu.tich.kt, who presides) on Mon 2/3/2026, recorded by cv.kt1; the demo
 * organisation and the real calendar. The notice is due Thu 5/3/2026 (3 working days).
 */

export { actor, userId, vn };

export const CONTEXT: DirectivesContext = { organisation: DEMO_ORGANISATION, calendar: VIETNAM_CALENDAR };
export const givenMeeting = deciderSpec({ decide: decideMeeting, evolve: evolveMeeting, initialState: initialMeetingState }, CONTEXT);
export const givenDirective = deciderSpec({ decide: decideDirective, evolve: evolveDirective, initialState: initialDirectiveState }, CONTEXT);

export const MEETING_ID = '0b6f5a3e-0000-4000-8000-0000000000e1';
export const DIRECTIVE_ID = '0b6f5a3e-0000-4000-8000-0000000000d1';
export const TASK_IDS = ['0b6f5a3e-0000-4000-8000-0000000000a1', '0b6f5a3e-0000-4000-8000-0000000000a2'];

/** When each step of the notice's path happens (Hà Nội time). */
export const M = {
  held: vn('2026-03-02', '16:00'),
  drafted: vn('2026-03-04', '10:00'),
  approved: vn('2026-03-04', '15:00'),
  submitted: vn('2026-03-05', '09:00'),
  initialled: vn('2026-03-05', '10:00'),
  signed: vn('2026-03-05', '14:00'),
  issued: vn('2026-03-06', '09:00'),
} as const;

type With<C> = Partial<Omit<C, 'type'>>;
const onMeeting = (username: string, now: string) => ({ meetingId: MEETING_ID, actor: actor(username), now });

export const DIRECTIVES = [
  { content: 'Hoàn thành giải phóng mặt bằng dự án Trường THPT Nguyễn Trãi', leadAgencies: ['UBND huyện Đông Anh'], coAgencies: ['Sở Tài nguyên và Môi trường'], dueDate: '2026-03-31' },
  { content: 'Báo cáo tiến độ giải ngân vốn đầu tư công', leadAgencies: ['Sở Kế hoạch và Đầu tư'], reporting: 'monthly' as const, followUpSpecialistId: userId('cv.kt2') },
];

export const meetingCmd = {
  record: (o: With<Extract<MeetingCommand, { type: 'record' }>> = {}): MeetingCommand => ({
    type: 'record', ...onMeeting('cv.kt1', M.held), title: 'Họp nghe báo cáo tiến độ các dự án đầu tư công', heldOn: '2026-03-02', fieldCode: 'KH-DT',
    presidingLeaderId: userId('pho.chu.tich.kt'), attendees: ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'UBND huyện Đông Anh'], ...o,
  }),
  draft: (o: With<Extract<MeetingCommand, { type: 'conclusion' }>> = {}): MeetingCommand => ({
    type: 'conclusion', ...onMeeting('cv.kt1', M.drafted), excerpt: 'Kết luận của đồng chí Phó Chủ tịch tại cuộc họp nghe báo cáo tiến độ dự án đầu tư công',
    conclusions: 'Các đơn vị khẩn trương hoàn thành giải phóng mặt bằng và đẩy nhanh giải ngân.', directives: DIRECTIVES, ...o,
  }),
  approve: (o: With<Extract<MeetingCommand, { type: 'approve-conclusion' }>> = {}): MeetingCommand => ({ type: 'approve-conclusion', ...onMeeting('pho.chu.tich.kt', M.approved), ...o }),
  submit: (o: With<Extract<MeetingCommand, { type: 'submit' }>> = {}): MeetingCommand => ({
    type: 'submit', ...onMeeting('cv.kt1', M.submitted), leaderId: userId('chanh.vp'), proposal: 'Kính trình Chánh Văn phòng ký thông báo kết luận', ...o,
  }),
  initial: (o: With<Extract<MeetingCommand, { type: 'initial' }>> = {}): MeetingCommand => ({ type: 'initial', ...onMeeting('pho.chanh.vp.kt', M.initialled), agree: true, ...o }),
  sign: (o: With<Extract<MeetingCommand, { type: 'sign' }>> = {}): MeetingCommand => ({ type: 'sign', ...onMeeting('chanh.vp', M.signed), decision: 'approved', ...o }),
  issue: (o: With<Extract<MeetingCommand, { type: 'issue' }>> = {}): MeetingCommand => ({
    type: 'issue', ...onMeeting('vanthu1', M.issued), outgoingNumber: 5, recipients: ['UBND huyện Đông Anh', 'Sở Kế hoạch và Đầu tư', 'Lưu: VT, KT'], copies: 3,
    directiveIds: TASK_IDS, ...o,
  }),
};

const MEETING_PATH = ['record', 'draft', 'approve', 'submit', 'initial', 'sign', 'issue'] as const;
export type MeetingStage = (typeof MEETING_PATH)[number];

/** The events of the notice's path up to (and including) `stage`. */
export function meetingHistory(stage: MeetingStage): MeetingEvent[] {
  const events: MeetingEvent[] = [];
  let state: MeetingState = initialMeetingState;
  for (const step of MEETING_PATH.slice(0, MEETING_PATH.indexOf(stage) + 1)) {
    const decided = decideMeeting(meetingCmd[step](), state, CONTEXT);
    state = decided.reduce(evolveMeeting, state);
    events.push(...decided);
  }
  return events;
}

export const meetingAt = (stage: MeetingStage): MeetingState => meetingHistory(stage).reduce(evolveMeeting, initialMeetingState);

/* ---------------------------------------------------------------- tasks */

/** When each step of a task happens: registered Mon 9/3/2026, due Tue 31/3/2026. */
export const D = {
  registered: vn('2026-03-09', '09:00'),
  progress: vn('2026-03-16', '09:00'),
  completed: vn('2026-03-30', '10:00'),
  assessed: vn('2026-04-01', '10:00'),
} as const;

const onTask = (username: string, now: string) => ({ directiveId: DIRECTIVE_ID, actor: actor(username), now });

export const taskCmd = {
  register: (o: With<RegisterDirective> = {}): RegisterDirective => ({
    type: 'register', ...onTask('cv.kt1', D.registered),
    source: { kind: 'official_letter', documentId: '0b6f5a3e-0000-4000-8000-0000000000c1', symbol: '215/UBND-KT', date: '2026-03-06' },
    content: 'Rà soát, đề xuất điều chỉnh kế hoạch vốn đầu tư công năm 2026', leadAgencies: ['Sở Kế hoạch và Đầu tư'], coAgencies: ['Sở Tài chính'],
    dueDate: '2026-03-31', followUpSpecialistId: userId('cv.kt1'), directingLeaderId: userId('pho.chu.tich.kt'), fieldCode: 'KH-DT', ...o,
  }),
  chase: (o: With<Extract<DirectiveCommand, { type: 'chase' }>> = {}): DirectiveCommand => ({ type: 'chase', ...onTask('cv.kt1', D.progress), channel: 'phone', note: 'Nhắc Sở gửi báo cáo tiến độ', ...o }),
  progress: (o: With<Extract<DirectiveCommand, { type: 'report' }>> = {}): DirectiveCommand => ({
    type: 'report', ...onTask('cv.kt1', D.progress), kind: 'progress', summary: 'Đã rà soát 12/20 dự án', percent: 60, ...o,
  }),
  complete: (o: With<Extract<DirectiveCommand, { type: 'report' }>> = {}): DirectiveCommand => ({
    type: 'report', ...onTask('vanthu1', D.completed), kind: 'completion', summary: 'Đã trình phương án điều chỉnh kế hoạch vốn',
    incomingDocumentId: '0b6f5a3e-0000-4000-8000-0000000000f1', reportSymbol: '88/BC-SKHĐT', ...o,
  }),
  accept: (o: With<Extract<DirectiveCommand, { type: 'accept' }>> = {}): DirectiveCommand => ({ type: 'accept', ...onTask('cv.kt1', D.assessed), ...o }),
  reject: (o: With<Extract<DirectiveCommand, { type: 'reject' }>> = {}): DirectiveCommand => ({ type: 'reject', ...onTask('cv.kt1', D.assessed), reason: 'Chưa có số liệu của Sở Tài chính', ...o }),
  extend: (o: With<Extract<DirectiveCommand, { type: 'extend' }>> = {}): DirectiveCommand => ({
    type: 'extend', ...onTask('pho.chu.tich.kt', D.progress), newDueDate: '2026-04-15', reason: 'Chờ số liệu quyết toán', agencyRequestRef: '75/SKHĐT-TH ngày 13/3/2026', ...o,
  }),
  escalate: (o: With<Extract<DirectiveCommand, { type: 'escalate' }>> = {}): DirectiveCommand => ({
    type: 'escalate', ...onTask('cv.kt1', D.progress), obstacle: 'Sở Tài chính chưa thống nhất số liệu', proposal: 'Đề nghị đồng chí Phó Chủ tịch chủ trì họp hai Sở', ...o,
  }),
  cancel: (o: With<Extract<DirectiveCommand, { type: 'cancel' }>> = {}): DirectiveCommand => ({ type: 'cancel', ...onTask('pho.chu.tich.kt', D.progress), reason: 'Nhiệm vụ không còn phù hợp', ...o }),
  supersede: (o: With<Extract<DirectiveCommand, { type: 'supersede' }>> = {}): DirectiveCommand => ({
    type: 'supersede', ...onTask('pho.chu.tich.kt', D.progress), reason: 'Đã giao lại tại thông báo mới', replacedBy: '12/TB-UBND', ...o,
  }),
};

/** The events of a task after `commands` (each decided on the state the previous ones left). */
export function taskHistory(...commands: DirectiveCommand[]): DirectiveEvent[] {
  let state = initialDirectiveState;
  return commands.flatMap((command) => {
    const events = decideDirective(command, state, CONTEXT);
    state = events.reduce(evolveDirective, state);
    return events;
  });
}
