import { addCalendarDays, localDateOf, type LocalDate, type Organisation, type User, type WorkingCalendar } from '@office/domain';
import type { DirectiveCommandInput } from '../../../api/src/directives/directive-streams';
import type { OmitEach } from '../../../api/src/dossiers/dossier-streams';
import type { RegisterDirectiveRequest } from '../../../api/src/directives/register-directive/register-directive.request';
import type { MeetingCommandInput } from '../../../api/src/meetings/meeting-streams';
import type { ConveneSessionRequest } from '../../../api/src/meetings/convene-session/convene-session.request';
import type { RecordMeetingRequest } from '../../../api/src/meetings/record-meeting/record-meeting.request';
import type { RegisterPaperRequest } from '../../../api/src/meetings/register-paper/register-paper.request';
import { Random } from '../office/random';
import { instantAt, officeMinute } from '../office/working-time';
import { sessionPlan } from './session-plan';
import { inTimeUntil, StepLife, type PlannedStep } from './step-life';
import { CHASE_NOTES, DEMO_MEETINGS, DEMO_OTHER_TASKS, PROGRESS_SUMMARIES, type DemoDirectiveText, type DemoMeetingText } from './directive-texts';

export type PlannedDirectiveCommand =
  | { type: 'record'; meeting: RecordMeetingRequest }
  | { type: 'convene'; session: ConveneSessionRequest }
  /** A session's paper; its id comes with the registration, recorded as `<session key>/paper#<index>`. */
  | { type: 'paper'; index: number; paper: RegisterPaperRequest }
  /** The papers (by index) sent to the members. */
  | { type: 'distribute'; papers: number[] }
  | { type: 'meeting'; step: OmitEach<MeetingCommandInput, 'meetingId'> }
  | { type: 'issue'; recipients: string[]; copies: number }
  | { type: 'register'; task: RegisterDirectiveRequest }
  | { type: 'task'; step: OmitEach<DirectiveCommandInput, 'directiveId'> };

/**
 * One thing done on a meeting or a task. `subject` is the meeting's key, or the task's: `<meeting
 * key>#<index of its directive>` for a notice's task (its id comes with the notice's issue), the
 * task's key for a task of another source.
 */
export type PlannedDirectiveStep = PlannedStep<PlannedDirectiveCommand>;

export interface DirectivePlanOptions {
  organisation: Organisation;
  calendar: WorkingCalendar;
  /** Nothing happens after this instant: the demo's "now". */
  now: string;
  seed: number;
}

/** The Office's leaders who sign a notice (the chief signs for the Committee, as the working regulation allows). */
const SIGNER = 'chanh.vp';
const ISSUING_CLERK = 'vanthu1';
const REPORTING_CLERK = 'vanthu2';

/**
 * Ten weeks of leaders' directives as steps in time order (DOMAIN.md §8): each meeting of
 * DEMO_MEETINGS recorded by its specialist on the day, its notice drafted within the 3-working-day
 * clock (one late), approved by the presiding leader, submitted, initialled by the office leader in
 * charge of the field, signed and issued, its directives becoming tasks; two recent meetings wait
 * for their notice. Every task then lives its fate: agencies' progress and completion reports
 * (arriving as incoming documents registered by a clerk), chases, acceptance, an extension, an
 * escalation, a cancellation. Steps after `now` are dropped.
 */
export function directivePlan(options: DirectivePlanOptions): PlannedDirectiveStep[] {
  const planner = new DirectivePlanner(options, new Random(options.seed));
  const steps = [
    ...DEMO_MEETINGS.flatMap((meeting) => planner.meeting(meeting)), ...DEMO_OTHER_TASKS.flatMap((task) => planner.otherTask(task)),
    ...sessionPlan(options.organisation, options.calendar, options.now),
  ];
  return inTimeUntil(steps, options.now);
}

type Life = StepLife<PlannedDirectiveCommand>;

const labelOf = (command: PlannedDirectiveCommand) => (command.type === 'meeting' || command.type === 'task' ? command.step.type : command.type);

class DirectivePlanner {
  private readonly today: LocalDate;

  constructor(
    private readonly options: DirectivePlanOptions,
    private readonly random: Random,
  ) {
    this.today = localDateOf(options.now);
  }

  /** The meeting, its notice as far as it has gone, and the life of each task it gave. */
  meeting(text: DemoMeetingText): PlannedDirectiveStep[] {
    const heldOn = this.workingDayOnOrBefore(addCalendarDays(this.today, -text.daysAgo));
    const specialist = this.user(text.specialist);
    const presiding = this.user(text.presiding);
    const life = this.life(text.key, instantAt(heldOn, 16 * 60 + this.random.int(0, 45)));
    const meeting = { title: text.title, heldOn, fieldCode: text.fieldCode, presidingLeaderId: presiding.id, attendees: text.attendees };
    life.push(specialist, { type: 'record', meeting });
    if (text.notice === 'none') return life.steps;

    // At least ten working days on: the notice is issued within a week or so, holidays included, and a due date passed by then would refuse its issue.
    const earliest = this.options.calendar.addWorkingDays(heldOn, 10);
    const dueDate = (directive: DemoDirectiveText) => {
      if (directive.dueAfter === null) return null;
      const due = this.workingDayOnOrAfter(addCalendarDays(heldOn, directive.dueAfter));
      return due < earliest ? earliest : due;
    };
    const directives = text.directives.map((d) => ({ content: d.content, leadAgencies: [d.lead], coAgencies: d.co ?? [], dueDate: dueDate(d), reporting: d.dueAfter === null ? ('monthly' as const) : null }));
    life.push(specialist, { type: 'meeting', step: { type: 'conclusion', excerpt: text.excerpt, conclusions: text.conclusions, directives } }, text.lateDraft ? 5 : 1);
    if (text.notice === 'drafted') return life.steps;
    life.push(presiding, { type: 'meeting', step: { type: 'approve-conclusion', note: 'Đồng ý, trình ký ban hành' } }, this.random.int(0, 1));
    life.push(specialist, { type: 'meeting', step: { type: 'submit', leaderId: this.user(SIGNER).id, proposal: 'Kính trình Chánh Văn phòng ký thông báo kết luận của lãnh đạo UBND tỉnh' } });
    life.push(this.officeLeaderOf(text.fieldCode), { type: 'meeting', step: { type: 'initial', agree: true } }, this.random.int(0, 1));
    life.push(this.user(SIGNER), { type: 'meeting', step: { type: 'sign', decision: 'approved' } });
    const recipients = [...new Set([...text.directives.map((d) => d.lead), ...text.directives.flatMap((d) => d.co ?? [])]), 'Lưu: VT'];
    life.push(this.user(ISSUING_CLERK), { type: 'issue', recipients, copies: recipients.length });
    const issuedAt = life.at;
    return [
      ...life.steps,
      ...text.directives.flatMap((directive, i) => this.task(this.life(`${text.key}#${i}`, issuedAt), directive, dueDate(directive), specialist, presiding, issuedAt)),
    ];
  }

  /** A task from a decision, an official letter or a leader's instruction on an incoming document, registered on its day. */
  otherTask(text: (typeof DEMO_OTHER_TASKS)[number]): PlannedDirectiveStep[] {
    const day = this.workingDayOnOrBefore(addCalendarDays(this.today, -text.daysAgo));
    const life = this.life(text.key, instantAt(day, officeMinute(this.random)));
    const directing = this.user(text.directing);
    const followUp = this.user(text.followUp);
    const dueDate = text.dueAfter === null ? null : this.workingDayOnOrAfter(addCalendarDays(day, text.dueAfter));
    life.push(this.user(text.registrar), {
      type: 'register',
      task: {
        source: { ...text.source, date: day }, content: text.content, leadAgency: text.lead, coAgencies: text.co ?? [], dueDate, reporting: text.dueAfter === null ? 'monthly' : null,
        directingLeaderId: directing.id, fieldCode: text.fieldCode, followUpSpecialistId: followUp.id,
      },
    });
    return this.task(life, text, dueDate, followUp, directing, life.at);
  }

  /**
   * A task's fate after its registration (DemoDirectiveText.fate): the agency's reports arrive as
   * incoming documents the clerk records; the follow-up specialist chases and accepts; the
   * directing leader extends or cancels.
   */
  private task(life: Life, text: DemoDirectiveText, due: LocalDate | null, followUp: User, directing: User, registeredAt: string): PlannedDirectiveStep[] {
    const r = this.random;
    const { calendar } = this.options;
    const start = localDateOf(registeredAt);
    const clerk = this.user(REPORTING_CLERK);
    const report = (kind: 'progress' | 'completion', summary: string, percent: number | null = null) =>
      ({ type: 'task', step: { type: 'report', kind, summary, percent, reportSymbol: text.reportSymbol } }) as const;
    const progress = (percent: number) => report('progress', r.pick(PROGRESS_SUMMARIES), percent);
    const chase = (channel: 'phone' | 'letter', note: string) => ({ type: 'task', step: { type: 'chase', channel, note, documentRef: channel === 'letter' ? `${r.int(100, 999)}/VP-TH` : null } }) as const;
    const done = (late: boolean) => report('completion', late ? 'Đơn vị báo cáo đã hoàn thành nhiệm vụ (chậm so với thời hạn do khối lượng lớn)' : 'Đơn vị báo cáo đã hoàn thành nhiệm vụ được giao');
    const accept = { type: 'task', step: { type: 'accept', note: 'Đạt yêu cầu, đề nghị đóng nhiệm vụ' } } as const;
    const middle = due ? this.dayBetween(start, due) : calendar.addWorkingDays(start, 5);
    switch (text.fate) {
      case 'on_time':
        life.on(middle, clerk, progress(r.int(40, 70)));
        life.on(this.workingDaysBefore(due!, r.int(1, 2)), clerk, done(false));
        life.push(followUp, accept, r.int(0, 1));
        break;
      case 'late':
        life.on(middle, clerk, progress(r.int(30, 50)));
        life.on(calendar.addWorkingDays(due!, 1), followUp, chase('phone', CHASE_NOTES[1]));
        life.on(calendar.addWorkingDays(due!, r.int(3, 5)), clerk, done(true));
        life.push(followUp, accept, 1);
        break;
      case 'overdue':
        life.on(middle, clerk, progress(r.int(20, 40)));
        life.on(calendar.addWorkingDays(due!, 1), followUp, chase('letter', CHASE_NOTES[1]));
        life.on(calendar.addWorkingDays(due!, 6), followUp, chase('phone', CHASE_NOTES[2]));
        break;
      case 'in_time':
        life.on(calendar.addWorkingDays(start, r.int(3, 6)), followUp, chase('phone', CHASE_NOTES[0]));
        life.on(calendar.addWorkingDays(start, r.int(7, 9)), clerk, progress(r.int(10, 30)));
        break;
      case 'extended':
        life.on(middle, clerk, progress(40));
        life.on(this.workingDaysBefore(due!, 2), directing, {
          type: 'task',
          step: { type: 'extend', newDueDate: addCalendarDays(due!, 45), reason: 'Khối lượng rà soát lớn, cần chờ số liệu của Bộ Công an', agencyRequestRef: `${r.int(100, 999)}/${text.reportSymbol.split('/')[1]} ngày ${this.workingDaysBefore(due!, 3)}` },
        });
        life.on(calendar.addWorkingDays(due!, 3), clerk, progress(60));
        break;
      case 'escalated':
        life.on(calendar.addWorkingDays(start, 4), clerk, progress(15));
        life.on(calendar.addWorkingDays(start, 6), followUp, {
          type: 'task',
          step: { type: 'escalate', obstacle: 'Đường dây trung thế thuộc tài sản của ngành điện, huyện không đủ thẩm quyền yêu cầu di dời', proposal: 'Đề nghị lãnh đạo UBND tỉnh chủ trì làm việc với Tổng công ty Điện lực miền Trung' },
        });
        life.on(calendar.addWorkingDays(start, 10), followUp, chase('phone', CHASE_NOTES[0]));
        break;
      case 'cancelled':
        life.on(calendar.addWorkingDays(start, 5), directing, {
          type: 'task',
          step: { type: 'cancel', reason: 'Nội dung đã được lồng ghép vào Chương trình mục tiêu quốc gia xây dựng nông thôn mới, không giao riêng' },
        });
        break;
      case 'reported':
        life.on(middle, clerk, progress(50));
        life.on(this.workingDaysBefore(due!, 1), clerk, done(false));
        break;
      case 'periodic':
        for (let month = 1; month <= 3; month++) life.on(this.workingDayOnOrAfter(addCalendarDays(start, 30 * month - 5)), clerk, progress(20 * month));
        break;
    }
    return life.steps;
  }

  /** A subject's steps from `at`. */
  private life(subject: string, at: string): Life {
    return new StepLife({ prefix: 'demo-directive', subject, at, calendar: this.options.calendar, random: this.random, labelOf });
  }

  /** A working day about halfway from `from` to `to`, strictly after `from` when there is room. */
  private dayBetween(from: LocalDate, to: LocalDate): LocalDate {
    const span = this.options.calendar.workingDaysBetween(from, to);
    return this.options.calendar.addWorkingDays(from, Math.max(1, Math.floor(span / 2)));
  }

  private workingDayOnOrBefore(day: LocalDate): LocalDate {
    let found = day;
    while (!this.options.calendar.isWorkingDay(found)) found = addCalendarDays(found, -1);
    return found;
  }

  private workingDayOnOrAfter(day: LocalDate): LocalDate {
    let found = day;
    while (!this.options.calendar.isWorkingDay(found)) found = addCalendarDays(found, 1);
    return found;
  }

  private workingDaysBefore(day: LocalDate, n: number): LocalDate {
    let found = day;
    for (let left = n; left > 0; left--) found = this.workingDayOnOrBefore(addCalendarDays(found, -1));
    return found;
  }

  private officeLeaderOf(fieldCode: string): User {
    const field = this.options.organisation.fields.find((f) => f.code === fieldCode);
    if (!field) throw new Error(`field ${fieldCode} is not in the organisation`);
    return this.userById(field.officeLeaderId);
  }

  private user(username: string): User {
    const found = this.options.organisation.users.find((u) => u.username === username);
    if (!found) throw new Error(`the demo directives need the demo organisation's ${username}`);
    return found;
  }

  private userById(id: string): User {
    const found = this.options.organisation.users.find((u) => u.id === id);
    if (!found) throw new Error(`user ${id} is not in the organisation`);
    return found;
  }
}
