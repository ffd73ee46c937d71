import { addCalendarDays, localDateOf, type LocalDate, type Organisation, type User, type WorkingCalendar } from '@office/domain';
import { instantAt, workingDaysIn } from '../office/working-time';
import type { PlannedDirectiveCommand, PlannedDirectiveStep } from './directive-plan';

/*
 * Three sessions convened beforehand (QC Art. 9.1), at fixed office times around the demo's today
 * (T, in working days): one upcoming (T+4) with half its papers sent; one held at T-8 with a paper
 * sent a day late and the Vice-Chairman's absence approved by the Chairman, its notice still to
 * draft; one held at T-20 with its minutes and its conclusion notice issued.
 */

const AGENCIES = ['Giám đốc Sở Kế hoạch và Đầu tư', 'Giám đốc Sở Tài chính', 'Giám đốc Sở Xây dựng'];
const at = (day: LocalDate, hh: number, mm = 0) => instantAt(day, hh * 60 + mm);

interface SessionText {
  key: string;
  title: string;
  /** The session's working day, from today. */
  day: number;
  agenda: Array<{ title: string; presentingAgency: string; paper: string }>;
}

const SESSIONS: Record<'upcoming' | 'held' | 'concluded', SessionText> = {
  upcoming: {
    key: 'session-upcoming', title: 'Phiên họp UBND tỉnh thường kỳ: kinh tế – xã hội tháng này', day: 4,
    agenda: [
      { title: 'Báo cáo tình hình kinh tế – xã hội và nhiệm vụ tháng tới', presentingAgency: 'Sở Kế hoạch và Đầu tư', paper: 'Báo cáo số 112/BC-SKHĐT' },
      { title: 'Tờ trình điều chỉnh dự toán ngân sách', presentingAgency: 'Sở Tài chính', paper: 'Tờ trình số 58/TTr-STC' },
    ],
  },
  held: {
    key: 'session-held', title: 'Phiên họp UBND tỉnh chuyên đề giải ngân vốn đầu tư công', day: -8,
    agenda: [
      { title: 'Tiến độ giải ngân vốn đầu tư công', presentingAgency: 'Sở Kế hoạch và Đầu tư', paper: 'Báo cáo số 98/BC-SKHĐT' },
      { title: 'Giải phóng mặt bằng các dự án trọng điểm', presentingAgency: 'Sở Xây dựng', paper: 'Báo cáo số 41/BC-SXD' },
    ],
  },
  concluded: {
    key: 'session-concluded', title: 'Phiên họp UBND tỉnh về quy hoạch khu công nghiệp phía Bắc', day: -20,
    agenda: [{ title: 'Đồ án quy hoạch phân khu khu công nghiệp phía Bắc', presentingAgency: 'Sở Xây dựng', paper: 'Tờ trình số 27/TTr-SXD' }],
  },
};

export function sessionPlan(organisation: Organisation, calendar: WorkingCalendar, now: string): PlannedDirectiveStep[] {
  const today = localDateOf(now);
  const days = workingDaysIn(calendar, addCalendarDays(today, -60), addCalendarDays(today, 30));
  const todayIndex = days.findIndex((d) => d >= today);
  /** The working day `n` working days from today (today itself when it is one). */
  const day = (n: number) => days[todayIndex + n];
  const user = (username: string): User => {
    const found = organisation.users.find((u) => u.username === username);
    if (!found) throw new Error(`the demo sessions need the demo organisation's ${username}`);
    return found;
  };
  const [chairman, viceKt, viceVx, chief, specialist, clerk] = ['chu.tich', 'pho.chu.tich.kt', 'pho.chu.tich.vx', 'chanh.vp', 'cv.kt1', 'vanthu1'].map(user);

  function session(text: SessionText) {
    const steps: PlannedDirectiveStep[] = [];
    const push = (when: string, actor: User, command: PlannedDirectiveCommand) =>
      steps.push({ at: when, subject: text.key, actor, command, label: command.type === 'meeting' ? command.step.type : command.type, key: `demo-directive-${text.key}-${steps.length + 1}` });
    const sessionDay = day(text.day);
    push(at(day(text.day - 10), 9), chief, {
      type: 'convene',
      session: {
        kind: 'committee_session', title: text.title, startsAt: at(sessionDay, 8), place: 'Phòng họp số 1, trụ sở UBND tỉnh', fieldCode: 'KH-DT',
        presidingLeaderId: chairman.id, specialistId: specialist.id, invitedLeaderIds: [viceKt.id, viceVx.id], invitedAgencies: AGENCIES,
        agenda: text.agenda.map(({ title, presentingAgency }) => ({ title, presentingAgency })),
      },
    });
    text.agenda.forEach((item, i) => push(at(day(text.day - 8), 9, 10 * i), specialist, { type: 'paper', index: i, paper: { agendaItemId: `a${i + 1}`, title: item.paper } }));
    return { steps, push, sessionDay };
  }

  const upcoming = session(SESSIONS.upcoming);
  upcoming.push(at(day(-1), 10), clerk, { type: 'distribute', papers: [0] });

  const held = session(SESSIONS.held);
  held.push(at(day(-14), 15), clerk, { type: 'distribute', papers: [0] });
  held.push(at(day(-12), 9), viceVx, { type: 'meeting', step: { type: 'report-absence', member: viceVx.id, reason: 'Dự hội nghị của Bộ Y tế tại Hà Nội' } });
  held.push(at(day(-12), 14), chairman, { type: 'meeting', step: { type: 'decide-absence', member: viceVx.id, approved: true, note: 'Đồng ý' } });
  // Sent the working day before the session: after the due instant (3 days before), so recorded late.
  held.push(at(day(-9), 10), clerk, { type: 'distribute', papers: [1] });
  const attendance = [
    { member: viceKt.id, presence: 'present' as const },
    { member: viceVx.id, presence: 'absent_approved' as const },
    { member: AGENCIES[0], presence: 'present' as const },
    { member: AGENCIES[1], presence: 'represented' as const, representative: 'Phó Giám đốc Sở Tài chính' },
    { member: AGENCIES[2], presence: 'present' as const },
  ];
  held.push(at(held.sessionDay, 8, 10), specialist, { type: 'meeting', step: { type: 'attendance', entries: attendance } });
  held.push(at(held.sessionDay, 16), specialist, { type: 'meeting', step: { type: 'minutes', text: 'Phiên họp nghe báo cáo tiến độ giải ngân và giải phóng mặt bằng; các thành viên thảo luận, Chủ tịch UBND tỉnh kết luận.' } });

  const concluded = session(SESSIONS.concluded);
  concluded.push(at(day(-25), 10), clerk, { type: 'distribute', papers: [0] });
  const everyone = attendance.map((a) => ({ member: a.member, presence: 'present' as const }));
  concluded.push(at(concluded.sessionDay, 8, 5), specialist, { type: 'meeting', step: { type: 'attendance', entries: everyone } });
  concluded.push(at(concluded.sessionDay, 16), specialist, { type: 'meeting', step: { type: 'minutes', text: 'Phiên họp thống nhất thông qua đồ án quy hoạch, giao Sở Xây dựng hoàn thiện hồ sơ.' } });
  const directive = { content: 'Hoàn thiện hồ sơ đồ án quy hoạch phân khu khu công nghiệp phía Bắc, trình phê duyệt', leadAgencies: ['Sở Xây dựng'], coAgencies: ['Sở Tài nguyên và Môi trường'], dueDate: day(10), reporting: null };
  concluded.push(at(day(-19), 10), specialist, {
    type: 'meeting', step: { type: 'conclusion', excerpt: `Kết luận của Chủ tịch UBND tỉnh tại ${SESSIONS.concluded.title.toLowerCase()}`, conclusions: 'Thống nhất thông qua đồ án; Sở Xây dựng hoàn thiện hồ sơ trình phê duyệt.', directives: [directive] },
  });
  concluded.push(at(day(-19), 15), chairman, { type: 'meeting', step: { type: 'approve-conclusion', note: 'Đồng ý' } });
  concluded.push(at(day(-18), 9), specialist, { type: 'meeting', step: { type: 'submit', leaderId: chief.id, proposal: 'Kính trình Chánh Văn phòng ký thông báo kết luận' } });
  concluded.push(at(day(-18), 10), user('pho.chanh.vp.kt'), { type: 'meeting', step: { type: 'initial', agree: true } });
  concluded.push(at(day(-18), 14), chief, { type: 'meeting', step: { type: 'sign', decision: 'approved' } });
  concluded.push(at(day(-17), 9), clerk, { type: 'issue', recipients: ['Sở Xây dựng', 'Sở Tài nguyên và Môi trường', 'Lưu: VT'], copies: 3 });

  return [...upcoming.steps, ...held.steps, ...concluded.steps];
}
