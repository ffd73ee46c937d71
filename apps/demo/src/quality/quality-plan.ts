import { addCalendarDays, hasRole, localDateOf, type LocalDate, type Organisation, type ReviewTopic, type User, type WorkingCalendar } from '@office/domain';
import { derivedUuid } from '@office/event-store';
import type { QualityStepInput } from '../../../api/src/quality/quality-streams';
import { Random } from '../office/random';
import { instantAt, officeMinute, workingDaysIn } from '../office/working-time';
import { inTimeUntil, StepLife, type PlannedStep } from '../directives/step-life';

/** One step of the quality system: a command on one of its streams, whose id the plan made. */
export type PlannedQualityStep = PlannedStep<QualityStepInput>;

export interface QualityPlanOptions {
  organisation: Organisation;
  calendar: WorkingCalendar;
  /** Nothing happens after this instant: the demo's "now". */
  now: string;
  seed: number;
}

/**
 * The legal documents the secretary tracks. The one incorporated is cited by the legal basis of
 * the catalogue's approved versions of the procedures it affects (the demo catalogue's
 * NĐ 14/2026/NĐ-CP): its clock stops on the day those versions were approved.
 */
const LEGAL_CHANGES = [
  {
    key: 'nd-14-2026', docSymbol: '14/2026/NĐ-CP', excerpt: 'Nghị định sửa đổi, bổ sung một số điều của các nghị định quy định chi tiết thi hành Luật Xây dựng',
    procedureCodes: ['1.008989', '1.009791'], issuedAgo: 80, effectiveAgo: 65, impact: 'revise', incorporate: true,
    note: 'Thay đổi thành phần hồ sơ và thời hạn thẩm định; phải cập nhật quy trình nội bộ của hai thủ tục',
  },
  {
    key: 'qd-07-2026', docSymbol: '07/2026/QĐ-UBND', excerpt: 'Quyết định của UBND tỉnh ban hành quy trình nội bộ giải quyết thủ tục hành chính lĩnh vực đất đai',
    procedureCodes: ['1.012753', '1.013823'], issuedAgo: 78, effectiveAgo: 68, impact: 'revise', incorporate: false,
    note: 'Rút ngắn thời gian xử lý tại Văn phòng; phải sửa các bước trình ký',
  },
  {
    key: 'tt-15-2026', docSymbol: '15/2026/TT-BXD', excerpt: 'Thông tư hướng dẫn về hồ sơ đề nghị cấp giấy phép xây dựng',
    procedureCodes: ['1.009791'], issuedAgo: 130, effectiveAgo: 112, impact: 'revise', incorporate: false,
    note: 'Bổ sung mẫu đơn mới; phải cập nhật danh mục thành phần hồ sơ',
  },
  {
    key: 'tt-31-2026', docSymbol: '31/2026/TT-BTC', excerpt: 'Thông tư sửa đổi mức thu phí thẩm định dự án đầu tư xây dựng',
    procedureCodes: ['1.012994'], issuedAgo: 55, effectiveAgo: 40, impact: 'none', incorporate: false,
    note: 'Chỉ thay đổi mức phí do cơ quan thuế thu, không thay đổi quy trình của Văn phòng',
  },
] as const;

const REVIEW_SUMMARIES: Readonly<Partial<Record<ReviewTopic, string>>> = {
  process_performance: 'Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%; còn hồ sơ trễ hạn ở lĩnh vực đất đai',
  nonconformities: 'Ghi nhận 3 điểm không phù hợp, 1 điểm đã khắc phục và kiểm tra hiệu lực',
  audit_results: 'Đánh giá nội bộ phát hiện 1 điểm không phù hợp nhẹ, 2 khuyến nghị cải tiến',
  satisfaction: 'Mức độ hài lòng của tổ chức, cá nhân đạt 97% qua phiếu khảo sát',
  objectives: 'Đạt 5/6 mục tiêu chất lượng năm; mục tiêu số hóa hồ sơ chưa đạt',
  resources: 'Bố trí đủ công chức tại Bộ phận một cửa; cần nâng cấp máy quét hồ sơ',
};

/** The steps of a quality record (its id made from the plan), each after the last. */
type Life = StepLife<QualityStepInput>;

/**
 * A year of the ISO quality management system up to `now` (DOMAIN.md §7), as steps in time order:
 * four legal changes (incorporated on time, due soon, overdue against the 3-month clock, no
 * impact), this year's internal audit planned, approved by the chief, conducted and reported,
 * three nonconformities at different stages (the audit's one closed after an effective
 * verification), the management review confirmed by the chief and the conformity declaration,
 * notified to the Sở KH&CN and posted. Steps after `now` are dropped.
 */
export function qualityPlan(options: QualityPlanOptions): PlannedQualityStep[] {
  const planner = new QualityPlanner(options, new Random(options.seed));
  return inTimeUntil([...planner.legalChanges(), ...planner.yearCycle(), ...planner.otherNonconformities()], options.now);
}

/** The id of a demo quality record: the same on every run. */
export function demoQualityId(key: string): string {
  return derivedUuid('demo-quality', key);
}

const labelOf = (input: QualityStepInput) => `${input.kind} ${input.command.type}`;

class QualityPlanner {
  private readonly today: LocalDate;
  private readonly secretary: User;
  private readonly chief: User;

  constructor(
    private readonly options: QualityPlanOptions,
    private readonly random: Random,
  ) {
    this.today = localDateOf(options.now);
    this.secretary = this.withRole('iso_secretary');
    this.chief = this.withRole('office_chief');
  }

  /** Each change registered a few days after it comes into force, assessed soon after; one incorporated by the approved versions citing it. */
  legalChanges(): PlannedQualityStep[] {
    return LEGAL_CHANGES.flatMap((change) => {
      const legalChangeId = demoQualityId(change.key);
      const effectiveFrom = addCalendarDays(this.today, -change.effectiveAgo);
      const life = this.life(change.key, this.dayAt(addCalendarDays(effectiveFrom, 4)));
      const { docSymbol, excerpt, procedureCodes, impact, note } = change;
      life.push(this.secretary, { kind: 'legal-change', command: { type: 'register', legalChangeId, docSymbol, excerpt, issuedOn: addCalendarDays(this.today, -change.issuedAgo), effectiveFrom, procedureCodes: [...procedureCodes] } });
      life.push(this.secretary, { kind: 'legal-change', command: { type: 'assess', legalChangeId, impact, note } }, 3);
      // The versions citing it were approved with the catalogue: recorded as incorporated once the secretary has checked them.
      if (change.incorporate) for (const procedureCode of procedureCodes) life.push(this.secretary, { kind: 'legal-change', command: { type: 'incorporate', legalChangeId, procedureCode, version: 1 } }, 2);
      return life.steps;
    });
  }

  /**
   * This year's cycle, spread over its working days so far: the audit (planned, approved,
   * conducted with a nonconformity, reported), the nonconformity it raised (corrected, root cause,
   * action, implemented, verified effective, closed), the management review and the declaration.
   */
  yearCycle(): PlannedQualityStep[] {
    const days = workingDaysIn(this.options.calendar, `${this.today.slice(0, 4)}-01-01`, this.today);
    const day = (share: number) => days[Math.min(days.length - 1, Math.floor(share * days.length))];
    const year = Number(this.today.slice(0, 4));
    const auditId = demoQualityId(`audit-${year}`);
    const audit = (command: Extract<QualityStepInput, { kind: 'audit' }>['command']) => ({ kind: 'audit', command }) as const;
    const scope = ['1.009791', '1.012753', '1.009491'];
    const conductedOn = day(0.5);
    const life = this.life(`audit-${year}`, this.dayAt(day(0.3)));
    life.push(this.secretary, audit({ type: 'plan', auditId, year, title: `Đánh giá nội bộ hệ thống quản lý chất lượng năm ${year}`, plannedOn: conductedOn, procedureCodes: scope, auditorIds: [this.user('tp.th').id, this.user('tp.nc').id] }));
    life.push(this.chief, audit({ type: 'approve', auditId, decisionRef: `${this.random.int(10, 60)}/QĐ-VP` }), 2);
    life.on(conductedOn, this.secretary, audit({
      type: 'conduct', auditId, conductedOn,
      checklist: [
        { question: 'Hồ sơ trả kết quả trễ hạn có văn bản xin lỗi (Mẫu 04) gửi trước ngày hẹn trả?', procedureCode: '1.012753', result: 'nonconform', evidence: 'Hai hồ sơ đất đai trễ hạn, văn bản xin lỗi gửi sau ngày hẹn trả' },
        { question: 'Quy trình nội bộ được niêm yết và cập nhật theo văn bản pháp luật mới?', procedureCode: '1.009791', result: 'conform', evidence: 'Niêm yết tại Bộ phận một cửa và trên Cổng dịch vụ công' },
        { question: 'Sổ theo dõi hồ sơ ghi đầy đủ ngày nhận, ngày hẹn trả, ngày trả?', procedureCode: '1.009491', result: 'observation', evidence: 'Một số dòng thiếu chữ ký nhận của tổ chức, cá nhân' },
      ],
    }));
    life.push(this.secretary, audit({
      type: 'report', auditId, summary: 'Hệ thống được duy trì phù hợp; một điểm không phù hợp nhẹ về xin lỗi hồ sơ trễ hạn, một khuyến nghị về sổ theo dõi',
      findings: [
        { kind: 'nonconformity', clause: '8.5.1', description: 'Văn bản xin lỗi hồ sơ trễ hạn gửi sau ngày hẹn trả' },
        { kind: 'observation', clause: '7.5.3', description: 'Sổ theo dõi hồ sơ thiếu chữ ký nhận' },
      ],
    }), 2);
    const reported = localDateOf(life.at);

    const closed = this.nonconformity(`nc-audit-${year}`, reported, {
      source: 'audit', sourceRef: auditId, clause: '8.5.1', severity: 'minor', procedureCode: '1.012753',
      description: 'Văn bản xin lỗi đối với hồ sơ đất đai trễ hạn được gửi sau ngày hẹn trả, không đúng Quyết định 766/QĐ-TTg',
    });
    closed.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'correct', nonconformityId: closed.id, correction: 'Đã liên hệ, xin lỗi trực tiếp hai công dân và hẹn lại ngày trả kết quả' } }, 1);
    closed.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'analyse', nonconformityId: closed.id, rootCause: 'Chuyên viên không theo dõi hạn xử lý; phần mềm chưa cảnh báo hồ sơ sắp đến hạn' } }, 1);
    const owner = this.user('tp.kt');
    closed.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'plan-action', nonconformityId: closed.id, action: 'Bật cảnh báo hồ sơ đến hạn trước 2 ngày làm việc; tập huấn chuyên viên về Mẫu 04', ownerId: owner.id, dueOn: addCalendarDays(localDateOf(closed.life.at), 30) } }, 1);
    closed.life.push(owner, { kind: 'nonconformity', command: { type: 'implement', nonconformityId: closed.id, note: 'Đã bật cảnh báo, tổ chức tập huấn cho 6 chuyên viên' } }, 8);
    closed.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'verify', nonconformityId: closed.id, effective: true, note: 'Kiểm tra 40 hồ sơ trễ hạn sau đó: tất cả có văn bản xin lỗi gửi trước ngày hẹn trả' } }, 10);
    closed.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'close', nonconformityId: closed.id, note: 'Hành động khắc phục có hiệu lực' } });

    const reviewId = demoQualityId(`review-${year}`);
    const review = this.life(`review-${year}`, this.dayAt(day(0.8)));
    review.push(this.secretary, {
      kind: 'review',
      command: {
        type: 'hold', reviewId, heldOn: localDateOf(review.at), chairId: this.chief.id, inputs: (Object.keys(REVIEW_SUMMARIES) as ReviewTopic[]).map((topic) => ({ topic, summary: REVIEW_SUMMARIES[topic]! })),
        decisions: ['Duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001:2015', 'Bổ sung mục tiêu số hóa 100% hồ sơ tiếp nhận trực tiếp', 'Cập nhật quy trình theo các văn bản pháp luật mới trong tháng'],
      },
    });
    review.push(this.chief, { kind: 'review', command: { type: 'confirm', reviewId, note: 'Hệ thống vận hành có hiệu lực' } }, 1);
    const declarationId = demoQualityId(`declaration-${year}`);
    const declaredOn = this.options.calendar.addWorkingDays(localDateOf(review.at), 2);
    const declaration = this.life(`declaration-${year}`, this.dayAt(declaredOn));
    declaration.push(this.chief, { kind: 'declaration', command: { type: 'declare', declarationId, decisionNo: `${this.random.int(60, 120)}/QĐ-VP`, declaredOn, reviewId, procedureCodes: scope } });
    const notifiedOn = this.options.calendar.addWorkingDays(declaredOn, 1);
    declaration.on(notifiedOn, this.secretary, { kind: 'declaration', command: { type: 'notify', declarationId, recipient: 'Sở Khoa học và Công nghệ', docRef: `${this.random.int(100, 400)}/VP-HCTC`, notifiedOn } });
    declaration.push(this.secretary, { kind: 'declaration', command: { type: 'post', declarationId, postedOn: notifiedOn, websiteUrl: null } });
    return [...life.steps, ...closed.life.steps, ...review.steps, ...declaration.steps];
  }

  /** A complaint whose corrective action is under way, and an inspection finding just corrected. */
  otherNonconformities(): PlannedQualityStep[] {
    const complaint = this.nonconformity('nc-complaint', addCalendarDays(this.today, -20), {
      source: 'complaint', sourceRef: 'Phản ánh của công dân qua Cổng dịch vụ công ngày ' + addCalendarDays(this.today, -22), clause: '8.2.1', severity: 'minor', procedureCode: null,
      description: 'Công dân phản ánh không được hướng dẫn đầy đủ thành phần hồ sơ ngay lần đầu, phải bổ sung hai lần',
    });
    complaint.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'analyse', nonconformityId: complaint.id, rootCause: 'Bảng hướng dẫn tại quầy chưa cập nhật theo quy định mới' } }, 2);
    complaint.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'plan-action', nonconformityId: complaint.id, action: 'Cập nhật, niêm yết lại bảng hướng dẫn thành phần hồ sơ của các thủ tục', ownerId: this.user('motcua1').id, dueOn: addCalendarDays(this.today, 15) } }, 1);
    const inspection = this.nonconformity('nc-inspection', addCalendarDays(this.today, -6), {
      source: 'inspection', sourceRef: 'Biên bản kiểm tra cải cách hành chính của Sở Nội vụ', clause: '7.5.3', severity: 'major', procedureCode: null,
      description: 'Hồ sơ lưu của một số thủ tục không đầy đủ phiếu kiểm soát quá trình giải quyết',
    });
    inspection.life.push(this.secretary, { kind: 'nonconformity', command: { type: 'correct', nonconformityId: inspection.id, correction: 'Đã bổ sung phiếu kiểm soát cho các hồ sơ được kiểm tra' } }, 1);
    return [...complaint.life.steps, ...inspection.life.steps];
  }

  /** A nonconformity raised by the secretary on `day`; its later steps follow on its life. */
  private nonconformity(key: string, day: LocalDate, raise: Omit<Extract<Extract<QualityStepInput, { kind: 'nonconformity' }>['command'], { type: 'raise' }>, 'type' | 'nonconformityId'>) {
    const id = demoQualityId(key);
    const life = this.life(key, this.dayAt(day));
    life.push(this.secretary, { kind: 'nonconformity', command: { type: 'raise', nonconformityId: id, ...raise } });
    return { id, life };
  }

  private life(subject: string, at: string): Life {
    return new StepLife({ prefix: 'demo-quality', subject, at, calendar: this.options.calendar, random: this.random, labelOf });
  }

  /** An office minute of `day`, or of the next working day. */
  private dayAt(day: LocalDate): string {
    let found = day;
    while (!this.options.calendar.isWorkingDay(found)) found = addCalendarDays(found, 1);
    return instantAt(found, officeMinute(this.random));
  }

  private withRole(role: 'iso_secretary' | 'office_chief'): User {
    const found = this.options.organisation.users.find((u) => hasRole(u, role));
    if (!found) throw new Error(`the demo quality system needs a user with the role ${role}`);
    return found;
  }

  private user(username: string): User {
    const found = this.options.organisation.users.find((u) => u.username === username);
    if (!found) throw new Error(`the demo quality system needs the demo organisation's ${username}`);
    return found;
  }
}
